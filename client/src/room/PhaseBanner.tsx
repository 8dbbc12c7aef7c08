import type { ReactNode } from 'react';
import { Stepper } from '../ui/Stepper';
import { PHASES } from '../../../shared/deliberation/roomEvents';
import type { RoomView } from '../../../shared/deliberation/roomView';
import { useI18n } from '../i18n/useI18n';
import { focusAnchor, SCORING_FORM_ID } from './roomAnchors';

/**
 * The top of the room: who you are here, which dossier of the agenda is in session ("Dossier 3 sur 12"),
 * its phase as the design system's stepper and, while you can score it, the link straight to your scoring
 * form. `children` holds the facilitator's phase controls.
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
  const position = view.dossiers.findIndex((dossier) => dossier.id === current?.dossierId);
  const phase = current?.phase;
  const step = phase === undefined ? -1 : PHASES.indexOf(phase);
  const next = PHASES[step + 1];
  return (
    <div className="phase-banner fr-callout fr-py-2w fr-px-2w">
      <p className="room-role fr-mb-1w">
        {role.kind === 'facilitator'
          ? t('room.role.facilitator')
          : role.kind === 'juror'
            ? t('room.role.juror', { seat: role.seat })
            : view.withheld !== undefined
              ? t('room.role.observerWithheld')
              : t('room.role.observer')}
      </p>
      {position >= 0 && (
        <p className="room-position fr-text--bold fr-mb-1w">
          {t('roomPage.position', { position: position + 1, total: view.dossiers.length })}
        </p>
      )}
      {current !== undefined && phase === undefined && (
        <p className="phase fr-mb-1w">{t('room.phase.none')}</p>
      )}
      {phase !== undefined && current !== undefined && (
        <Stepper
          className="phase fr-mb-1w"
          currentStep={step + 1}
          stepCount={PHASES.length}
          progressText={({ currentStep, stepCount }) =>
            t('roomPage.step', { step: currentStep, total: stepCount })
          }
          nextStepText={t('roomPage.nextStep')}
          title={t('room.phase', { phase: t(`room.phase.${phase}`), round: current.round })}
          {...(next === undefined ? {} : { nextTitle: t(`room.phase.${next}`) })}
        />
      )}
      {canScore && (
        <p className="fr-mb-0">
          <a
            href={`#${SCORING_FORM_ID}`}
            className="fr-btn fr-btn--secondary skip-to-scoring"
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
