import { Accordion } from '../ui/Accordion';
import { useI18n } from '../i18n/useI18n';
import type { SensitivityEntry } from '../../../shared/scoring/results';
import { titleOf, type ProcessResults, type ZScoreTop } from './resultsTypes';

/** The top dossiers under each method alone, beside the organiser-only z-scores: shown, never decisive. */
export function SensitivitySummary({
  results,
  zScore,
}: {
  results: ProcessResults;
  zScore: ZScoreTop;
}) {
  const { t } = useI18n();
  const { sensitivity } = results.results;
  const top = (entries: readonly SensitivityEntry[] | null) => {
    if (entries === null) return t('organiser.results.sensitivity.unavailable');
    if (entries.length === 0) return t('organiser.results.sensitivity.empty');
    return (
      <ul className="sensitivity-list">
        {entries.map((entry) => (
          <li key={entry.dossierId}>
            {t('organiser.results.sensitivity.entry', {
              rank: entry.rank,
              dossier: titleOf(results, entry.dossierId),
            })}
          </li>
        ))}
      </ul>
    );
  };
  return (
    // Indicative only, and long: folded until asked for.
    <Accordion className="fr-my-3w" titleAs="h3" label={t('organiser.results.sensitivity')}>
      <p className="hint">{t('organiser.results.sensitivityIntro')}</p>
      <dl className="facts">
        <dt>{t('organiser.results.sensitivity.majorityJudgment')}</dt>
        <dd>{top(sensitivity.majorityJudgment)}</dd>
        <dt>{t('organiser.results.sensitivity.weightedMean')}</dt>
        <dd>{top(sensitivity.weightedMean)}</dd>
        <dt>{t('organiser.results.sensitivity.zScore')}</dt>
        <dd>{top(zScore)}</dd>
      </dl>
    </Accordion>
  );
}
