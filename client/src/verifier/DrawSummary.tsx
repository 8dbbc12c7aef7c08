import type { DrawRecord } from '../../../shared/lottery/protocol';
import { formatNumber } from '../../../shared/format/formatNumber';
import { useI18n } from '../i18n/useI18n';
import { ScrollTable } from '../ui/ScrollTable';

/** The facts of a structurally valid record, and the people drawn, by pseudonymous id. */
export function DrawSummary({ record }: { record: DrawRecord }) {
  const { t, language } = useI18n();
  const title = record.commitment['title'];
  return (
    <section aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t('verifier.summary')}</h2>
      <dl className="facts">
        {typeof title === 'string' && (
          <>
            <dt>{t('verifier.summary.title')}</dt>
            <dd>{title}</dd>
          </>
        )}
        <dt>{t('verifier.summary.pool')}</dt>
        <dd>{formatNumber(record.commitment.poolSize, language)}</dd>
        <dt>{t('verifier.summary.seats')}</dt>
        <dd>{record.commitment.seats}</dd>
        <dt>{t('verifier.summary.alternates')}</dt>
        <dd>{record.commitment.alternates}</dd>
        <dt>{t('verifier.summary.seed')}</dt>
        <dd>
          <code className="hash">{record.seed}</code>
        </dd>
      </dl>
      <ScrollTable label={t('verifier.selection')} isBordered isMultiline size="md">
        <table>
          <caption>{t('verifier.selection')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('verifier.selection.rank')}</th>
              <th scope="col">{t('verifier.selection.id')}</th>
              <th scope="col">{t('verifier.selection.role')}</th>
            </tr>
          </thead>
          <tbody>
            {record.selection.map((pick) => (
              <tr key={pick.rank}>
                <td>{pick.rank}</td>
                <td>
                  <code>{pick.id}</code>
                </td>
                <td>{pick.role === 'seat' ? t('role.seat') : t('role.alternate')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </section>
  );
}
