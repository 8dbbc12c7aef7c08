import { useI18n } from '../i18n/useI18n';
import { gradeLabel } from '../ui/gradeLabel';
import { titlesOf, type ProcessResults } from './resultsTypes';

/** Dossiers the rule sets aside: below the quorum, below the quality floor, or not graded yet. */
export function FlaggedCases({ results }: { results: ProcessResults }) {
  const { t, language } = useI18n();
  const { results: outcome, rule, scale } = results;
  const lines = [
    outcome.belowQuorum.length > 0 &&
      t('organiser.results.belowQuorum', {
        quorum: rule.quorum,
        list: titlesOf(results, outcome.belowQuorum),
      }),
    outcome.belowFloor.length > 0 &&
      t('organiser.results.belowFloor', {
        floor: gradeLabel(scale, rule.floor, language),
        list: titlesOf(results, outcome.belowFloor),
      }),
    outcome.notGraded.length > 0 &&
      t('organiser.results.notGraded', { list: titlesOf(results, outcome.notGraded) }),
  ].filter((line): line is string => typeof line === 'string');
  return (
    <>
      <h3>{t('organiser.results.flagged')}</h3>
      {lines.length === 0 ? (
        <p>{t('organiser.results.flaggedNone')}</p>
      ) : (
        <ul>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </>
  );
}
