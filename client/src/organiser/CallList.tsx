import { useCallback, useEffect, useId, useState } from 'react';
import { ApiError, apiGet } from '../api/apiClient';
import { useI18n } from '../i18n/useI18n';
import { Link } from '../routing/Link';
import { ErrorCode } from '../../../shared/errors';
import type { PublicCallView } from './callView';
import { CreateCallForm } from './CreateCallForm';
import { ErrorSummary } from './ErrorSummary';
import { describeApiError, type FormError } from './formErrors';
import { formatDateTime } from './formatDateTime';
import { useOrganiserSession } from './organiserSession';
import { SignOutButton } from './SignOutButton';
import { CALL_STATUS_KEYS } from './statusKeys';
import { useDocumentTitle } from './useDocumentTitle';

/** /organiser/appels: every call for projects, most recent opening first, with a form to open a new one. */
export function CallList() {
  const { t, language } = useI18n();
  useDocumentTitle(t('organiser.calls.list.title'));
  const session = useOrganiserSession();
  const listId = useId();
  const [calls, setCalls] = useState<PublicCallView[] | undefined>();
  const [loadErrors, setLoadErrors] = useState<readonly FormError[]>([]);

  const load = useCallback(async () => {
    setLoadErrors([]);
    try {
      const list = await apiGet<PublicCallView[]>('/api/public/calls');
      setCalls(list.slice().sort((a, b) => b.opensAt.localeCompare(a.opensAt)));
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
        <Link href="/organiser">{t('organiser.backToList')}</Link>
        <SignOutButton />
      </div>
      <h1>{t('organiser.calls.list.title')}</h1>
      <p>{t('organiser.calls.list.intro')}</p>
      <section aria-labelledby={`${listId}-heading`}>
        <h2 id={`${listId}-heading`}>{t('organiser.calls.list.heading')}</h2>
        {loadErrors.length > 0 && (
          <>
            <ErrorSummary errors={loadErrors} />
            <button type="button" className="button-secondary" onClick={() => void load()}>
              {t('organiser.retry')}
            </button>
          </>
        )}
        {calls === undefined && loadErrors.length === 0 && (
          <p role="status">{t('organiser.loading')}</p>
        )}
        {calls !== undefined && calls.length === 0 && <p>{t('organiser.calls.list.empty')}</p>}
        {calls !== undefined && calls.length > 0 && (
          <div className="table-scroll">
            <table className="selection">
              <caption>{t('organiser.calls.list.caption', { count: calls.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('organiser.calls.list.colTitle')}</th>
                  <th scope="col">{t('organiser.calls.list.colStatus')}</th>
                  <th scope="col">{t('organiser.calls.list.colOpens')}</th>
                  <th scope="col">{t('organiser.calls.list.colCloses')}</th>
                </tr>
              </thead>
              <tbody>
                {calls.map((call) => (
                  <tr key={call.id}>
                    <th scope="row">
                      <Link href={`/organiser/appels/${encodeURIComponent(call.id)}`}>
                        {call.title}
                      </Link>
                    </th>
                    <td>{t(CALL_STATUS_KEYS[call.status])}</td>
                    <td>{formatDateTime(call.opensAt, language)}</td>
                    <td>{formatDateTime(call.closesAt, language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <CreateCallForm />
    </div>
  );
}
