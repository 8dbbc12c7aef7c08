// Errors of the results section: the translated lead-in, then the server's code and message verbatim,
// so that an organiser can quote both when asking for help.

import { ApiError } from '../api/apiClient';
import { describeApiError, type FormError } from './formErrors';

export function describeWithCode(error: unknown, fieldId?: string): FormError {
  const described = describeApiError(error, fieldId);
  return error instanceof ApiError
    ? { ...described, detail: `${error.code} — ${error.message}` }
    : described;
}
