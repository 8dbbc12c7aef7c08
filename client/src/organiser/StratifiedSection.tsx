import { useId, type ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n';
import type { ProcessState } from '../../../shared/process/processState';
import { STRATIFIED_PROTOCOL } from '../../../shared/stratify/stratifiedProtocol';
import { ErrorSummary } from '../ui/ErrorSummary';
import { LotteryComputeForm } from './LotteryComputeForm';
import { LotteryReview } from './LotteryReview';
import { QuotasImportForm } from './QuotasImportForm';
import { QuotasTable } from './QuotasTable';
import type { StratificationHandle } from './useStratification';

/** The stratified option of the draw: quotas import, computation with progress, review; frozen once committed. */
export function StratifiedSection({
  state,
  stratification,
}: {
  state: ProcessState;
  stratification: StratificationHandle;
}) {
  const { t } = useI18n();
  const headingId = useId();
  const { view, loadError, setView } = stratification;
  const committed = state.commitment?.commitment;
  let body: ReactNode;
  if (state.pool === undefined) body = <p>{t('stratified.needPool')}</p>;
  else if (view === undefined)
    body =
      loadError === undefined ? (
        <p role="status">{t('organiser.loading')}</p>
      ) : (
        <ErrorSummary errors={[loadError]} />
      );
  else if (view.isFrozen)
    body = (
      <>
        <p>{t('stratified.frozen')}</p>
        <p>
          {committed?.protocol === STRATIFIED_PROTOCOL
            ? t('stratified.committed', {
                panels: committed.panelCount,
                root: committed.panelsRoot,
              })
            : t('stratified.notUsed')}
        </p>
        {view.quotas !== undefined && (
          <QuotasTable file={view.quotas.file} quotas={view.quotas.quotas} />
        )}
        {view.isCommitted && view.lottery !== undefined && (
          <LotteryReview processId={state.id} lottery={view.lottery} />
        )}
      </>
    );
  else
    body = (
      <>
        <p>
          {view.poolColumns.length === 0
            ? t('stratified.noColumns')
            : t('stratified.columns', { columns: view.poolColumns.join(', ') })}
        </p>
        <h3>{t('stratified.quotas.heading')}</h3>
        {view.quotas !== undefined && (
          <QuotasTable file={view.quotas.file} quotas={view.quotas.quotas} />
        )}
        {view.quotas?.isStale === true && (
          <p className="warning fr-alert fr-alert--warning fr-alert--sm">
            <strong>{t('organiser.warningPrefix')}</strong> {t('stratified.quotas.stale')}
          </p>
        )}
        <QuotasImportForm
          processId={state.id}
          hasQuotas={view.quotas !== undefined}
          onView={setView}
        />
        {view.quotas !== undefined && !view.quotas.isStale && (
          <>
            <h3>{t('stratified.compute.heading')}</h3>
            <LotteryComputeForm processId={state.id} view={view} onView={setView} />
          </>
        )}
        {view.lottery === undefined ? (
          view.quotas !== undefined && <p>{t('stratified.review.none')}</p>
        ) : (
          <LotteryReview processId={state.id} lottery={view.lottery} />
        )}
      </>
    );
  return (
    <section aria-labelledby={headingId} className="ceremony-section">
      <h2 id={headingId}>{t('stratified.heading')}</h2>
      {view?.isFrozen !== true && state.pool !== undefined && <p>{t('stratified.intro')}</p>}
      {body}
    </section>
  );
}
