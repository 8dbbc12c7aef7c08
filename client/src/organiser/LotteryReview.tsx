import { useId } from 'react';
import { apiPath } from '../api/api';
import { useI18n } from '../i18n/useI18n';
import { tPlural } from '../i18n/plural';
import { LotteryFigureRows } from '../ui/LotteryFigureRows';
import type { StratificationView } from '../../../shared/stratify/stratificationView';
import { ProbabilityAllocation } from '../ui/ProbabilityAllocation';
import { formatCoefficient, formatPercent } from '../ui/formatPercent';

type ComputedLottery = NonNullable<StratificationView['lottery']>;

/** The computed lottery's figures, the naive draw for comparison, and the allocation chart with its table. */
export function LotteryReview({
  processId,
  lottery,
}: {
  processId: string;
  lottery: ComputedLottery;
}) {
  const i18n = useI18n();
  const { t, language } = i18n;
  const headingId = useId();
  const percent = (value: number) => formatPercent(value, language);
  const fair = lottery.panelSize / lottery.respondents;
  /** Says plainly whether the optimisation completed, and if not which rounds are exact and the gap. */
  const completionText = () => {
    if (lottery.complete === undefined) return t('stratified.review.completionUnknown');
    if (lottery.nash !== undefined) {
      const { objective, selectable, bestPanel } = lottery.nash;
      const mean = Math.exp(objective / selectable);
      const values = {
        mean: percent(mean),
        upper: percent((mean * bestPanel) / selectable),
        gap: new Intl.NumberFormat(language, {
          style: 'percent',
          maximumSignificantDigits: 2,
        }).format(bestPanel / selectable - 1),
      };
      return t(
        lottery.complete ? 'stratified.review.nashComplete' : 'stratified.review.nashIncomplete',
        values,
      );
    }
    const method = lottery.algorithm === 'maximin' ? 'MAXIMIN' : 'LEXIMIN';
    if (lottery.complete)
      return tPlural(i18n, 'stratified.review.complete', lottery.rounds.length, {
        method,
        rounds: lottery.rounds.length,
      });
    const bounds = lottery.bounds ?? { lower: 0, upper: 1 };
    const values = {
      rounds: lottery.rounds.length,
      open: lottery.rounds.length + 1,
      lower: percent(bounds.lower),
      upper: percent(bounds.upper),
      gap: percent(bounds.upper - bounds.lower),
    };
    return lottery.rounds.length === 0
      ? t('stratified.review.incompleteNoRound', values)
      : t('stratified.review.incomplete', values);
  };
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('stratified.review.heading')}</h3>
      {lottery.stoppedEarly && (
        <p className="warning fr-alert fr-alert--warning fr-alert--sm">
          <strong>{t('organiser.warningPrefix')}</strong> {t('stratified.review.stoppedEarly')}
        </p>
      )}
      <dl className="facts" data-testid="lottery-figures">
        <dt>{t('stratified.review.algorithm')}</dt>
        <dd>{t(`stratified.algorithm.${lottery.algorithm}`)}</dd>
        {lottery.algorithm !== 'uniform' && (
          <>
            <dt>{t('stratified.review.completion')}</dt>
            <dd data-testid="lottery-completion">{completionText()}</dd>
          </>
        )}
        <LotteryFigureRows lottery={lottery} percent={percent} />
        <dt>{t('stratified.review.below', { fair: percent(fair) })}</dt>
        <dd>{percent(lottery.shareBelowFair)}</dd>
        <dt>
          {lottery.naive === null
            ? t('stratified.review.naive', { runs: 0 })
            : t('stratified.review.naive', { runs: lottery.naive.runs })}
        </dt>
        <dd>
          {lottery.naive === null
            ? t('stratified.review.naiveNone')
            : t('stratified.review.naiveValue', {
                min: percent(lottery.naive.minProbability),
                max: percent(lottery.naive.maxProbability),
                gini: formatCoefficient(lottery.naive.gini, language),
                below: percent(lottery.naive.shareBelowFair),
              })}
        </dd>
        <dt>{t('stratified.review.rounding')}</dt>
        <dd>{percent(lottery.roundingError)}</dd>
        <dt>{t('stratified.review.seconds')}</dt>
        <dd>{t('stratified.review.secondsValue', { seconds: lottery.seconds.toFixed(1) })}</dd>
        <dt>{t('stratified.review.digest')}</dt>
        <dd>
          <code className="hash">{lottery.digest}</code>
        </dd>
      </dl>
      <ProbabilityAllocation
        optimal={lottery.optimalProbabilities}
        final={lottery.probabilities}
        fair={fair}
        percent={percent}
      />
      <p>
        <a
          href={apiPath('stratification.lottery', { params: { id: processId } })}
          download={`loterie-${processId}.json`}
        >
          {t('stratified.review.download')}
        </a>
      </p>
    </section>
  );
}
