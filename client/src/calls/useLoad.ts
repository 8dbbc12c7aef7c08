// Loads one API resource for a page: loading, then the data, or why it could not be had. `refresh`
// fetches it again in the background, keeping what is shown until the new answer arrives. The page gives
// the call (`api(routeId, input)`) and the key it depends on (the call's or the link's id).

import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/apiClient';
import { ClientErrorCode } from '../api/serverErrorMessages';
import { serverErrorKey } from '../api/serverErrors';
import type { MessageKey } from '../i18n/messages';

export type Load<T> =
  | { kind: 'loading' }
  | { kind: 'ready'; data: T }
  /** `key` words the failure from its code, in the reader's language. */
  | { kind: 'failed'; code: string; key: MessageKey };

export function useLoad<T>(
  fetchData: () => Promise<T>,
  key: string,
): { load: Load<T>; refresh: () => void } {
  const [load, setLoad] = useState<Load<T>>({ kind: 'loading' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let isCurrent = true;
    fetchData()
      .then((data) => isCurrent && setLoad({ kind: 'ready', data }))
      .catch((error: unknown) => {
        if (!isCurrent) return;
        setLoad(
          error instanceof ApiError
            ? { kind: 'failed', code: error.code, key: error.key }
            : {
                kind: 'failed',
                code: ClientErrorCode.Network,
                key: serverErrorKey(ClientErrorCode.Network),
              },
        );
      });
    return () => {
      isCurrent = false;
    };
    // fetchData is the page's call for this key: a new key is a new resource, a new function is not.
  }, [key, generation]);
  const refresh = useCallback(() => setGeneration((n) => n + 1), []);
  return { load, refresh };
}
