import { Alert } from '../ui/Alert';
import { Badge } from '../ui/Badge';
import { Button } from '../ui/Button';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/api';
import { ApiError } from '../api/apiClient';
import { useI18n } from '../i18n/useI18n';
import { Link } from '../routing/Link';
import { ErrorCode } from '../../../shared/errors';
import '../assessment/review.css';
import '../organiser/organiserCalls.css';
import { CallApplicationsSection } from '../organiser/CallApplicationsSection';
import type { OrganiserCallView } from '../organiser/callView';
import { ErrorSummary } from '../ui/ErrorSummary';
import { ExportSection } from '../organiser/ExportSection';
import { describeApiError, type FormError } from '../ui/formErrors';
import { formatDateTime } from '../ui/formatDateTime';
import { useOrganiserSession } from '../session/organiserSession';
import { ProgressSection } from '../organiser/ProgressSection';
import { ReviewersSection } from '../organiser/ReviewersSection';
import { SignOutButton } from '../session/SignOutButton';
import { CALL_STATUS_KEYS } from '../i18n/statusKeys';
import { CALL_STATUS_SEVERITY } from '../organiser/callStatusSeverity';
import { StatusMessage } from '../ui/StatusMessage';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import type { Notice } from '../session/useFormState';
import { DeliveriesSection } from '../deliveries/DeliveriesSection';
import { DeliveryFailureAlert } from '../deliveries/DeliveryFailureAlert';
import { useDeliveries } from '../deliveries/useDeliveries';

/** /organiser/appels/<id>: one call's reviewers, pre-screening progress, settlements and hand-over to a jury. */
export function OrganiserCallPage({ callId }: { callId: string }) {
  const { t, language } = useI18n();
  const session = useOrganiserSession();
  const [view, setView] = useState<OrganiserCallView | undefined>();
  const [loadErrors, setLoadErrors] = useState<readonly FormError[]>([]);
  const [notice, setNotice] = useState<Notice | undefined>();
  const [isNotFound, setNotFound] = useState(false);
  const deliveries = useDeliveries('call', callId);
  useDocumentTitle(
    view === undefined
      ? t(isNotFound ? 'callsDsfr.title.notFound' : 'organiser.calls.page.loading')
      : t('callsDsfr.organiser.title', { title: view.settings.title }),
  );

  const reload = useCallback(async () => {
    setLoadErrors([]);
    try {
      const next = await api('calls.get', { params: { id: callId } });
      // An action's reload and a manual refresh can cross: keep the newest.
      setView((current) =>
        current !== undefined && current.call.lastSeq > next.call.lastSeq ? current : next,
      );
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.code === ErrorCode.Unauthenticated) session?.expire();
      if (error instanceof ApiError && error.code === ErrorCode.NotFound) setNotFound(true);
      setLoadErrors([describeApiError(error)]);
      return false;
    }
  }, [callId, session]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const back = (
    <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" href="/organiser/appels">
      {t('organiser.calls.backToList')}
    </Link>
  );
  // The one place where an unknown call is told: the application's not-found page may replace it.
  if (view === undefined && isNotFound)
    return (
      <div className="organiser">
        <p>{back}</p>
        <h1>{t('callsDsfr.notFound.title')}</h1>
        <Alert severity="error" small description={t('calls.notFound')} />
      </div>
    );
  if (view === undefined)
    return (
      <div className="organiser">
        <p>{back}</p>
        {loadErrors.length === 0 ? (
          <>
            <h1>{t('organiser.calls.page.loading')}</h1>
            <p role="status">{t('organiser.loading')}</p>
          </>
        ) : (
          <>
            <h1>{t('organiser.calls.page.unavailable')}</h1>
            <ErrorSummary errors={loadErrors} />
            <Button type="button" priority="secondary" onClick={() => void reload()}>
              {t('organiser.retry')}
            </Button>
          </>
        )}
      </div>
    );

  const { call, settings } = view;
  return (
    <div className="organiser">
      <div className="organiser-toolbar">
        {back}
        <SignOutButton />
      </div>
      <h1>{settings.title}</h1>
      <DeliveryFailureAlert report={deliveries.report} />
      <dl className="facts">
        <dt>{t('organiser.calls.page.status')}</dt>
        <dd>
          <Badge as="span" small severity={CALL_STATUS_SEVERITY[call.status]}>
            {t(CALL_STATUS_KEYS[call.status])}
          </Badge>
        </dd>
        <dt>{t('organiser.calls.page.opensAt')}</dt>
        <dd>{formatDateTime(settings.opensAt, language)}</dd>
        <dt>{t('organiser.calls.page.closesAt')}</dt>
        <dd>{formatDateTime(settings.closesAt, language)}</dd>
        <dt>{t('organiser.calls.page.numbering')}</dt>
        <dd>
          {t('organiser.calls.page.numberingValue', {
            prefix: settings.refPrefix,
            year: settings.year,
          })}
        </dd>
      </dl>
      <p>
        <Link href={`/appel/${encodeURIComponent(call.id)}`}>
          {t('organiser.calls.page.publicLink')}
        </Link>
      </p>
      <p className="fr-hint-text fr-text--md">{t('organiser.calls.page.refreshHint')}</p>
      <Button
        type="button"
        priority="secondary"
        iconId="fr-icon-refresh-line"
        onClick={() => {
          setNotice(undefined);
          void reload().then((ok) =>
            setNotice(ok ? { key: 'organiser.calls.page.refreshed' } : undefined),
          );
        }}
      >
        {t('organiser.calls.page.refresh')}
      </Button>
      <ErrorSummary errors={loadErrors} />
      <StatusMessage notice={notice} />
      <ReviewersSection view={view} onChange={reload} />
      <ProgressSection view={view} onChange={reload} />
      <CallApplicationsSection view={view} onChange={reload} />
      <ExportSection view={view} onChange={reload} />
      <DeliveriesSection deliveries={deliveries} />
    </div>
  );
}
