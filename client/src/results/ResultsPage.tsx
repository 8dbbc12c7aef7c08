import { useI18n } from '../i18n/useI18n';
import { PUBLIC_RELOAD_SPREAD_MS, useProcessEvents } from '../realtime/useProcessEvents';
import { Link } from '../routing/Link';
import { CriterionChart } from './CriterionChart';
import { Downloads } from './Downloads';
import { FlaggedCases } from './FlaggedCases';
import { ProfilesChart } from './ProfilesChart';
import { RankingTable } from './RankingTable';
import { ResultVerification } from './ResultVerification';
import { RuleDescription } from './RuleDescription';
import { SensitivityTable } from './SensitivityTable';
import { changesResults } from './resultsRelevance';
import { useResults } from '../api/useResults';
import { WithheldResultsPage } from './WithheldResultsPage';
import { CallOut } from '@codegouvfr/react-dsfr/CallOut';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import './results.css';
import { formatDateTime } from '../../../shared/format/formatDateTime';

/** /p/<process>/results: the shortlist, every rank explained, the flagged cases, and verification here. */
export function ResultsPage({ processId }: { processId: string }) {
  const { t, language } = useI18n();
  const { load, reload } = useResults(processId);
  useDocumentTitle(
    load.kind === 'ready' || load.kind === 'withheld'
      ? t('pages.title.results', { title: load.view.process.title })
      : t('pages.title.resultsLoading'),
  );
  useProcessEvents(processId, reload, {
    spreadMs: PUBLIC_RELOAD_SPREAD_MS,
    isRelevant: changesResults,
  });

  if (load.kind === 'loading') return <p role="status">{t('public.loading')}</p>;
  if (load.kind === 'absent') return <p role="alert">{t('results.absent')}</p>;
  if (load.kind === 'failed') return <p role="alert">{t(load.key)}</p>;
  if (load.kind === 'withheld')
    return <WithheldResultsPage processId={processId} view={load.view} />;
  const { view } = load;
  const titles = new Map(view.dossiers.map((d) => [d.id, d.title]));
  const when = view.published ? formatDateTime(view.published.at, language) : undefined;
  return (
    <article className="results-page">
      <h1>{t('results.title', { title: view.process.title })}</h1>
      <p role="status" aria-live="polite" className="stage" data-testid="results-status">
        {when === undefined ? t('results.provisional') : t('results.published', { when })}
      </p>
      <p>
        <Link
          href={`/p/${encodeURIComponent(processId)}`}
          className="fr-link fr-icon-arrow-left-line fr-link--icon-left"
        >
          {t('results.backToProcess')}
        </Link>
      </p>

      <section aria-labelledby="shortlist-heading">
        <h2 id="shortlist-heading">{t('results.shortlist', { max: view.rule.max })}</h2>
        {view.results.shortlist.length === 0 ? (
          <p>{t('results.shortlist.empty')}</p>
        ) : (
          <CallOut bodyAs="div" className="fr-mb-3w">
            <ol className="shortlist" data-testid="shortlist">
              {view.results.shortlist.map((id) => (
                <li key={id}>
                  {titles.get(id) ?? id} <span className="muted">({id})</span>
                </li>
              ))}
            </ol>
          </CallOut>
        )}
      </section>

      <section aria-labelledby="flags-heading">
        <h2 id="flags-heading">{t('results.flags')}</h2>
        <FlaggedCases view={view} />
      </section>

      <section aria-labelledby="ranking-heading">
        <h2 id="ranking-heading">{t('results.ranking')}</h2>
        <p>{t('results.ranking.intro')}</p>
        <ProfilesChart view={view} />
        <RankingTable view={view} />
      </section>

      <section aria-labelledby="criteria-heading">
        <h2 id="criteria-heading">{t('results.criteria')}</h2>
        <CriterionChart view={view} />
      </section>

      <section aria-labelledby="rule-heading">
        <h2 id="rule-heading">{t('results.rule')}</h2>
        <p>{t('results.rule.intro')}</p>
        <RuleDescription rule={view.rule} scale={view.scale} criteria={view.criteria} />
      </section>

      <section aria-labelledby="sensitivity-heading">
        <h2 id="sensitivity-heading">{t('results.sensitivity')}</h2>
        <p>{t('results.sensitivity.intro')}</p>
        <SensitivityTable view={view} zScore={view.zScore} />
      </section>

      <section aria-labelledby="results-downloads-heading">
        <h2 id="results-downloads-heading">{t('public.downloads')}</h2>
        <Downloads processId={processId} isPublished={view.published !== null} />
        <p>
          {t('results.bundleDigest')} <code className="hash">{view.bundleSha256}</code>
        </p>
      </section>

      <ResultVerification processId={processId} />
    </article>
  );
}
