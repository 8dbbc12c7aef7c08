// What a reviewer reads when the server refuses a request made through their private link.

import type { ApiError } from '../api/apiClient';
import { ErrorCode } from '../../../shared/errors';
import type { FormError } from '../ui/formErrors';

/** Field-free explanations of the refusals a reviewer can meet; undefined leaves the generic message. */
export function explainReviewerError(error: ApiError): FormError[] | undefined {
  switch (error.code) {
    case ErrorCode.TokenInvalid:
      return [{ key: 'review.error.tokenInvalid' }];
    case ErrorCode.Forbidden:
      return [{ key: 'review.error.forbidden' }];
    case ErrorCode.TransitionRefused:
      return [{ key: 'review.error.refused' }];
    default:
      return undefined;
  }
}
