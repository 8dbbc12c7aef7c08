import { Stepper } from '../ui/Stepper';
import type { MessageKey } from '../i18n/messages';
import { useI18n } from '../i18n/useI18n';
import { PROCESS_STAGES, ProcessStage } from '../../../shared/process/processStage';

const STEP_KEYS: Record<ProcessStage, MessageKey> = {
  [ProcessStage.Draft]: 'organiser.steps.draft',
  [ProcessStage.Committed]: 'organiser.steps.committed',
  [ProcessStage.Revealed]: 'organiser.steps.revealed',
  [ProcessStage.Drawn]: 'organiser.steps.drawn',
  [ProcessStage.Invitations]: 'organiser.steps.invitations',
  [ProcessStage.Deliberation]: 'organiser.steps.deliberation',
  [ProcessStage.Published]: 'organiser.steps.published',
};

const NEXT_KEYS: Record<ProcessStage, MessageKey> = {
  [ProcessStage.Draft]: 'organiser.next.draft',
  [ProcessStage.Committed]: 'organiser.next.committed',
  [ProcessStage.Revealed]: 'organiser.next.revealed',
  [ProcessStage.Drawn]: 'organiser.next.drawn',
  [ProcessStage.Invitations]: 'organiser.next.invitations',
  [ProcessStage.Deliberation]: 'organiser.next.deliberation',
  [ProcessStage.Published]: 'organiser.next.published',
};

/**
 * Where the ceremony stands (shared/process/processStage.ts): the design system's stepper (current step,
 * "step n of m", the next step's name), what to do now, then every step saying in words whether it is
 * done, current or to come. The last step, once reached, is done rather than current: nothing follows it.
 */
export function CeremonySteps({ stage }: { stage: ProcessStage }) {
  const { t } = useI18n();
  const current = PROCESS_STAGES.indexOf(stage);
  const isFinished = stage === ProcessStage.Published;
  const next = PROCESS_STAGES[current + 1];
  return (
    <section aria-label={t('organiser.steps.heading')} data-testid="ceremony-steps">
      <Stepper
        className="fr-mb-2w"
        currentStep={current + 1}
        stepCount={PROCESS_STAGES.length}
        title={t(STEP_KEYS[stage])}
        nextTitle={next === undefined ? undefined : t(STEP_KEYS[next])}
        progressText={({ currentStep, stepCount }) =>
          t('console.stepper.progress', { current: currentStep, count: stepCount })
        }
        nextStepText={t('console.stepper.next')}
      />
      <p className="next-action fr-text--bold">{t(NEXT_KEYS[stage])}</p>
      <ol className="steps fr-text--sm" aria-label={t('console.stepper.detail')}>
        {PROCESS_STAGES.map((step, i) => {
          const progress =
            i < current || (isFinished && i === current)
              ? 'done'
              : i === current
                ? 'current'
                : 'todo';
          return (
            <li
              key={step}
              className={`step step-${progress}`}
              aria-current={i === current ? 'step' : undefined}
            >
              <span className="step-name">{t(STEP_KEYS[step])}</span>{' '}
              <span className="step-progress">
                {t(
                  progress === 'done'
                    ? 'organiser.steps.done'
                    : progress === 'current'
                      ? 'organiser.steps.current'
                      : 'organiser.steps.todo',
                )}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
