import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/apiClient';
import { useI18n } from '../i18n/useI18n';
import { useFoldedProcess } from '../realtime/useFoldedProcess';
import { Link } from '../routing/Link';
import { ErrorCode } from '../../../shared/errors';
import { ProcessStatus, type ProcessState } from '../../../shared/process/processState';
import { processStage } from '../../../shared/process/processStage';
import { CeremonySteps } from '../organiser/CeremonySteps';
import { ConsoleBreadcrumb } from '../organiser/ConsoleBreadcrumb';
import { ProcessSectionsMenu, type ProcessSection } from '../organiser/ProcessSectionsMenu';
import { DossiersSection } from '../room/DossiersSection';
import { DemoSection } from '../demo/DemoSection';
import { FacilitatorsSection } from '../accounts/FacilitatorsSection';
import { DrawPreparation } from '../organiser/DrawPreparation';
import { DrawSection } from '../organiser/DrawSection';
import { ErrorSummary } from '../ui/ErrorSummary';
import { describeApiError, type FormError } from '../ui/formErrors';
import { InvitationsSection } from '../organiser/InvitationsSection';
import { OrganiserSecretPanel } from '../organiser/OrganiserSecretPanel';
import { useOrganiserSession } from '../session/organiserSession';
import { ResultsSection } from '../organiser/ResultsSection';
import { RevealSection } from '../organiser/RevealSection';
import { SeatsSection } from '../organiser/SeatsSection';
import { SettingsSection } from '../organiser/SettingsSection';
import { SignOutButton } from '../session/SignOutButton';
import { hasReached } from '../i18n/statusKeys';
import { StatusMessage } from '../ui/StatusMessage';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { VolunteersSection } from '../organiser/VolunteersSection';
import { DeliveriesSection } from '../deliveries/DeliveriesSection';
import { DeliveryFailureAlert } from '../deliveries/DeliveryFailureAlert';
import { useDeliveries } from '../deliveries/useDeliveries';
import { api } from '../api/api';

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
  useDocumentTitle(
    state === undefined
      ? t('organiser.process.loading')
      : t('console.process.pageTitle', { process: state.settings.title }),
  );

  // An action's answer, a folded push and a fetch can arrive in any order: keep the newest.
  const accept = useCallback((next: ProcessState) => {
    setState((current) =>
      current !== undefined && current.lastSeq > next.lastSeq ? current : next,
    );
  }, []);

  const reload = useCallback(async () => {
    try {
      accept(await api('processes.get', { params: { id: processId } }));
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
  // Pushed events are folded onto the state with the shared reducer; the state is fetched again only when
  // they cannot be (withheld during a confidential deliberation, a gap, a missed reconnection).
  useFoldedProcess(processId, state, accept, () => void reload());

  if (state === undefined)
    return (
      <div className="organiser">
        <ConsoleBreadcrumb current={t('organiser.process.loading')} />
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
  const hasDrawn = hasReached(status, ProcessStatus.Drawn);
  const sections: readonly ProcessSection[] = [
    { id: 'section-settings', label: 'console.menu.settings' },
    { id: 'section-volunteers', label: 'console.menu.volunteers' },
    { id: 'section-commit', label: 'console.menu.commit' },
    ...(hasReached(status, ProcessStatus.Committed)
      ? [{ id: 'section-reveal', label: 'console.menu.reveal' } as const]
      : []),
    ...(hasReached(status, ProcessStatus.Revealed)
      ? [{ id: 'section-draw', label: 'console.menu.draw' } as const]
      : []),
    ...(hasDrawn
      ? [{ id: 'section-invitations', label: 'console.menu.invitations' } as const]
      : []),
    { id: 'section-dossiers', label: 'console.menu.dossiers' },
    { id: 'section-facilitators', label: 'console.menu.facilitators' },
    ...(state.room === undefined
      ? []
      : [{ id: 'section-results', label: 'console.menu.results' } as const]),
    { id: 'section-deliveries', label: 'console.menu.deliveries' },
  ];
  return (
    <div className="organiser">
      <ConsoleBreadcrumb current={state.settings.title} />
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-3">
          <ProcessSectionsMenu sections={sections} />
        </div>
        <div className="fr-col-12 fr-col-md-9 process-content">
          <div className="organiser-toolbar">
            <h1 className="fr-mb-0">{state.settings.title}</h1>
            <SignOutButton />
          </div>
          <DeliveryFailureAlert report={deliveries.report} />
          <ul className="fr-raw-list process-links">
            <li>
              <Link
                className="fr-link fr-icon-external-link-line fr-link--icon-right"
                href={`/p/${encodeURIComponent(state.id)}`}
              >
                {t('organiser.process.publicLink')}
              </Link>
            </li>
            {(state.status === 'drawn' || state.status === 'invitations') && (
              <li>
                <Link
                  className="fr-link fr-icon-arrow-right-line fr-link--icon-right"
                  href={`/salle/${encodeURIComponent(state.id)}`}
                >
                  {t('room.facilitate')}
                </Link>
              </li>
            )}
          </ul>
          <StatusMessage
            notice={refreshFailed ? { key: 'organiser.process.refreshFailed' } : undefined}
          />
          {refreshFailed && (
            <button
              type="button"
              className="fr-btn fr-btn--secondary"
              onClick={() => void reload()}
            >
              {t('organiser.retry')}
            </button>
          )}
          <CeremonySteps stage={processStage(state)} />
          <p className="hint">{t('organiser.requiredNote')}</p>
          <DemoSection state={state} onChange={accept} />
          {secret !== undefined && (
            <OrganiserSecretPanel
              processId={state.id}
              secret={secret}
              onDismiss={() => setSecret(undefined)}
            />
          )}
          <div id="section-settings" tabIndex={-1}>
            <SettingsSection state={state} onChange={accept} />
          </div>
          <div id="section-volunteers" tabIndex={-1}>
            <VolunteersSection state={state} onChange={accept} />
          </div>
          <div id="section-commit" tabIndex={-1}>
            <DrawPreparation
              state={state}
              onCommitted={(next, organiserSecret) => {
                accept(next);
                setSecret(organiserSecret);
              }}
            />
          </div>
          {hasReached(status, ProcessStatus.Committed) && (
            <div id="section-reveal" tabIndex={-1}>
              <RevealSection state={state} onChange={accept} />
            </div>
          )}
          {hasReached(status, ProcessStatus.Revealed) && (
            <div id="section-draw" tabIndex={-1}>
              <DrawSection state={state} onChange={accept} />
            </div>
          )}
          {hasDrawn && (
            <div id="section-invitations" tabIndex={-1}>
              <InvitationsSection state={state} onChange={accept} />
              <SeatsSection state={state} />
            </div>
          )}
          <div id="section-dossiers" tabIndex={-1}>
            <DossiersSection state={state} onChange={accept} />
          </div>
          <div id="section-facilitators" tabIndex={-1}>
            <FacilitatorsSection processId={state.id} />
          </div>
          {state.room !== undefined && (
            <div id="section-results" tabIndex={-1}>
              <ResultsSection state={state} onChange={accept} />
            </div>
          )}
          <div id="section-deliveries" tabIndex={-1}>
            <DeliveriesSection deliveries={deliveries} />
          </div>
        </div>
      </div>
    </div>
  );
}
