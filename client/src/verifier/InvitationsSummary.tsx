import type { InvitationsRecord } from '../../../shared/invitations/record';
import { formatNumber } from '../../../shared/format/formatNumber';
import { useI18n } from '../i18n/useI18n';
import { ScrollTable } from '../ui/ScrollTable';

/**
 * The facts of a structurally valid stage-one record: how many invitations, how they were shared, and
 * each stratum's size and share. The invited ids stay in the file: a stage one invites thousands.
 */
export function InvitationsSummary({ record }: { record: InvitationsRecord }) {
  const { t, language } = useI18n();
  const title = record.commitment['title'];
  return (
    <section aria-labelledby="invitations-summary-heading">
      <h2 id="invitations-summary-heading">{t('invitations.summary')}</h2>
      <dl className="facts">
        {typeof title === 'string' && (
          <>
            <dt>{t('verifier.summary.title')}</dt>
            <dd>{title}</dd>
          </>
        )}
        <dt>{t('invitations.total')}</dt>
        <dd>{formatNumber(record.commitment.invitations, language)}</dd>
        <dt>{t('invitations.allocation')}</dt>
        <dd>
          {record.commitment.allocation === 'proportional'
            ? t('invitations.allocation.proportional')
            : t('invitations.allocation.set')}
        </dd>
        <dt>{t('verifier.summary.seed')}</dt>
        <dd>
          <code className="hash">{record.seed}</code>
        </dd>
      </dl>
      <ScrollTable label={t('invitations.strata')} isBordered isMultiline size="md">
        <table>
          <caption>{t('invitations.strata')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('invitations.stratum')}</th>
              <th scope="col">{t('invitations.poolSize')}</th>
              <th scope="col">{t('invitations.count')}</th>
            </tr>
          </thead>
          <tbody>
            {record.commitment.strata.map((stratum) => (
              <tr key={stratum.name}>
                <th scope="row">{stratum.name}</th>
                <td>{formatNumber(stratum.poolSize, language)}</td>
                <td>{formatNumber(stratum.invitations, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </section>
  );
}
