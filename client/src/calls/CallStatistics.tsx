import { REASONS } from '../../../shared/calls/callEvents';
import { useI18n } from '../i18n/useI18n';
import type { PublicCall } from './callTypes';
import { FiguresTable } from './FiguresTable';
import { ReasonsChart } from './LazyReasonsChart';

/** A closed call's outcome in aggregate (counts and reasons), never any individual application. */
export function CallStatistics({
  statistics,
}: {
  statistics: NonNullable<PublicCall['statistics']>;
}) {
  const { t } = useI18n();
  const figures = [
    ['calls.stats.received', statistics.received],
    ['calls.stats.settled', statistics.settled],
    ['calls.stats.admissible', statistics.admissible],
    ['calls.stats.notAdmissible', statistics.notAdmissible],
  ] as const;
  const pending = statistics.received - statistics.settled;
  return (
    <section aria-labelledby="call-stats-title" className="fr-mt-6w">
      <h2 id="call-stats-title">{t('calls.stats.title')}</h2>
      <p>{t('calls.stats.intro')}</p>
      <FiguresTable
        testId="call-figures"
        caption={t('calls.stats.figures')}
        headers={[t('calls.stats.col.figure'), t('calls.stats.col.count')]}
        rows={figures.map(([key, count]) => ({ key, name: t(key), count }))}
      />
      {pending > 0 && <p>{t('calls.stats.pending', { count: pending })}</p>}

      <h3>{t('calls.stats.reasons')}</h3>
      <ReasonsChart reasons={statistics.reasons} />
      <FiguresTable
        testId="call-reasons"
        caption={t('calls.stats.reasons.caption')}
        headers={[t('calls.stats.col.reason'), t('calls.stats.col.count')]}
        rows={REASONS.map((reason) => ({
          key: reason,
          name: t(`calls.reason.${reason}`),
          count: statistics.reasons[reason],
        }))}
      />
    </section>
  );
}
