import type { ReactNode } from 'react';
import type { RoomView } from '../../../shared/deliberation/roomView';
import { useI18n } from '../i18n/useI18n';
import { DossierDetails } from './DossierDetails';
import { CURRENT_DOSSIER_ID } from './roomAnchors';
import type { FullDossiers } from './useDossiers';

/** The dossier in session, in full: the first thing in the room after the phase. */
export function CurrentDossier({
  view,
  full,
  children,
}: {
  view: RoomView;
  full: FullDossiers;
  /** What the participant may do with it (declare a conflict…). */
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const summary = view.dossiers.find((dossier) => dossier.id === view.current?.dossierId);
  return (
    <section
      id={CURRENT_DOSSIER_ID}
      tabIndex={-1}
      aria-labelledby={`${CURRENT_DOSSIER_ID}-heading`}
      className="current-dossier"
    >
      {summary === undefined ? (
        <>
          <h2 id={`${CURRENT_DOSSIER_ID}-heading`}>{t('dossier.inSession')}</h2>
          <p>{t('room.none')}</p>
        </>
      ) : (
        <>
          <p className="dossier-reference">
            {t('dossier.inSession')} · {summary.id}
          </p>
          <h2 id={`${CURRENT_DOSSIER_ID}-heading`}>{summary.title}</h2>
          <DossierDetails summary={summary} full={full} />
          {children}
        </>
      )}
    </section>
  );
}
