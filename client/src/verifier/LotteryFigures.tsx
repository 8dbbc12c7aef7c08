import { useId } from 'react';
import type { LotteryFile } from '../../../shared/stratify/lotteryFile';
import { useI18n } from '../i18n/useI18n';
import { tPlural } from '../i18n/plural';
import { LotteryFigureRows } from '../ui/LotteryFigureRows';
import { ProbabilityAllocation } from '../ui/ProbabilityAllocation';

/** The figures of a well-formed LOTTERY.json and how chances are spread among volunteers. */
export function LotteryFigures({ lottery }: { lottery: LotteryFile }) {
  const i18n = useI18n();
  const { t, language } = i18n;
  const headingId = useId();
  const percent = (x: number) =>
    `${new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(100 * x)} %`;
  /** Says plainly whether the optimisation completed, and if not which rounds are exact and the gap. */
  const completionText = () => {
    if (lottery.complete === undefined) return t('lottery.completionUnknown');
    if (lottery.nash !== undefined) {
      const { objective, selectable, bestPanel } = lottery.nash;
      const mean = Math.exp(objective / selectable);
      return t(lottery.complete ? 'lottery.nashComplete' : 'lottery.nashIncomplete', {
        mean: percent(mean),
        upper: percent((mean * bestPanel) / selectable),
        gap: `${new Intl.NumberFormat(language, { maximumSignificantDigits: 2 }).format(100 * (bestPanel / selectable - 1))} %`,
      });
    }
    const rounds = lottery.rounds ?? [];
    if (lottery.complete)
      return tPlural(i18n, 'lottery.complete', rounds.length, { rounds: rounds.length });
    const bounds = lottery.bounds ?? { lower: 0, upper: 1 };
    return tPlural(i18n, 'lottery.incomplete', rounds.length, {
      rounds: rounds.length,
      lower: percent(bounds.lower),
      upper: percent(bounds.upper),
      gap: percent(bounds.upper - bounds.lower),
    });
  };
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('lottery.figures')}</h2>
      <dl className="rule-description">
        <dt>{t('lottery.algorithm')}</dt>
        <dd>{lottery.algorithm}</dd>
        {lottery.algorithm !== 'uniform' && (
          <>
            <dt>{t('lottery.completion')}</dt>
            <dd data-testid="lottery-completion">{completionText()}</dd>
          </>
        )}
        <LotteryFigureRows lottery={lottery} percent={percent} />
        {lottery.naive != null && (
          <>
            <dt>{t('lottery.naive')}</dt>
            <dd>
              {t('lottery.naiveValue', {
                min: percent(lottery.naive.minProbability),
                max: percent(lottery.naive.maxProbability),
                gini: lottery.naive.gini.toFixed(4),
              })}
            </dd>
          </>
        )}
      </dl>
      <ProbabilityAllocation
        optimal={lottery.optimalProbabilities}
        final={lottery.probabilities}
        fair={lottery.panelSize / lottery.respondents}
        percent={percent}
      />
    </section>
  );
}
