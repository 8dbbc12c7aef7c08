import type { ProcessSectionProps } from '../session/processSectionProps';
import type { ProcessState } from '../../../shared/process/processState';
import { useId, useMemo, useState } from 'react';
import { useI18n } from '../i18n/useI18n';
import { ErrorSummary } from '../ui/ErrorSummary';
import { FlaggedCases } from './FlaggedCases';
import { formatDateTime } from '../ui/formatDateTime';
import { OrganiserSecretPanel } from './OrganiserSecretPanel';
import { PublishResults } from './PublishResults';
import { RankingTable } from './RankingTable';
import { ResultsDownloads } from './ResultsDownloads';
import { SensitivitySummary } from './SensitivitySummary';
import { StatusMessage } from '../ui/StatusMessage';
import { TieSection } from './TieSection';
import { useFocusLater } from '../ui/useFocusLater';
import type { Notice } from '../session/useFormState';
import { useResults } from './useResults';

export const tieSecretFileName = (processId: string) => `secret-egalite-${processId}.json`;

/**
 * The results as the log stands, once deliberation has started: ranking, flagged cases, the tie across the
 * cut and its settlement, the sensitivity to the method, publication and downloads. Reloaded whenever the
 * log grows, so each action shows its effect at once.
 */
export function ResultsSection({ state, onChange }: ProcessSectionProps) {
  const { t, language } = useI18n();
  const id = useId();
  const headingId = `${id}-heading`;
  const load = useResults(state.id, state.lastSeq);
  const focusLater = useFocusLater();
  const [notice, setNotice] = useState<Notice | undefined>();
  /** Returned once when a tie lottery is announced; kept in memory only until dismissed. */
  const [tieSecret, setTieSecret] = useState<string | undefined>();
  // A stable list, so that the error summary takes focus when a failure arrives, not at every render.
  const loadErrors = useMemo(() => (load.kind === 'failed' ? [load.error] : []), [load]);

  const done = (next: ProcessState, key: Notice['key']) => {
    onChange(next);
    setNotice({ key });
    focusLater(headingId);
  };

  if (load.kind === 'not-started') return null;
  return (
    <section aria-labelledby={headingId} className="ceremony-section">
      <h2 id={headingId} tabIndex={-1}>
        {t('organiser.results.heading')}
      </h2>
      <StatusMessage notice={notice} />
      <ErrorSummary errors={loadErrors} />
      {load.kind === 'loading' && <p role="status">{t('organiser.results.loading')}</p>}
      {load.kind === 'failed' && <p>{t('organiser.results.loadFailed')}</p>}
      {load.kind === 'loaded' && (
        <>
          <p className={load.results.published === null ? undefined : 'notice'}>
            {load.results.published === null
              ? t('organiser.results.provisional')
              : t('organiser.results.published', {
                  date: formatDateTime(load.results.published.at, language),
                })}
          </p>
          <RankingTable results={load.results} />
          <FlaggedCases results={load.results} />
          {tieSecret !== undefined && (
            <OrganiserSecretPanel
              processId={state.id}
              secret={tieSecret}
              fileName={tieSecretFileName(state.id)}
              why="organiser.results.secretWhy"
              onDismiss={() => {
                setTieSecret(undefined);
                focusLater(headingId);
              }}
            />
          )}
          <TieSection
            results={load.results}
            seated={state.room?.seated.length ?? 0}
            onSettled={(next, how) =>
              done(
                next,
                how === 'vote' ? 'organiser.results.vote.done' : 'organiser.results.draw.done',
              )
            }
            onLotteryDeclared={(next, organiserSecret) => {
              onChange(next);
              setNotice({ key: 'organiser.results.lottery.declared' });
              setTieSecret(organiserSecret);
            }}
          />
          <SensitivitySummary results={load.results} zScore={load.zScore} />
          <PublishResults
            results={load.results}
            scoringOpen={state.room?.current?.phase === 'scoring'}
            onPublished={(next) => done(next, 'organiser.results.publish.done')}
          />
          <ResultsDownloads processId={state.id} />
        </>
      )}
    </section>
  );
}
