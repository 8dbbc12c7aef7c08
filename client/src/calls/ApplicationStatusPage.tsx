import { ErrorCode } from '../../../shared/errors';
import { useI18n } from '../i18n/useI18n';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { Link } from '../routing/Link';
import { ApplicationSummary } from './ApplicationSummary';
import type { ApplicationView } from './callTypes';
import { formatDateTime } from '../../../shared/format/formatDateTime';
import { reasonKey } from './reasonMessages';
import { useLoad } from './useLoad';
import './calls.css';

/** /candidature/<token>: the applicant's private page: what they sent, and where it stands. */
export function ApplicationStatusPage({ token }: { token: string }) {
  const { t, language } = useI18n();
  const { load } = useLoad<ApplicationView>(`/api/applications/${encodeURIComponent(token)}`);
  const isInvalid = load.kind === 'failed' && load.code === ErrorCode.TokenInvalid;
  useDocumentTitle(
    load.kind === 'ready'
      ? t('calls.application.title', { name: load.data.form.projectName })
      : isInvalid
        ? t('calls.application.invalidTitle')
        : t('calls.application.loading'),
  );

  if (load.kind === 'loading') return <p role="status">{t('calls.application.loading')}</p>;
  if (load.kind === 'failed')
    return isInvalid ? (
      <article>
        <h1>{t('calls.application.invalidTitle')}</h1>
        <p role="alert">{t('calls.application.invalid')}</p>
      </article>
    ) : (
      <p role="alert">{t('calls.application.failed', { message: t(load.key) })}</p>
    );
  const application = load.data;
  const closesAt = formatDateTime(application.call.closesAt, language);
  return (
    <article className="application-page">
      <h1>{t('calls.application.title', { name: application.form.projectName })}</h1>
      <p className="hint">{t('calls.application.private')}</p>
      <dl className="facts">
        <dt>{t('calls.application.call')}</dt>
        <dd>
          <Link href={`/appel/${encodeURIComponent(application.call.id)}`}>
            {application.call.title}
          </Link>
        </dd>
        <dt>{t('calls.application.ref')}</dt>
        <dd data-testid="application-ref">{application.ref}</dd>
        <dt>{t('calls.application.submittedAt')}</dt>
        <dd>
          <time dateTime={application.submittedAt}>
            {t('calls.date', { date: formatDateTime(application.submittedAt, language) })}
          </time>
        </dd>
        <dt>{t('calls.application.status')}</dt>
        <dd>
          <strong data-testid="application-status">
            {t(`calls.applicationStatus.${application.status}`)}
          </strong>
        </dd>
        {application.reasonCategory != null && (
          <>
            <dt>{t('calls.application.reasonCategory')}</dt>
            <dd data-testid="application-reason-category">
              {t(reasonKey(application.reasonCategory))}
            </dd>
          </>
        )}
      </dl>
      <p className="notice">
        {t(`calls.applicationStatus.${application.status}.text`, { closesAt })}
      </p>
      {application.reason !== null && (
        <section aria-labelledby="application-reason-title">
          <h2 id="application-reason-title">{t('calls.application.reason')}</h2>
          <p className="application-answer" data-testid="application-reason">
            {application.reason}
          </p>
        </section>
      )}
      <section aria-labelledby="application-sent-title">
        <h2 id="application-sent-title">{t('calls.application.sent')}</h2>
        <ApplicationSummary form={application.form} />
      </section>
    </article>
  );
}
