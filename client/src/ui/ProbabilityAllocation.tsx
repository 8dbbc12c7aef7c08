import { useI18n } from '../i18n/useI18n';
import { ProbabilityChart } from '../charts/LazyProbabilityChart';

/** Shares of respondents at which the table reads the sorted chances: lowest, deciles, quartiles, median, highest. */
const QUANTILES = [0, 0.1, 0.25, 0.5, 0.75, 0.9, 1] as const;

/** The chance below which the given share of respondents falls, read from chances sorted lowest first. */
const chanceAtShare = (sorted: readonly number[], share: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;

/**
 * A lottery's probability allocation: the chart of every respondent's chance, and the same figures as a
 * table of quantiles for those who do not read the chart. `percent` formats a chance as the page does.
 */
export function ProbabilityAllocation({
  optimal,
  final,
  fair,
  percent,
}: {
  optimal: readonly number[];
  final: readonly number[];
  fair: number;
  percent: (chance: number) => string;
}) {
  const { t } = useI18n();
  const sorted = [...optimal].sort((a, b) => a - b);
  return (
    <>
      <ProbabilityChart optimal={optimal} final={final} fair={fair} />
      <table>
        <caption>{t('lottery.table')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('lottery.share')}</th>
            <th scope="col">{t('lottery.probability')}</th>
          </tr>
        </thead>
        <tbody>
          {QUANTILES.map((share) => (
            <tr key={share}>
              <th scope="row">{`${Math.round(100 * share)} %`}</th>
              <td>{percent(chanceAtShare(sorted, share))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
