import { useCallback, useEffect, useId, useState } from 'react';
import { ApiError, apiGet } from '../api/apiClient';
import { useI18n } from '../i18n/useI18n';
import { Link } from '../routing/Link';
import { ErrorCode } from '../../../shared/errors';
import type { ProcessState } from '../../../shared/process/processState';
import { CreateProcessForm } from './CreateProcessForm';
import { ErrorSummary } from './ErrorSummary';
import { describeApiError, type FormError } from './formErrors';
import { formatDateTime } from './formatDateTime';
import { useOrganiserSession } from './organiserSession';
import { SignOutButton } from './SignOutButton';
import { PROCESS_STATUS_KEYS } from './statusKeys';
import { useDocumentTitle } from './useDocumentTitle';

/** Every process, newest first, with a form to start a new one. */
export function ProcessList() {
  const { t, language } = useI18n();
  useDocumentTitle(t('organiser.list.title'));
  const session = useOrganiserSession();
  const listId = useId();
  const [processes, setProcesses] = useState<ProcessState[] | undefined>();
  const [loadErrors, setLoadErrors] = useState<readonly FormError[]>([]);

  const load = useCallback(async () => {
    setLoadErrors([]);
    try {
      const list = await apiGet<ProcessState[]>('/api/processes');
      setProcesses(list.slice().sort((a, b) => b.createdAt.localeCompare(a.createdAt)));
    } catch (error) {
      if (error instanceof ApiError && error.code === ErrorCode.Unauthenticated) session?.expire();
      setLoadErrors([describeApiError(error)]);
    }
  }, [session]);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <div className="organiser">
      <div className="organiser-toolbar">
        <Link href="/organiser/appels">{t('organiser.calls.link')}</Link>
        <SignOutButton />
      </div>
      <h1>{t('organiser.list.title')}</h1>
      <p>{t('organiser.list.intro')}</p>
      <section aria-labelledby={`${listId}-heading`}>
        <h2 id={`${listId}-heading`}>{t('organiser.list.heading')}</h2>
        {loadErrors.length > 0 && (
          <>
            <ErrorSummary errors={loadErrors} />
            <button type="button" className="button-secondary" onClick={() => void load()}>
              {t('organiser.retry')}
            </button>
          </>
        )}
        {processes === undefined && loadErrors.length === 0 && (
          <p role="status">{t('organiser.loading')}</p>
        )}
        {processes !== undefined && processes.length === 0 && <p>{t('organiser.list.empty')}</p>}
        {processes !== undefined && processes.length > 0 && (
          <div className="table-scroll">
            <table className="selection">
              <caption>{t('organiser.list.caption', { count: processes.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('organiser.list.colTitle')}</th>
                  <th scope="col">{t('organiser.list.colStatus')}</th>
                  <th scope="col">{t('organiser.list.colPool')}</th>
                  <th scope="col">{t('organiser.list.colCreated')}</th>
                </tr>
              </thead>
              <tbody>
                {processes.map((process) => (
                  <tr key={process.id}>
                    <th scope="row">
                      <Link href={`/organiser/p/${encodeURIComponent(process.id)}`}>
                        {process.settings.title}
                      </Link>
                    </th>
                    <td>{t(PROCESS_STATUS_KEYS[process.status])}</td>
                    <td>
                      {process.pool === undefined
                        ? t('organiser.list.noPool')
                        : process.pool.size.toLocaleString(language)}
                    </td>
                    <td>{formatDateTime(process.createdAt, language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <CreateProcessForm />
    </div>
  );
}
