import { useI18n } from '../i18n/useI18n';
import { formatCoefficient } from './formatPercent';

/** What every lottery file and computed lottery states about how chances are spread. */
export interface LotterySpread {
  panelCount: number;
  panelSize: number;
  respondents: number;
  minProbability: number;
  maxProbability: number;
  gini: number;
  /** The address columns of the household rule, when the lottery recorded one. */
  householdColumns?: readonly string[];
}

/**
 * The figures the organiser's review and the verifier both give of a lottery, as rows of their `<dl>`:
 * its size, the lowest and highest chance (formatted by `percent`, as the page does) and the Gini
 * coefficient, and the household rule it kept.
 */
export function LotteryFigureRows({
  lottery,
  percent,
}: {
  lottery: LotterySpread;
  percent: (chance: number) => string;
}) {
  const { t, language } = useI18n();
  return (
    <>
      <dt>{t('lottery.size')}</dt>
      <dd>
        {t('lottery.sizeValue', {
          panels: lottery.panelCount,
          k: lottery.panelSize,
          n: lottery.respondents,
        })}
      </dd>
      <dt>{t('lottery.minimum')}</dt>
      <dd data-testid="lottery-minimum">{percent(lottery.minProbability)}</dd>
      <dt>{t('lottery.maximum')}</dt>
      <dd>{percent(lottery.maxProbability)}</dd>
      <dt>{t('lottery.gini')}</dt>
      <dd>{formatCoefficient(lottery.gini, language)}</dd>
      <dt>{t('lottery.households')}</dt>
      <dd data-testid="lottery-households">
        {lottery.householdColumns === undefined
          ? t('lottery.householdsNone')
          : t('lottery.householdsValue', { columns: lottery.householdColumns.join(', ') })}
      </dd>
    </>
  );
}
