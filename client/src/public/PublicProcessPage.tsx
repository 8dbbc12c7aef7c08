import { useCallback, useEffect, useState } from 'react';
import type { PublicView } from '../../../shared/process/publicView';
import { ApiError, apiGet } from '../api/apiClient';
import { useI18n } from '../i18n/useI18n';
import { PUBLIC_RELOAD_SPREAD_MS, useProcessEvents } from '../realtime/useProcessEvents';
import { Link } from '../routing/Link';
import { BrowserVerification } from './BrowserVerification';
import { CommitmentPanel } from './CommitmentPanel';
import { DeliberationProgressPanel } from './DeliberationProgressPanel';
import { ReceiptCheck } from './ReceiptCheck';
import { SeatsPanel } from './SeatsPanel';
import { StatusLabel } from './StatusLabel';

/** /p/<process>: what was committed and when, the result, downloads, and verification in the browser. */
export function PublicProcessPage({ processId }: { processId: string }) {
  const { t } = useI18n();
  const [view, setView] = useState<PublicView | undefined>();
  const [missing, setMissing] = useState(false);
  const load = useCallback(() => {
    apiGet<PublicView>(`/api/public/processes/${encodeURIComponent(processId)}`)
      .then(setView)
      .catch((error: unknown) => setMissing(error instanceof ApiError && error.status === 404));
  }, [processId]);
  useEffect(load, [load]);
  useProcessEvents(processId, load, { spreadMs: PUBLIC_RELOAD_SPREAD_MS });

  if (missing) return <p role="alert">{t('public.notFound')}</p>;
  if (view === undefined) return <p role="status">{t('public.loading')}</p>;
  const base = `/api/public/processes/${encodeURIComponent(processId)}`;
  return (
    <article className="public-process">
      <h1>{view.title}</h1>
      <p className="stage" role="status" aria-live="polite">
        {t('public.status', { status: '' })}
        <strong>
          <StatusLabel status={view.status} />
        </strong>
      </p>
      {view.dossiers !== undefined && (
        <p>
          <Link href={`/p/${encodeURIComponent(processId)}/results`}>
            {t('public.results.link')}
          </Link>
        </p>
      )}
      {view.dossiers !== undefined && <DeliberationProgressPanel processId={processId} />}
      <CommitmentPanel view={view} />
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
