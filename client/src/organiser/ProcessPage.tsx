import { useCallback, useEffect, useState } from 'react';
import { ApiError, apiGet } from '../api/apiClient';
import { useI18n } from '../i18n/useI18n';
import { useProcessEvents } from '../realtime/useProcessEvents';
import { Link } from '../routing/Link';
import { ErrorCode } from '../../../shared/errors';
import { ProcessStatus, type ProcessState } from '../../../shared/process/processState';
import { processStage } from '../../../shared/process/processStage';
import { CeremonySteps } from './CeremonySteps';
import { DossiersSection } from '../room/DossiersSection';
import { DemoSection } from '../demo/DemoSection';
import { FacilitatorsSection } from '../accounts/FacilitatorsSection';
import { DrawPreparation } from './DrawPreparation';
import { DrawSection } from './DrawSection';
import { ErrorSummary } from '../ui/ErrorSummary';
import { describeApiError, type FormError } from '../ui/formErrors';
import { InvitationsSection } from './InvitationsSection';
import { OrganiserSecretPanel } from './OrganiserSecretPanel';
import { useOrganiserSession } from '../session/organiserSession';
import { ResultsSection } from './ResultsSection';
import { RevealSection } from './RevealSection';
import { SeatsSection } from './SeatsSection';
import { SettingsSection } from './SettingsSection';
import { SignOutButton } from '../session/SignOutButton';
import { hasReached } from './statusKeys';
import { StatusMessage } from '../ui/StatusMessage';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { VolunteersSection } from './VolunteersSection';
import { DeliveriesSection } from '../deliveries/DeliveriesSection';
import { DeliveryFailureAlert } from '../deliveries/DeliveryFailureAlert';
import { useDeliveries } from '../deliveries/useDeliveries';

/** One process: its ceremony step by step, showing only the actions its status allows. */
export function ProcessPage({ processId }: { processId: string }) {
  const { t } = useI18n();
  const session = useOrganiserSession();
  const [state, setState] = useState<ProcessState | undefined>();
  const [loadErrors, setLoadErrors] = useState<readonly FormError[]>([]);
  const [refreshFailed, setRefreshFailed] = useState(false);
  /** Returned once by the commit; kept in memory only until the organiser dismisses it. */
  const [secret, setSecret] = useState<string | undefined>();
  const deliveries = useDeliveries('process', processId);
  // Each event of the process may queue mail (receipts at the commitment, invitations): look again.
  const reloadDeliveries = deliveries.reload;
  const lastSeq = state?.lastSeq;
  useEffect(() => {
    if (lastSeq !== undefined) void reloadDeliveries();
  }, [lastSeq, reloadDeliveries]);
  useDocumentTitle(state?.settings.title ?? t('organiser.process.loading'));

  // An action's answer and the reload its broadcast triggers can arrive in either order: keep the newest.
  const accept = useCallback((next: ProcessState) => {
    setState((current) =>
      current !== undefined && current.lastSeq > next.lastSeq ? current : next,
    );
  }, []);

  const reload = useCallback(async () => {
    try {
      accept(await apiGet<ProcessState>(`/api/processes/${encodeURIComponent(processId)}`));
      setRefreshFailed(false);
    } catch (error) {
      if (error instanceof ApiError && error.code === ErrorCode.Unauthenticated) session?.expire();
      setRefreshFailed(true);
      setLoadErrors([describeApiError(error)]);
    }
  }, [processId, accept, session]);

  useEffect(() => {
    void reload();
  }, [reload]);
  useProcessEvents(processId, () => void reload());

  if (state === undefined)
    return (
      <div className="organiser">
        <p>
          <Link href="/organiser">{t('organiser.backToList')}</Link>
        </p>
        {loadErrors.length === 0 ? (
          <>
            <h1>{t('organiser.process.loading')}</h1>
            <p role="status">{t('organiser.loading')}</p>
          </>
        ) : (
          <>
            <h1>{t('organiser.process.unavailable')}</h1>
            <ErrorSummary errors={loadErrors} />
          </>
        )}
      </div>
    );

  const { status } = state;
  return (
    <div className="organiser">
      <div className="organiser-toolbar">
        <Link href="/organiser">{t('organiser.backToList')}</Link>
        <SignOutButton />
      </div>
      <h1>{state.settings.title}</h1>
      <DeliveryFailureAlert report={deliveries.report} />
      <p>
        <Link href={`/p/${encodeURIComponent(state.id)}`}>{t('organiser.process.publicLink')}</Link>
      </p>
      {(state.status === 'drawn' || state.status === 'invitations') && (
        <p>
          <Link href={`/salle/${encodeURIComponent(state.id)}`}>{t('room.facilitate')}</Link>
        </p>
      )}
      <p className="hint">{t('organiser.requiredNote')}</p>
      <StatusMessage
        notice={refreshFailed ? { key: 'organiser.process.refreshFailed' } : undefined}
      />
      {refreshFailed && (
        <button type="button" className="button-secondary" onClick={() => void reload()}>
          {t('organiser.retry')}
        </button>
      )}
      <CeremonySteps stage={processStage(state)} />
      <DemoSection state={state} onChange={accept} />
      {secret !== undefined && (
        <OrganiserSecretPanel
          processId={state.id}
          secret={secret}
          onDismiss={() => setSecret(undefined)}
        />
      )}
      <SettingsSection state={state} onChange={accept} />
      <VolunteersSection state={state} onChange={accept} />
      <DrawPreparation
        state={state}
        onCommitted={(next, organiserSecret) => {
          accept(next);
          setSecret(organiserSecret);
        }}
      />
      {hasReached(status, ProcessStatus.Committed) && (
        <RevealSection state={state} onChange={accept} />
      )}
      {hasReached(status, ProcessStatus.Revealed) && (
        <DrawSection state={state} onChange={accept} />
      )}
      {hasReached(status, ProcessStatus.Drawn) && (
        <>
          <InvitationsSection state={state} onChange={accept} />
          <SeatsSection state={state} />
        </>
      )}
      <DossiersSection state={state} onChange={accept} />
      <FacilitatorsSection processId={state.id} />
      {state.room !== undefined && <ResultsSection state={state} onChange={accept} />}
      <DeliveriesSection deliveries={deliveries} />
    </div>
  );
}
