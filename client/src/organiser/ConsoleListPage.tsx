import { useCallback, useEffect, useId, useState, type ReactNode } from 'react';
import { ApiError } from '../api/apiClient';
import { useI18n } from '../i18n/useI18n';
import type { MessageKey } from '../i18n/messages';
import { ErrorCode } from '../../../shared/errors';
import { ErrorSummary } from '../ui/ErrorSummary';
import { describeApiError, type FormError } from '../ui/formErrors';
import { useOrganiserSession } from '../session/organiserSession';
import { SignOutButton } from '../session/SignOutButton';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { ConsoleBreadcrumb } from './ConsoleBreadcrumb';
import { ScrollTable } from '../ui/ScrollTable';

/** The words of one console list, by message key. */
export interface ListTexts {
  title: MessageKey;
  intro: MessageKey;
  heading: MessageKey;
  empty: MessageKey;
  /** Takes `{count}`. */
  caption: MessageKey;
  columns: readonly MessageKey[];
}

/**
 * A console page listing items loaded from the API (with retry, loading and empty states, and the
 * session expiring on 401), as a table whose first cell heads each row, followed by a creation form.
 */
export function ConsoleListPage<T extends { id: string }>({
  fetchList,
  order,
  texts,
  toolbar,
  row,
  children,
  isConsoleHome,
}: {
  /** Asks the API for the list (a stable function: `() => api('…')` declared outside the component). */
  fetchList: () => Promise<readonly T[]>;
  /** Sort order of the rows (the list is not mutated). */
  order: (a: T, b: T) => number;
  texts: ListTexts;
  toolbar: ReactNode;
  /** The cells of one row, the first being its `<th scope="row">`. */
  row: (item: T) => ReactNode;
  /** The creation form after the list. */
  children: ReactNode;
  /** The organiser area's first page (/organiser): the breadcrumb ends with the area itself. */
  isConsoleHome?: boolean;
}) {
  const { t } = useI18n();
  useDocumentTitle(t(texts.title));
  const session = useOrganiserSession();
  const listId = useId();
  const [items, setItems] = useState<T[] | undefined>();
  const [loadErrors, setLoadErrors] = useState<readonly FormError[]>([]);

  const load = useCallback(async () => {
    setLoadErrors([]);
    try {
      const list = await fetchList();
      setItems(list.slice().sort(order));
    } catch (error) {
      if (error instanceof ApiError && error.code === ErrorCode.Unauthenticated) session?.expire();
      setLoadErrors([describeApiError(error)]);
    }
  }, [session, fetchList, order]);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <div className="organiser">
      <ConsoleBreadcrumb current={isConsoleHome === true ? undefined : t(texts.title)} />
      <div className="organiser-toolbar">
        {toolbar}
        <SignOutButton />
      </div>
      <h1>{t(texts.title)}</h1>
      <p>{t(texts.intro)}</p>
      <section aria-labelledby={`${listId}-heading`}>
        <h2 id={`${listId}-heading`}>{t(texts.heading)}</h2>
        {loadErrors.length > 0 && (
          <>
            <ErrorSummary errors={loadErrors} />
            <button type="button" className="fr-btn fr-btn--secondary" onClick={() => void load()}>
              {t('organiser.retry')}
            </button>
          </>
        )}
        {items === undefined && loadErrors.length === 0 && (
          <p role="status">{t('organiser.loading')}</p>
        )}
        {items !== undefined && items.length === 0 && <p>{t(texts.empty)}</p>}
        {items !== undefined && items.length > 0 && (
          <ScrollTable label={t(texts.caption, { count: items.length })} isMultiline>
            <table className="console-list">
              <caption>{t(texts.caption, { count: items.length })}</caption>
              <thead>
                <tr>
                  {texts.columns.map((column) => (
                    <th scope="col" key={column}>
                      {t(column)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={item.id}>{row(item)}</tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        )}
      </section>
      {children}
    </div>
  );
}
