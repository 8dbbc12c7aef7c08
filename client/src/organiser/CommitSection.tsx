import { useId, type ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n';
import { ProcessStatus, type ProcessState } from '../../../shared/process/processState';
import { CommitForm } from './CommitForm';
import { CommitmentSummary } from './CommitmentSummary';

/** The commitment: announces every randomness source before anyone can know the outcome. */
export function CommitSection({
  state,
  onCommitted,
  stratifiedReady = false,
}: {
  state: ProcessState;
  onCommitted: (next: ProcessState, organiserSecret: string) => void;
  stratifiedReady?: boolean;
}) {
  const { t } = useI18n();
  const headingId = useId();
  const { pool, settings } = state;
  let body: ReactNode;
  if (state.commitment !== undefined) body = <CommitmentSummary commitment={state.commitment} />;
  else if (state.status !== ProcessStatus.Draft) body = null;
  else if (pool === undefined) body = <p>{t('organiser.commit.needPool')}</p>;
  else if (settings.seats > pool.size)
    body = (
      <p className="warning fr-alert fr-alert--warning fr-alert--sm">
        <strong>{t('organiser.warningPrefix')}</strong>{' '}
        {t('organiser.commit.tooManySeats', { seats: settings.seats, pool: pool.size })}
      </p>
    );
  else
    body = <CommitForm state={state} onCommitted={onCommitted} stratifiedReady={stratifiedReady} />;
  return (
    <section aria-labelledby={headingId} className="ceremony-section">
      <h2 id={headingId}>{t('organiser.commit.heading')}</h2>
      {state.status === ProcessStatus.Draft && <p>{t('organiser.commit.intro')}</p>}
      {body}
    </section>
  );
}
