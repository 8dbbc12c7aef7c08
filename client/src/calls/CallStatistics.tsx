import { REASONS } from '../../../shared/calls/callEvents';
import { useI18n } from '../i18n/useI18n';
import type { PublicCall } from './callTypes';
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
    <section aria-labelledby="call-stats-title">
      <h2 id="call-stats-title">{t('calls.stats.title')}</h2>
      <p>{t('calls.stats.intro')}</p>
      <div className="table-scroll">
        <table className="call-table" data-testid="call-figures">
          <caption>{t('calls.stats.figures')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('calls.stats.col.figure')}</th>
              <th scope="col">{t('calls.stats.col.count')}</th>
            </tr>
          </thead>
          <tbody>
            {figures.map(([key, count]) => (
              <tr key={key}>
                <th scope="row">{t(key)}</th>
                <td>{count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pending > 0 && <p>{t('calls.stats.pending', { count: pending })}</p>}

      <h3>{t('calls.stats.reasons')}</h3>
      <ReasonsChart reasons={statistics.reasons} />
      <div className="table-scroll">
        <table className="call-table" data-testid="call-reasons">
          <caption>{t('calls.stats.reasons.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('calls.stats.col.reason')}</th>
              <th scope="col">{t('calls.stats.col.count')}</th>
            </tr>
          </thead>
          <tbody>
            {REASONS.map((reason) => (
              <tr key={reason}>
                <th scope="row">{t(`calls.reason.${reason}`)}</th>
                <td>{statistics.reasons[reason]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
