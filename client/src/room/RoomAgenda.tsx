import { useEffect, useId, useState } from 'react';
import { Badge } from '../ui/Badge';
import { Button } from '../ui/Button';
import type { RoomView } from '../../../shared/deliberation/roomView';
import { useI18n } from '../i18n/useI18n';
import { tPlural } from '../i18n/plural';
import { agendaStatus, type AgendaStatus } from './agendaStatus';

/** The design system's badge colour of each status: the one in session stands out, revealed ones are done. */
const BADGE_SEVERITY = {
  upcoming: undefined,
  current: 'new',
  scored: 'info',
  revealed: 'success',
} as const satisfies Record<AgendaStatus, 'new' | 'info' | 'success' | undefined>;

/** Where the agenda stands beside the dossier instead of below it (the stylesheet's breakpoint). */
const WIDE = '(min-width: 48rem)';

function useIsWide(): boolean {
  const [isWide, setIsWide] = useState(() => window.matchMedia(WIDE).matches);
  useEffect(() => {
    const query = window.matchMedia(WIDE);
    const update = () => setIsWide(query.matches);
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  return isWide;
}

/**
 * The agenda: one line per dossier, its title (which opens it for reading) and its status. Collapsed on a
 * phone, a side column on a wider screen. The facilitator also puts dossiers in session from here.
 * `onRead` opens a dossier (a drawer; the dossier in session is already on the page).
 */
export function RoomAgenda({
  view,
  onRead,
  onMove,
}: {
  view: RoomView;
  onRead: (dossierId: string) => void;
  onMove: (dossierId: string) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const id = useId();
  const isWide = useIsWide();
  const [isOpen, setIsOpen] = useState(isWide);
  useEffect(() => setIsOpen(isWide), [isWide]);
  const isFacilitator = view.role.kind === 'facilitator';
  return (
    <nav aria-labelledby={`${id}-heading`} className="agenda">
      <h2 id={`${id}-heading`}>{t('room.agenda')}</h2>
      {/* Invariant: on a wide screen the agenda is always open, since its toggle is hidden there: a toggle
          event that arrives late (a resize, a print preview, a full-page capture) must not close it for good. */}
      <details
        open={isWide || isOpen}
        onToggle={(event) => {
          if (!isWide) setIsOpen(event.currentTarget.open);
        }}
        className="agenda-details"
      >
        <summary>
          {tPlural(i18n, 'dossier.agenda.toggle', view.dossiers.length, {
            count: view.dossiers.length,
          })}
        </summary>
        <ol className="agenda-list">
          {view.dossiers.map((dossier) => {
            const status = agendaStatus(view, dossier.id);
            const statusId = `${id}-${dossier.id}`;
            return (
              <li
                key={dossier.id}
                className={`agenda-item status-${status}`}
                aria-current={status === 'current' ? 'true' : undefined}
              >
                <button
                  type="button"
                  className="agenda-title"
                  aria-haspopup={status === 'current' ? undefined : 'dialog'}
                  aria-describedby={statusId}
                  onClick={() => onRead(dossier.id)}
                >
                  {dossier.title}
                </button>
                <Badge
                  as="span"
                  id={statusId}
                  small
                  noIcon
                  className="agenda-status"
                  {...(BADGE_SEVERITY[status] === undefined
                    ? {}
                    : { severity: BADGE_SEVERITY[status] })}
                >
                  {t(`dossier.agenda.status.${status}`)}
                </Badge>
                {isFacilitator && status !== 'current' && (
                  <Button
                    priority="tertiary"
                    size="small"
                    className="agenda-move"
                    nativeButtonProps={{
                      'aria-label': t('dossier.agenda.moveNamed', { title: dossier.title }),
                    }}
                    onClick={() => onMove(dossier.id)}
                  >
                    {t('room.agenda.move')}
                  </Button>
                )}
              </li>
            );
          })}
        </ol>
      </details>
    </nav>
  );
}
