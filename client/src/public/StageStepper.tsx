import { Stepper } from '../ui/Stepper';
import { formatDateTime } from '../../../shared/format/formatDateTime';
import { PROCESS_STAGES, type ProcessStage } from '../../../shared/process/processStage';
import { useI18n } from '../i18n/useI18n';
import { nextStep } from './nextStep';

/**
 * Where the process stands, as a DSFR stepper: the stage, its number among the seven, and the next step
 * with its date when the commitment fixes one. The stage change is also said in a live region (the
 * stepper's heading is not one).
 */
export function StageStepper({
  stage,
  drandRoundTime,
}: {
  stage: ProcessStage;
  drandRoundTime: string | undefined;
}) {
  const { t, language } = useI18n();
  const current = PROCESS_STAGES.indexOf(stage) + 1;
  const next = nextStep(stage, drandRoundTime, Date.now());
  return (
    <>
      <p className="fr-sr-only" role="status" aria-live="polite" data-testid="process-stage">
        {t('public.status', { status: '' })}
        <strong>{t(`stage.${stage}`)}</strong>
      </p>
      <Stepper
        className="fr-mb-4w"
        currentStep={current}
        stepCount={PROCESS_STAGES.length}
        title={t(`stage.${stage}`)}
        progressText={({ currentStep, stepCount }) =>
          t('public.stage.progress', { current: currentStep, count: stepCount })
        }
        nextStepText={next === undefined ? undefined : t('public.next.label')}
        nextTitle={
          next === undefined
            ? undefined
            : t(next.key, next.at === undefined ? {} : { time: formatDateTime(next.at, language) })
        }
      />
    </>
  );
}
