import { useCallback, useEffect, useState } from 'react';
import { api } from './api';
import { ApiError } from './apiClient';
import { ClientErrorCode } from './serverErrorMessages';
import { serverErrorKey } from './serverErrors';
import type { MessageKey } from '../i18n/messages';
import type { WithheldResults } from '../../../shared/deliberation/confidentiality';
import type { ResultsView } from '../../../shared/scoring/resultsView';

export type ResultsLoad =
  | { kind: 'loading' }
  | { kind: 'ready'; view: ResultsView }
  /** A confidential deliberation in progress: counts only, until publication. */
  | { kind: 'withheld'; view: WithheldResults }
  | { kind: 'absent' }
  /** `key` words the failure from its code, in the reader's language. */
  | { kind: 'failed'; key: MessageKey };

/** Loads a process's public results; `absent` before deliberation opens or for an unknown process. */
export function useResults(processId: string): { load: ResultsLoad; reload: () => void } {
  const [load, setLoad] = useState<ResultsLoad>({ kind: 'loading' });
  const fetchResults = useCallback(async () => {
    try {
      const view = await api('results.get', { params: { id: processId } });
      setLoad('withheld' in view ? { kind: 'withheld', view } : { kind: 'ready', view });
    } catch (error) {
      if (error instanceof ApiError && (error.status === 404 || error.code === 'NOT_FOUND'))
        setLoad({ kind: 'absent' });
      else
        setLoad({
          kind: 'failed',
          key: error instanceof ApiError ? error.key : serverErrorKey(ClientErrorCode.Network),
        });
    }
  }, [processId]);
  useEffect(() => {
    void fetchResults();
  }, [fetchResults]);
  return { load, reload: () => void fetchResults() };
}
