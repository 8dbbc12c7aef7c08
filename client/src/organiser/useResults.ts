// Loads the results and the organiser's z-score column, again each time the process's log grows
// (`version` is its last sequence number), so every action and every reveal shows at once.

import { useEffect, useState } from 'react';
import { api } from '../api/api';
import { ApiError } from '../api/apiClient';
import { ErrorCode } from '../../../shared/errors';
import type { FormError } from '../ui/formErrors';
import { describeWithCode } from './resultErrors';
import type { ProcessResults, ZScoreTop } from './resultsTypes';

export type ResultsLoad =
  | { kind: 'loading' }
  | { kind: 'not-started' }
  | { kind: 'failed'; error: FormError }
  | { kind: 'loaded'; results: ProcessResults; zScore: ZScoreTop };

export function useResults(processId: string, version: number): ResultsLoad {
  const [load, setLoad] = useState<ResultsLoad>({ kind: 'loading' });
  useEffect(() => {
    let isCurrent = true;
    const params = { id: processId };
    Promise.all([api('results.get', { params }), api('results.zScore', { params })])
      .then(([results, zScore]) => {
        // The organiser's session reads the live results; only the public gets them withheld.
        if ('withheld' in results)
          throw new ApiError(
            ErrorCode.Forbidden,
            'the results are withheld from this session',
            403,
          );
        if (isCurrent) setLoad({ kind: 'loaded', results, zScore });
      })
      .catch((error: unknown) => {
        if (!isCurrent) return;
        // Before the room opens the endpoint answers 404: there is nothing to show yet.
        const notStarted = error instanceof ApiError && error.code === ErrorCode.NotFound;
        setLoad(
          notStarted ? { kind: 'not-started' } : { kind: 'failed', error: describeWithCode(error) },
        );
      });
    return () => {
      isCurrent = false;
    };
  }, [processId, version]);
  return load;
}
