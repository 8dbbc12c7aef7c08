import type { ReactNode } from 'react';
import type { RoomView } from '../../../shared/deliberation/roomView';
import { useI18n } from '../i18n/useI18n';
import { focusAnchor, SCORING_FORM_ID } from './roomAnchors';

/**
 * The top of the room: who you are here, the phase of the dossier in session and, while you can score it,
 * the link straight to your scoring form. `children` holds the facilitator's phase controls.
 */
export function PhaseBanner({
  view,
  canScore,
  children,
}: {
  view: RoomView;
  canScore: boolean;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const role = view.role;
  const current = view.current;
  return (
    <div className="phase-banner">
      <p className="room-role">
        {role.kind === 'facilitator'
          ? t('room.role.facilitator')
          : role.kind === 'juror'
            ? t('room.role.juror', { seat: role.seat })
            : view.withheld !== undefined
              ? t('room.role.observerWithheld')
              : t('room.role.observer')}
      </p>
      {current !== undefined && (
        <p className="phase">
          {current.phase === undefined
            ? t('room.phase.none')
            : t('room.phase', {
                phase: t(`room.phase.${current.phase}`),
                round: current.round,
              })}
        </p>
      )}
      {canScore && (
        <p>
          <a
            href={`#${SCORING_FORM_ID}`}
            className="button-link skip-to-scoring"
            onClick={(event) => {
              if (focusAnchor(SCORING_FORM_ID)) event.preventDefault();
            }}
          >
            {t('dossier.skipToScoring')}
          </a>
        </p>
      )}
      {children}
    </div>
  );
}
