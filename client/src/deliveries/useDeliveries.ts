import { useCallback, useEffect, useState } from 'react';
import { ApiError, apiGet } from '../api/apiClient';
import { ErrorCode } from '../../../shared/errors';
import type { DeliveriesReport } from '../../../shared/mail/deliveries';
import { useOrganiserSession } from '../session/organiserSession';

/** A process's or a call's mails, or (administrators) the accounts' invitations and password links. */
export type DeliveryScope = 'process' | 'call' | 'accounts';

export interface Deliveries {
  scope: DeliveryScope;
  /** The API path the deliveries hang from: `/api/processes/<id>`, `/api/calls/<id>` or `/api/accounts`. */
  base: string;
  report: DeliveriesReport | undefined;
  loadFailed: boolean;
  reload: () => Promise<void>;
}

/** How often the console looks again, so that the worker's progress and failures show without a reload. */
export const DELIVERIES_REFRESH_MS = 10_000;

/** The delivery status of a process's or a call's e-mails, kept fresh while the page is open and visible. */
export function useDeliveries(scope: DeliveryScope, id = ''): Deliveries {
  const session = useOrganiserSession();
  const base =
    scope === 'accounts'
      ? '/api/accounts'
      : `/api/${scope === 'process' ? 'processes' : 'calls'}/${encodeURIComponent(id)}`;
  const [report, setReport] = useState<DeliveriesReport | undefined>();
  const [loadFailed, setLoadFailed] = useState(false);

  const reload = useCallback(async () => {
    try {
      setReport(await apiGet<DeliveriesReport>(`${base}/deliveries`));
      setLoadFailed(false);
    } catch (error) {
      if (error instanceof ApiError && error.code === ErrorCode.Unauthenticated) session?.expire();
      setLoadFailed(true);
    }
  }, [base, session]);

  useEffect(() => {
    void reload();
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void reload();
    }, DELIVERIES_REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);

  return { scope, base, report, loadFailed, reload };
}
