// Errors of the results section: the translated message, then the server's stable code, so that an
// organiser can quote it when asking for help.

import { ApiError } from '../api/apiClient';
import { describeApiError, type FormError } from '../ui/formErrors';

export function describeWithCode(error: unknown, fieldId?: string): FormError {
  const described = describeApiError(error, fieldId);
  return error instanceof ApiError ? { ...described, code: error.code } : described;
}
