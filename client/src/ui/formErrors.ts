// Form errors as message keys (so they follow a language switch), and the mapping of API errors to them.

import { ApiError } from '../api/apiClient';
import { ClientErrorCode } from '../api/serverErrorMessages';
import { serverErrorKey } from '../api/serverErrors';
import type { MessageKey } from '../i18n/messages';

export interface FormError {
  key: MessageKey;
  values?: Record<string, string | number>;
  /** Placeholders filled with other messages (a field's label), so that the text follows the language. */
  refs?: Record<string, MessageKey>;
  /** The input the error is about: the error summary links to it. */
  fieldId?: string;
  /** The server's stable error code, shown to quote when asking for help (never its English text). */
  code?: string;
}

/**
 * Turns anything a request threw into a displayable error, worded from the server's code in the
 * reader's language (see serverErrorMessages.ts); the server's English text is never shown.
 */
export function describeApiError(error: unknown, fieldId?: string): FormError {
  const at = fieldId === undefined ? {} : { fieldId };
  if (error instanceof ApiError) return { key: error.key, ...at };
  // fetch() rejects with a TypeError when the server cannot be reached.
  return {
    key: serverErrorKey(
      error instanceof TypeError ? ClientErrorCode.Network : ClientErrorCode.Unknown,
    ),
    ...at,
  };
}
