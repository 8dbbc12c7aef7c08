// Loads one API resource for a console page, with reload, errors and the session expiring on 401.

import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/apiClient';
import { api, type JsonRouteId } from '../api/api';
import type { Contract } from '../../../shared/api/contract';
import type { ApiOutput } from '../../../shared/api/route';
import { ErrorCode } from '../../../shared/errors';
import { describeApiError, type FormError } from '../ui/formErrors';
import { useOrganiserSession } from '../session/organiserSession';

/** The answer of a contract route (`useApiData('accounts.list')`), loaded again when its input changes. */
export function useApiData<K extends JsonRouteId>(...args: Parameters<typeof api<K>>) {
  type Answer = ApiOutput<Contract[K]>;
  const session = useOrganiserSession();
  const [value, setValue] = useState<Answer | undefined>();
  const [errors, setErrors] = useState<readonly FormError[]>([]);
  // The route and its input, compared by value: a caller writes its input afresh on every render.
  const key = JSON.stringify(args);
  const latest = useRef(args);
  latest.current = args;
  const load = useCallback(async () => {
    setErrors([]);
    try {
      // `api` is typed per route; here the route is the caller's K, which the call cannot narrow.
      setValue(
        (await (api as (...input: unknown[]) => Promise<unknown>)(...latest.current)) as Answer,
      );
    } catch (error) {
      if (error instanceof ApiError && error.code === ErrorCode.Unauthenticated) session?.expire();
      setErrors([describeApiError(error)]);
    }
    // `key` stands for the arguments, read through `latest`.
  }, [key, session]);
  useEffect(() => {
    void load();
  }, [load]);
  return { value, setValue, errors, load };
}
