import type { ProcessSectionProps } from '../session/processSectionProps';
import { useId } from 'react';
import { useI18n } from '../i18n/useI18n';
import { ProcessStatus } from '../../../shared/process/processState';
import { PoolSummary } from './PoolSummary';
import { VolunteersImportForm } from './VolunteersImportForm';

/** The pool of volunteers: its import (draft only), its public summary and the private receipts. */
export function VolunteersSection({ state, onChange }: ProcessSectionProps) {
  const { t } = useI18n();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="ceremony-section">
      <h2 id={headingId}>{t('organiser.volunteers.heading')}</h2>
      {state.pool === undefined ? (
        <p>{t('organiser.volunteers.none')}</p>
      ) : (
        <PoolSummary processId={state.id} pool={state.pool} />
      )}
      {state.status === ProcessStatus.Draft && (
        <VolunteersImportForm state={state} onChange={onChange} />
      )}
    </section>
  );
}
