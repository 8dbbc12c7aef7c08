import { useCallback, useEffect, useMemo, useState } from 'react';
import { api } from '../api/api';
import { ApiError } from '../api/apiClient';
import { ErrorCode } from '../../../shared/errors';
import type { DeliveriesReport, DeliveryView } from '../../../shared/mail/deliveries';
import { useOrganiserSession } from '../session/organiserSession';

/** A process's or a call's mails, or (administrators) the accounts' invitations and password links. */
export type DeliveryScope = 'process' | 'call' | 'accounts';

export interface Deliveries {
  scope: DeliveryScope;
  /** Queues one of the scope's messages again ("Renvoyer"); resolves with its new status. */
  resend: (deliveryId: number) => Promise<DeliveryView>;
  report: DeliveriesReport | undefined;
  loadFailed: boolean;
  reload: () => Promise<void>;
}

/** How often the console looks again, so that the worker's progress and failures show without a reload. */
export const DELIVERIES_REFRESH_MS = 10_000;

/** The delivery status of a process's or a call's e-mails, kept fresh while the page is open and visible. */
export function useDeliveries(scope: DeliveryScope, id = ''): Deliveries {
  const session = useOrganiserSession();
  const { fetchReport, resend } = useMemo(() => routesOf(scope, id), [scope, id]);
  const [report, setReport] = useState<DeliveriesReport | undefined>();
  const [loadFailed, setLoadFailed] = useState(false);

  const reload = useCallback(async () => {
    try {
      setReport(await fetchReport());
      setLoadFailed(false);
    } catch (error) {
      if (error instanceof ApiError && error.code === ErrorCode.Unauthenticated) session?.expire();
      setLoadFailed(true);
    }
  }, [fetchReport, session]);

  useEffect(() => {
    void reload();
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void reload();
    }, DELIVERIES_REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);

  return { scope, resend, report, loadFailed, reload };
}

/** The contract's routes of one scope: its report, and the resending of one of its messages. */
function routesOf(
  scope: DeliveryScope,
  id: string,
): { fetchReport: () => Promise<DeliveriesReport>; resend: Deliveries['resend'] } {
  const delivery = (deliveryId: number) => String(deliveryId);
  switch (scope) {
    case 'process':
      return {
        fetchReport: () => api('deliveries.process', { params: { id } }),
        resend: (deliveryId) =>
          api('deliveries.processResend', { params: { id, delivery: delivery(deliveryId) } }),
      };
    case 'call':
      return {
        fetchReport: () => api('deliveries.call', { params: { id } }),
        resend: (deliveryId) =>
          api('deliveries.callResend', { params: { id, delivery: delivery(deliveryId) } }),
      };
    case 'accounts':
      return {
        fetchReport: () => api('deliveries.accounts'),
        resend: (deliveryId) =>
          api('deliveries.accountsResend', { params: { delivery: delivery(deliveryId) } }),
      };
  }
}
