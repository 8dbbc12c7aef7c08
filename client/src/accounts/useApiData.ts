// Loads one API resource for a console page, with reload, errors and the session expiring on 401.

import { useCallback, useEffect, useState } from 'react';
import { ApiError, apiGet } from '../api/apiClient';
import { ErrorCode } from '../../../shared/errors';
import { describeApiError, type FormError } from '../ui/formErrors';
import { useOrganiserSession } from '../session/organiserSession';

export function useApiData<T>(path: string) {
  const session = useOrganiserSession();
  const [value, setValue] = useState<T | undefined>();
  const [errors, setErrors] = useState<readonly FormError[]>([]);
  const load = useCallback(async () => {
    setErrors([]);
    try {
      setValue(await apiGet<T>(path));
    } catch (error) {
      if (error instanceof ApiError && error.code === ErrorCode.Unauthenticated) session?.expire();
      setErrors([describeApiError(error)]);
    }
  }, [path, session]);
  useEffect(() => {
    void load();
  }, [load]);
  return { value, setValue, errors, load };
}
