import type { WithheldResults } from '../../../shared/deliberation/confidentiality';
import { useI18n } from '../i18n/useI18n';
import { WithheldNotice } from '../ui/WithheldNotice';
import { Link } from '../routing/Link';
import { apiPath } from '../api/api';

/**
 * The results page of a confidential deliberation before publication: that the jury is at work, how far
 * it is, and the public log's head; never a grade, a rank or a winner.
 */
export function WithheldResultsPage({
  processId,
  view,
}: {
  processId: string;
  view: WithheldResults;
}) {
  const { t } = useI18n();
  return (
    <article className="results-page">
      <h1>{t('results.title', { title: view.process.title })}</h1>
      <p role="status" aria-live="polite" className="stage" data-testid="results-status">
        {t('confidential.inProgress')}
      </p>
      <p>
        <Link href={`/p/${encodeURIComponent(processId)}`}>{t('results.backToProcess')}</Link>
      </p>
      <WithheldNotice progress={view.progress} head={view.head} heading="progress" />
      <p>
        <a href={apiPath('public.checkpoints', { params: { id: processId } })} download>
          {t('confidential.checkpoints.download')}
        </a>
      </p>
      <p>{t('confidential.withheld.download')}</p>
    </article>
  );
}
