import { Badge } from '../ui/Badge';
import { useI18n } from '../i18n/useI18n';
import { api } from '../api/api';
import { Link } from '../routing/Link';
import type { PublicCallView } from './callView';
import { ConsoleListPage, type ListTexts } from './ConsoleListPage';
import { CreateCallForm } from './CreateCallForm';
import { formatDateTime } from '../ui/formatDateTime';
import { CALL_STATUS_KEYS } from '../i18n/statusKeys';
import { CALL_STATUS_SEVERITY } from './callStatusSeverity';

const TEXTS: ListTexts = {
  title: 'organiser.calls.list.title',
  intro: 'organiser.calls.list.intro',
  heading: 'organiser.calls.list.heading',
  empty: 'organiser.calls.list.empty',
  caption: 'organiser.calls.list.caption',
  columns: [
    'organiser.calls.list.colTitle',
    'organiser.calls.list.colStatus',
    'organiser.calls.list.colOpens',
    'organiser.calls.list.colCloses',
  ],
};

const latestOpeningFirst = (a: PublicCallView, b: PublicCallView) =>
  b.opensAt.localeCompare(a.opensAt);

const listCalls = () => api('publicCalls.list');

/** /organiser/appels: every call for projects, most recent opening first, with a form to open a new one. */
export function CallList() {
  const { t, language } = useI18n();
  return (
    <ConsoleListPage<PublicCallView>
      fetchList={listCalls}
      order={latestOpeningFirst}
      texts={TEXTS}
      toolbar={
        <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" href="/organiser">
          {t('organiser.backToList')}
        </Link>
      }
      row={(call) => (
        <>
          <th scope="row">
            <Link href={`/organiser/appels/${encodeURIComponent(call.id)}`}>{call.title}</Link>
          </th>
          <td>
            <Badge as="span" small severity={CALL_STATUS_SEVERITY[call.status]}>
              {t(CALL_STATUS_KEYS[call.status])}
            </Badge>
          </td>
          <td>{formatDateTime(call.opensAt, language)}</td>
          <td>{formatDateTime(call.closesAt, language)}</td>
        </>
      )}
    >
      <CreateCallForm />
    </ConsoleListPage>
  );
}
