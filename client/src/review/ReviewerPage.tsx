import { useCallback, useEffect, useId, useState } from 'react';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { api } from '../api/api';
import { ApiError } from '../api/apiClient';
import { useI18n } from '../i18n/useI18n';
import { ErrorSummary } from '../ui/ErrorSummary';
import { describeApiError, type FormError } from '../ui/formErrors';
import { StatusMessage } from '../ui/StatusMessage';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { useFocusLater } from '../ui/useFocusLater';
import type { Notice } from '../session/useFormState';
import { ErrorCode } from '../../../shared/errors';
import '../layout/organiser.css';
import '../assessment/review.css';
import { itemHeadingId, ReviewerApplicationItem } from './ReviewerApplicationItem';
import type { ReviewerView } from './reviewerView';

/** /relecture/<token>: a reviewer's queue of applications to pre-screen, to do first, then done. */
export function ReviewerPage({ token }: { token: string }) {
  const { t } = useI18n();
  const id = useId();
  const pendingHeadingId = `${id}-pending`;
  const [view, setView] = useState<ReviewerView | undefined>();
  const [isInvalid, setIsInvalid] = useState(false);
  const [loadErrors, setLoadErrors] = useState<readonly FormError[]>([]);
  const [notice, setNotice] = useState<Notice | undefined>();
  const focusLater = useFocusLater();
  useDocumentTitle(
    view !== undefined
      ? t('callsDsfr.review.title', { title: view.call.title })
      : isInvalid
        ? t('callsDsfr.review.notFoundTitle')
        : t('review.pageTitle'),
  );

  const load = useCallback(async () => {
    setLoadErrors([]);
    try {
      setView(await api('reviewers.get', { params: { token } }));
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.code === ErrorCode.TokenInvalid) setIsInvalid(true);
      else setLoadErrors([describeApiError(error)]);
      return false;
    }
  }, [token]);

  useEffect(() => {
    void load();
  }, [load]);

  /** After a change: fresh queue, the result told in the live region, focus where the reader continues. */
  async function refresh(next: Notice, focusId: string) {
    setNotice(undefined);
    if (await load()) {
      setNotice(next);
      focusLater(focusId);
    }
  }

  // The one place where an unknown link is told: the application's not-found page may replace it.
  if (isInvalid)
    return (
      <div className="organiser review-page fr-my-4w">
        <h1>{t('review.invalid.title')}</h1>
        <Alert severity="error" small description={t('review.invalid.text')} />
      </div>
    );
  if (view === undefined)
    return (
      <div className="organiser review-page">
        <h1>{t('review.pageTitle')}</h1>
        {loadErrors.length === 0 ? (
          <p role="status">{t('review.loading')}</p>
        ) : (
          <>
            <ErrorSummary errors={loadErrors} />
            <Button type="button" priority="secondary" onClick={() => void load()}>
              {t('review.retry')}
            </Button>
          </>
        )}
      </div>
    );

  const pending = view.applications.filter((a) => a.review === null && !a.settled);
  const done = view.applications.filter((a) => a.review !== null || a.settled);
  const reviewed = view.applications.filter((a) => a.review !== null).length;
  const item = (application: ReviewerView['applications'][number]) => (
    <li key={application.ref}>
      <ReviewerApplicationItem
        token={token}
        application={application}
        onSaved={(ref) =>
          void refresh({ key: 'review.saved', values: { ref } }, itemHeadingId(ref))
        }
        onConflict={(ref) =>
          void refresh({ key: 'review.conflict.done', values: { ref } }, pendingHeadingId)
        }
      />
    </li>
  );

  return (
    <div className="organiser review-page">
      <h1>{t('review.title', { title: view.call.title })}</h1>
      <p>{t('review.greeting', { name: view.reviewer.name, id: view.reviewer.id })}</p>
      <p>{t('review.intro')}</p>
      <p className="fr-text--lead fr-text--bold progress-line">
        {t('review.progress', { reviewed, total: view.applications.length })}
      </p>
      <StatusMessage notice={notice} />
      <section aria-labelledby={pendingHeadingId}>
        <h2 id={pendingHeadingId} tabIndex={-1}>
          {t('review.pending.heading', { count: pending.length })}
        </h2>
        {pending.length === 0 ? (
          <p>{t('review.pending.none')}</p>
        ) : (
          <ol className="queue">{pending.map(item)}</ol>
        )}
      </section>
      <section aria-labelledby={`${id}-done`}>
        <h2 id={`${id}-done`}>{t('review.done.heading', { count: done.length })}</h2>
        {done.length === 0 ? (
          <p>{t('review.done.none')}</p>
        ) : (
          <ol className="queue">{done.map(item)}</ol>
        )}
      </section>
    </div>
  );
}
