import { useId, type ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n';
import { ProcessStatus } from '../../../shared/process/processState';
import { CommitForm, type CommitProps } from './CommitForm';
import { CommitmentSummary } from './CommitmentSummary';

/** The commitment: announces every randomness source before anyone can know the outcome. */
export function CommitSection(props: CommitProps) {
  const { state } = props;
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
  else body = <CommitForm {...props} />;
  return (
    <section aria-labelledby={headingId} className="ceremony-section">
      <h2 id={headingId}>{t('organiser.commit.heading')}</h2>
      {state.status === ProcessStatus.Draft && <p>{t('organiser.commit.intro')}</p>}
      {body}
    </section>
  );
}
