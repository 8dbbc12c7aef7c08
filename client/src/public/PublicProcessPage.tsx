import { useMemo } from 'react';
import { processStage } from '../../../shared/process/processStage';
import { publicView } from '../../../shared/process/publicView';
import { useI18n } from '../i18n/useI18n';
import { usePublicLog } from '../realtime/usePublicLog';
import { Link } from '../routing/Link';
import { BrowserVerification } from './BrowserVerification';
import { CommitmentPanel } from './CommitmentPanel';
import { DeliberationProgressPanel } from './DeliberationProgressPanel';
import { ReceiptCheck } from './ReceiptCheck';
import { SeatsPanel } from './SeatsPanel';
import { StatusLabel } from './StatusLabel';

/**
 * /p/<process>: what was committed and when, the result, downloads, and verification in the browser. The
 * view is folded here from the public log, event by event as they are pushed (see usePublicLog).
 */
export function PublicProcessPage({ processId }: { processId: string }) {
  const { t } = useI18n();
  const log = usePublicLog(processId);
  const fold = log.kind === 'ready' ? log.fold : undefined;
  const view = useMemo(
    () => (fold?.state === undefined ? undefined : publicView(fold.state)),
    [fold],
  );

  if (log.kind === 'missing') return <p role="alert">{t('public.notFound')}</p>;
  if (log.kind === 'failed') return <p role="alert">{t('public.loadFailed')}</p>;
  if (fold?.state === undefined || view === undefined)
    return <p role="status">{t('public.loading')}</p>;
  const base = `/api/public/processes/${encodeURIComponent(processId)}`;
  return (
    <article className="public-process">
      <h1>{view.title}</h1>
      <p className="stage" role="status" aria-live="polite" data-testid="process-stage">
        {t('public.status', { status: '' })}
        <strong>
          <StatusLabel stage={processStage(fold.state, fold.withheld)} />
        </strong>
      </p>
      {view.dossiers !== undefined && (
        <p>
          <Link href={`/p/${encodeURIComponent(processId)}/results`}>
            {t('public.results.link')}
          </Link>
        </p>
      )}
      {/* Only a confidential deliberation in progress asks the server for its counts: otherwise the page
          follows from the pushed events alone. */}
      {fold.state.room?.confidential === true && fold.state.outcome.published === undefined && (
        <DeliberationProgressPanel processId={processId} />
      )}
      <CommitmentPanel view={view} />
      <p>
        <Link href={`/temoin?p=${encodeURIComponent(processId)}`}>{t('witness.public.link')}</Link>
      </p>
      <SeatsPanel view={view} />
      <section aria-labelledby="downloads-heading">
        <h2 id="downloads-heading">{t('public.downloads')}</h2>
        <ul>
          {view.record !== undefined && (
            <li>
              <a href={`${base}/record.json`} download>
                {t('public.download.record')}
              </a>
            </li>
          )}
          <li>
            <a href={`${base}/log.json`} download>
              {t('public.download.log')}
            </a>
          </li>
        </ul>
      </section>
      <BrowserVerification processId={processId} isDrawn={view.record !== undefined} />
      <ReceiptCheck view={view} />
    </article>
  );
}
