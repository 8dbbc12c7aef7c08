import type { RoomView } from '../../../shared/deliberation/roomView';
import { useI18n } from '../i18n/useI18n';

/** Conflicts must be declared before a dossier's scoring starts (the server refuses them after). */
export function scoringBegun(view: RoomView, dossierId: string): boolean {
  const current = view.current;
  const inScoringNow =
    current?.dossierId === dossierId &&
    (current.phase === 'scoring' || current.phase === 'reveal' || current.round > 1);
  return (
    inScoringNow ||
    view.revealed.some((result) => result.dossierId === dossierId) ||
    view.scoredDossiers.includes(dossierId)
  );
}

/** A juror's conflict of interest on one dossier: the declaration while it is allowed, then its notice. */
export function ConflictControl({
  view,
  dossierId,
  onDeclare,
}: {
  view: RoomView;
  dossierId: string;
  onDeclare: (dossierId: string) => void;
}) {
  const { t } = useI18n();
  if (view.role.kind !== 'juror') return null;
  const myConflicts = view.conflicts[String(view.role.seat)] ?? [];
  if (myConflicts.includes(dossierId))
    return <p className="notice">{t('room.conflict.declared')}</p>;
  if (scoringBegun(view, dossierId)) return null;
  return (
    <button type="button" onClick={() => onDeclare(dossierId)}>
      {t('room.conflict.declare')}
    </button>
  );
}
