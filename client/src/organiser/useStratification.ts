// The process's stratified option as the console sees it: loaded when the pool exists, reloaded when the
// process changes, and polled once a second while the lottery is being computed.

import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/api';
import type { ProcessState } from '../../../shared/process/processState';
import { JobStatus, type StratificationView } from '../../../shared/stratify/stratificationView';
import { describeApiError, type FormError } from '../ui/formErrors';

const POLL_MS = 1000;

export interface StratificationHandle {
  view: StratificationView | undefined;
  loadError: FormError | undefined;
  setView: (view: StratificationView) => void;
  reload: () => Promise<void>;
}

export function useStratification(state: ProcessState): StratificationHandle {
  const [view, setView] = useState<StratificationView | undefined>();
  const [loadError, setLoadError] = useState<FormError | undefined>();
  const hasPool = state.pool !== undefined;
  const reload = useCallback(async () => {
    try {
      setView(await api('stratification.get', { params: { id: state.id } }));
      setLoadError(undefined);
    } catch (error) {
      setLoadError(describeApiError(error));
    }
  }, [state.id]);

  useEffect(() => {
    if (hasPool) void reload();
  }, [reload, hasPool, state.status, state.pool?.root]);

  const isRunning = view?.job.status === JobStatus.Running;
  useEffect(() => {
    if (!isRunning) return undefined;
    const timer = setInterval(() => void reload(), POLL_MS);
    return () => clearInterval(timer);
  }, [isRunning, reload]);

  return { view, loadError, setView, reload };
}
