import type { ProcessState } from '../../../shared/process/processState';
import { processStage } from '../../../shared/process/processStage';
import { useI18n } from '../i18n/useI18n';
import { Link } from '../routing/Link';
import { ConsoleListPage, type ListTexts } from './ConsoleListPage';
import { CreateProcessForm } from './CreateProcessForm';
import { formatDateTime } from '../ui/formatDateTime';
import { Badge } from '../ui/Badge';
import { PROCESS_STAGE_KEYS, PROCESS_STAGE_SEVERITY } from '../i18n/statusKeys';
import { formatNumber } from '../../../shared/format/formatNumber';
import { api } from '../api/api';

const TEXTS: ListTexts = {
  title: 'organiser.list.title',
  intro: 'organiser.list.intro',
  heading: 'organiser.list.heading',
  empty: 'organiser.list.empty',
  caption: 'organiser.list.caption',
  columns: [
    'organiser.list.colTitle',
    'organiser.list.colStatus',
    'organiser.list.colPool',
    'organiser.list.colCreated',
  ],
};

const newestFirst = (a: ProcessState, b: ProcessState) => b.createdAt.localeCompare(a.createdAt);

const listProcesses = () => api('processes.list');

/** Every process, newest first, with a form to start a new one. */
export function ProcessList() {
  const { t, language } = useI18n();
  return (
    <ConsoleListPage<ProcessState>
      fetchList={listProcesses}
      order={newestFirst}
      texts={TEXTS}
      isConsoleHome
      toolbar={
        <Link
          className="fr-link fr-icon-arrow-right-line fr-link--icon-right"
          href="/organiser/appels"
        >
          {t('organiser.calls.link')}
        </Link>
      }
      row={(process) => (
        <>
          <th scope="row">
            <Link href={`/organiser/p/${encodeURIComponent(process.id)}`}>
              {process.settings.title}
            </Link>
          </th>
          <td>
            <Badge as="span" small noIcon severity={PROCESS_STAGE_SEVERITY[processStage(process)]}>
              {t(PROCESS_STAGE_KEYS[processStage(process)])}
            </Badge>
          </td>
          <td>
            {process.pool === undefined
              ? t('organiser.list.noPool')
              : formatNumber(process.pool.size, language)}
          </td>
          <td>{formatDateTime(process.createdAt, language)}</td>
        </>
      )}
    >
      <CreateProcessForm />
    </ConsoleListPage>
  );
}
