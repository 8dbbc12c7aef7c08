// The state every console form shares: busy flag, error list (for the summary and the fields), success notice.

import { useCallback, useState } from 'react';
import { ApiError } from '../api/apiClient';
import type { MessageKey } from '../i18n/messages';
import { ErrorCode } from '../../../shared/errors';
import { describeApiError, type FormError } from '../ui/formErrors';
import { useOrganiserSession } from './organiserSession';

export interface Notice {
  key: MessageKey;
  values?: Record<string, string | number>;
}

export interface FormState {
  busy: boolean;
  errors: readonly FormError[];
  notice: Notice | undefined;
  setNotice: (notice: Notice | undefined) => void;
  /** Shows client-side validation errors (a new list each time, so the summary takes focus again). */
  fail: (errors: FormError[]) => void;
  /**
   * Runs a request: clears earlier messages, marks the form busy, and turns a failure into errors.
   * `explain` may give field-specific errors for some API errors. Resolves undefined on failure.
   */
  submit: <T>(
    work: () => Promise<T>,
    explain?: (error: ApiError) => FormError[] | undefined,
  ) => Promise<T | undefined>;
  errorFor: (fieldId: string) => FormError | undefined;
}

export function useFormState(): FormState {
  const session = useOrganiserSession();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<readonly FormError[]>([]);
  const [notice, setNotice] = useState<Notice | undefined>();

  const fail = useCallback((next: FormError[]) => {
    setNotice(undefined);
    setErrors(next);
  }, []);

  const submit = useCallback(
    async <T>(
      work: () => Promise<T>,
      explain?: (error: ApiError) => FormError[] | undefined,
    ): Promise<T | undefined> => {
      setErrors([]);
      setNotice(undefined);
      setBusy(true);
      try {
        return await work();
      } catch (error) {
        if (error instanceof ApiError && error.code === ErrorCode.Unauthenticated)
          session?.expire();
        const specific = error instanceof ApiError ? explain?.(error) : undefined;
        setErrors(specific ?? [describeApiError(error)]);
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [session],
  );

  const errorFor = useCallback(
    (fieldId: string) => errors.find((error) => error.fieldId === fieldId),
    [errors],
  );

  return { busy, errors, notice, setNotice, fail, submit, errorFor };
}
