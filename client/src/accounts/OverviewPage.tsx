import { fr } from '@codegouvfr/react-dsfr';
import { formatNumber } from '../../../shared/format/formatNumber';
import { useI18n } from '../i18n/useI18n';
import { Link } from '../routing/Link';
import { ErrorSummary } from '../ui/ErrorSummary';
import { Table } from '../ui/Table';
import { SignOutButton } from '../session/SignOutButton';
import { PROCESS_STAGE_KEYS } from '../i18n/statusKeys';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { useApiData } from './useApiData';
import { useOrganiserSession } from '../session/organiserSession';
import { apiPath } from '../api/api';

/**
 * The read-only console of auditors and facilitators: each process's public view (stage, counts, public
 * log), never personal data. Facilitators see the processes assigned to them.
 */
export function OverviewPage() {
  const { t, language } = useI18n();
  useDocumentTitle(t('account.overview.title'));
  const list = useApiData('overview.processes');
  const facilitates = useOrganiserSession()?.account?.roles.includes('facilitator') === true;
  return (
    <div className={fr.cx('fr-my-4w')}>
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--right')}>
        <SignOutButton />
      </div>
      <h1>{t('account.overview.title')}</h1>
      <p>{t('account.overview.intro')}</p>
      <ErrorSummary errors={list.errors} />
      {list.value === undefined ? (
        <p role="status">{t('account.loading')}</p>
      ) : (
        <Table
          caption={t('account.overview.caption', { count: list.value.length })}
          columns={[
            t('account.overview.colTitle'),
            t('account.overview.colStage'),
            t('account.overview.colPool'),
            t('account.overview.colSeats'),
            t('account.overview.colLog'),
          ]}
        >
          {list.value.map((process) => (
            <tr key={process.id}>
              <th scope="row">
                <Link href={`/p/${encodeURIComponent(process.id)}`}>{process.title}</Link>
              </th>
              <td>{t(PROCESS_STAGE_KEYS[process.stage])}</td>
              <td>
                {process.pool === undefined
                  ? t('account.overview.noPool')
                  : formatNumber(process.pool.size, language)}
              </td>
              <td>
                {process.settings.seats === undefined
                  ? '—'
                  : formatNumber(process.settings.seats, language)}
              </td>
              <td>
                <a href={apiPath('public.log', { params: { id: process.id } })}>
                  {t('account.overview.log')}
                </a>
                {facilitates && (
                  <>
                    {' · '}
                    <Link href={`/salle/${encodeURIComponent(process.id)}`}>
                      {t('account.overview.room')}
                    </Link>
                  </>
                )}
              </td>
            </tr>
          ))}
        </Table>
      )}
    </div>
  );
}
