import { NotFoundPage } from '../layout/NotFoundPage';
import { processStage } from '../../../shared/process/processStage';
import { useI18n } from '../i18n/useI18n';
import { usePublicView } from '../realtime/usePublicView';
import { Link } from '../routing/Link';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { BrowserVerification } from './BrowserVerification';
import { CommitmentPanel } from './CommitmentPanel';
import { DeliberationProgressPanel } from './DeliberationProgressPanel';
import { ReceiptCheck } from './ReceiptCheck';
import { SeatsPanel } from './SeatsPanel';
import { StageStepper } from './StageStepper';
import './publicProcess.css';
import { apiPath } from '../api/api';
import { RegistrationLink } from './RegistrationLink';
import { StageOnePanel, committedStageOne } from './StageOnePanel';
import type { ProcessStatus } from '../../../shared/process/processState';

/**
 * /p/<process>: what was committed and when, the result, downloads, and verification in the browser. The
 * view is folded here from the public log, event by event as they are pushed (see usePublicLog). A reader
 * who is no specialist reads the plain account first; fingerprints sit in "Détails techniques".
 */
export function PublicProcessPage({ processId }: { processId: string }) {
  const { t } = useI18n();
  const load = usePublicView(processId);
  useDocumentTitle(load.kind === 'ready' ? load.view.title : t('pages.title.process'));

  if (load.kind === 'missing') return <NotFoundPage />;
  if (load.kind === 'failed') return <p role="alert">{t('public.loadFailed')}</p>;
  if (load.kind === 'loading') return <p role="status">{t('public.loading')}</p>;
  const { fold, view } = load;
  // Registration happens before stage two's commitment: only a draft asks the server about it. (The
  // status is compared as text: the public page does not load the state module's schemas.)
  const isDraft = fold.state.status === ('draft' satisfies ProcessStatus);
  return (
    <article className="public-process">
      <h1>{view.title}</h1>
      <p className="fr-text--lead">{t('public.intro')}</p>
      <StageStepper
        stage={processStage(fold.state, fold.withheld)}
        drandRoundTime={view.commitment?.drandRoundTime}
      />
      {view.dossiers !== undefined && (
        <p>
          <Link
            href={`/p/${encodeURIComponent(processId)}/results`}
            className="fr-link fr-icon-arrow-right-line fr-link--icon-right"
          >
            {t('public.results.link')}
          </Link>
        </p>
      )}
      {/* Only a confidential deliberation in progress asks the server for its counts: otherwise the page
          follows from the pushed events alone. */}
      {fold.state.room?.confidential === true && fold.state.outcome.published === undefined && (
        <DeliberationProgressPanel processId={processId} lastSeq={fold.lastSeq} />
      )}
      <RegistrationLink processId={processId} isDraft={isDraft} />
      <StageOnePanel
        processId={processId}
        isDraft={isDraft}
        committed={committedStageOne(fold.state.commitment?.commitment)}
      />
      <CommitmentPanel view={view} />
      <p>
        <Link
          href={`/temoin?p=${encodeURIComponent(processId)}`}
          className="fr-link fr-icon-arrow-right-line fr-link--icon-right"
        >
          {t('witness.public.link')}
        </Link>
      </p>
      <SeatsPanel view={view} />
      <ReceiptCheck view={view} />
      <BrowserVerification processId={processId} isDrawn={view.record !== undefined} />
      <section aria-labelledby="downloads-heading" className="fr-mt-4w">
        <h2 id="downloads-heading">{t('public.downloads')}</h2>
        <ul className="fr-links-group">
          {view.record !== undefined && (
            <li>
              <a
                className="fr-link fr-link--download"
                href={apiPath('public.record', { params: { id: processId } })}
                download
              >
                {t('public.download.record')}
              </a>
            </li>
          )}
          <li>
            <a
              className="fr-link fr-link--download"
              href={apiPath('public.log', { params: { id: processId } })}
              download
            >
              {t('public.download.log')}
            </a>
          </li>
        </ul>
      </section>
    </article>
  );
}
