// Loads one API resource for a page: loading, then the data, or why it could not be had. `refresh`
// fetches it again in the background, keeping what is shown until the new answer arrives.

import { useCallback, useEffect, useState } from 'react';
import { ApiError, apiGet } from '../api/apiClient';

export type Load<T> =
  | { kind: 'loading' }
  | { kind: 'ready'; data: T }
  | { kind: 'failed'; code: string; message: string };

export function useLoad<T>(path: string): { load: Load<T>; refresh: () => void } {
  const [load, setLoad] = useState<Load<T>>({ kind: 'loading' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let isCurrent = true;
    apiGet<T>(path)
      .then((data) => isCurrent && setLoad({ kind: 'ready', data }))
      .catch((error: unknown) => {
        if (!isCurrent) return;
        setLoad(
          error instanceof ApiError
            ? { kind: 'failed', code: error.code, message: error.message }
            : { kind: 'failed', code: 'NETWORK', message: String(error) },
        );
      });
    return () => {
      isCurrent = false;
    };
  }, [path, generation]);
  const refresh = useCallback(() => setGeneration((n) => n + 1), []);
  return { load, refresh };
}
