import { Alert } from '../ui/Alert';
import { Badge } from '../ui/Badge';
import { ErrorCode } from '../../../shared/errors';
import { useI18n } from '../i18n/useI18n';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { Link } from '../routing/Link';
import { ApplicationSummary } from './ApplicationSummary';
import type { ApplicationStatus } from './callTypes';
import { api } from '../api/api';
import { PageProblem } from './PageProblem';
import { formatDateTime } from '../../../shared/format/formatDateTime';
import { reasonKey } from '../i18n/reasonKey';
import { useLoad } from './useLoad';
import './calls.css';

const STATUS_SEVERITY = {
  received: 'info',
  'under-review': 'new',
  admissible: 'success',
  'not-admissible': 'error',
} as const satisfies Record<ApplicationStatus, string>;

/** /candidature/<token>: the applicant's private page: what they sent, and where it stands. */
export function ApplicationStatusPage({ token }: { token: string }) {
  const { t, language } = useI18n();
  const { load } = useLoad(() => api('applications.get', { params: { token } }), token);
  const isInvalid = load.kind === 'failed' && load.code === ErrorCode.TokenInvalid;
  useDocumentTitle(
    load.kind === 'ready'
      ? t('calls.application.title', { name: load.data.form.projectName })
      : isInvalid
        ? t('calls.application.invalidTitle')
        : t('calls.application.loading'),
  );

  if (load.kind === 'loading') return <p role="status">{t('calls.application.loading')}</p>;
  // The one place where an unknown link is told: the application's not-found page may replace it.
  if (isInvalid)
    return (
      <PageProblem
        title={t('calls.application.invalidTitle')}
        message={t('calls.application.invalid')}
      />
    );
  if (load.kind === 'failed')
    return (
      <PageProblem
        title={t('callsDsfr.application.failedTitle')}
        message={t('calls.application.failed', { message: t(load.key) })}
      />
    );
  const application = load.data;
  const closesAt = formatDateTime(application.call.closesAt, language);
  return (
    <article className="application-page">
      <h1>{t('calls.application.title', { name: application.form.projectName })}</h1>
      <p className="fr-hint-text fr-text--md">{t('calls.application.private')}</p>
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
          <span data-testid="application-status">
            <Badge as="span" severity={STATUS_SEVERITY[application.status]}>
              {t(`calls.applicationStatus.${application.status}`)}
            </Badge>
          </span>
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
      <Alert
        small
        role={undefined}
        severity="info"
        className="fr-my-3w"
        description={t(`calls.applicationStatus.${application.status}.text`, { closesAt })}
      />
      {application.reason !== null && (
        <section aria-labelledby="application-reason-title" className="fr-mt-4w">
          <h2 id="application-reason-title">{t('calls.application.reason')}</h2>
          <p className="application-answer" data-testid="application-reason">
            {application.reason}
          </p>
        </section>
      )}
      <section aria-labelledby="application-sent-title" className="fr-mt-4w">
        <h2 id="application-sent-title">{t('calls.application.sent')}</h2>
        <ApplicationSummary form={application.form} />
      </section>
    </article>
  );
}
