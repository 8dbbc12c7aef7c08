// Loads one API resource for a page: loading, then the data, or why it could not be had. `refresh`
// fetches it again in the background, keeping what is shown until the new answer arrives.

import { useCallback, useEffect, useState } from 'react';
import { ApiError, apiGet } from '../api/apiClient';
import { ClientErrorCode } from '../api/serverErrorMessages';
import { serverErrorKey } from '../api/serverErrors';
import type { MessageKey } from '../i18n/messages';

export type Load<T> =
  | { kind: 'loading' }
  | { kind: 'ready'; data: T }
  /** `key` words the failure from its code, in the reader's language. */
  | { kind: 'failed'; code: string; key: MessageKey };

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
  }, [path, generation]);
  const refresh = useCallback(() => setGeneration((n) => n + 1), []);
  return { load, refresh };
}
