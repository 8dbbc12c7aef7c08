import { useState } from 'react';
import { NotFoundPage } from '../layout/NotFoundPage';
import { ErrorCode } from '../../../shared/errors';
import { useI18n } from '../i18n/useI18n';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { Link } from '../routing/Link';
import { ApplicationForm, type Submitted } from './ApplicationForm';
import { CallFacts } from './CallFacts';
import { CallLog } from './CallLog';
import { CallStatistics } from './CallStatistics';
import { PageProblem } from './PageProblem';
import { api } from '../api/api';
import { SubmissionConfirmation } from './SubmissionConfirmation';
import { useLoad } from './useLoad';
import './calls.css';

/** /appel/<id>: the public call for projects; its form while open, its aggregate outcome once closed. */
export function CallPage({ callId }: { callId: string }) {
  const { t } = useI18n();
  const { load, refresh } = useLoad(
    () => api('publicCalls.get', { params: { id: callId } }),
    callId,
  );
  const [submitted, setSubmitted] = useState<Submitted | undefined>();
  const showSubmitted = (application: Submitted) => {
    setSubmitted(application);
    // The public log has grown by one receipt: show its new length and head.
    refresh();
  };
  const isNotFound = load.kind === 'failed' && load.code === ErrorCode.NotFound;
  useDocumentTitle(
    load.kind === 'ready'
      ? t(load.data.status === 'open' ? 'callsDsfr.title.apply' : 'callsDsfr.title.call', {
          title: load.data.title,
        })
      : isNotFound
        ? t('callsDsfr.title.notFound')
        : t('calls.loading'),
  );

  if (load.kind === 'loading') return <p role="status">{t('calls.loading')}</p>;
  // The one place where an unknown call is told: the application's not-found page may replace it.
  if (isNotFound) return <NotFoundPage />;
  if (load.kind === 'failed')
    return (
      <PageProblem
        title={t('callsDsfr.failed.title')}
        message={t('calls.failed', { message: t(load.key) })}
      />
    );
  const call = load.data;
  return (
    <article className="call-page">
      <h1>{call.title}</h1>
      <p className="call-description">{call.description}</p>
      <CallFacts call={call} />
      {call.exportedTo !== undefined && (
        <p>
          {t('calls.exported')}{' '}
          <Link href={`/p/${encodeURIComponent(call.exportedTo)}`}>{t('calls.exported.link')}</Link>
        </p>
      )}
      {call.status === 'open' &&
        (submitted === undefined ? (
          <ApplicationForm callId={call.id} onSubmitted={showSubmitted} />
        ) : (
          <SubmissionConfirmation reference={submitted.reference} email={submitted.email} />
        ))}
      {call.statistics !== undefined && <CallStatistics statistics={call.statistics} />}
      <CallLog call={call} />
    </article>
  );
}
