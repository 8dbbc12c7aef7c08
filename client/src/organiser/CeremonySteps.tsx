import { useId } from 'react';
import type { MessageKey } from '../i18n/messages';
import { useI18n } from '../i18n/useI18n';
import { ProcessStatus } from '../../../shared/process/processState';
import { PROCESS_STEPS } from './statusKeys';

const STEP_KEYS: Record<ProcessStatus, MessageKey> = {
  [ProcessStatus.Draft]: 'organiser.steps.draft',
  [ProcessStatus.Committed]: 'organiser.steps.committed',
  [ProcessStatus.Revealed]: 'organiser.steps.revealed',
  [ProcessStatus.Drawn]: 'organiser.steps.drawn',
  [ProcessStatus.Invitations]: 'organiser.steps.invitations',
};

const NEXT_KEYS: Record<ProcessStatus, MessageKey> = {
  [ProcessStatus.Draft]: 'organiser.next.draft',
  [ProcessStatus.Committed]: 'organiser.next.committed',
  [ProcessStatus.Revealed]: 'organiser.next.revealed',
  [ProcessStatus.Drawn]: 'organiser.next.drawn',
  [ProcessStatus.Invitations]: 'organiser.next.invitations',
};

/** Where the ceremony stands: each step says in words whether it is done, current or to come. */
export function CeremonySteps({ status }: { status: ProcessStatus }) {
  const { t } = useI18n();
  const headingId = useId();
  const current = PROCESS_STEPS.indexOf(status);
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('organiser.steps.heading')}</h2>
      <ol className="steps">
        {PROCESS_STEPS.map((step, i) => {
          const progress = i < current ? 'done' : i === current ? 'current' : 'todo';
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
      <p className="next-action">{t(NEXT_KEYS[status])}</p>
    </section>
  );
}
