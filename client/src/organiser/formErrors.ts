// Form errors as message keys (so they follow a language switch), and the mapping of API errors to them.

import { ApiError } from '../api/apiClient';
import type { MessageKey } from '../i18n/messages';
import { ErrorCode } from '../../../shared/errors';

export interface FormError {
  key: MessageKey;
  values?: Record<string, string | number>;
  /** The server's own explanation, in English, shown after the translated message. */
  detail?: string;
  /** The input the error is about: the error summary links to it. */
  fieldId?: string;
}

/** Codes whose translated message says everything: the server's English text would add nothing. */
const SELF_EXPLANATORY: Partial<Record<string, MessageKey>> = {
  NETWORK: 'organiser.apiError.network',
  NOT_JSON: 'organiser.apiError.notJson',
  [ErrorCode.RateLimited]: 'organiser.apiError.rateLimited',
  [ErrorCode.BadCredentials]: 'organiser.apiError.badCredentials',
  [ErrorCode.Unauthenticated]: 'organiser.apiError.unauthenticated',
  [ErrorCode.PasswordAlreadySet]: 'organiser.apiError.passwordAlreadySet',
  [ErrorCode.AlreadyDrawn]: 'organiser.apiError.alreadyDrawn',
  [ErrorCode.UploadTooLarge]: 'organiser.apiError.uploadTooLarge',
  [ErrorCode.OriginRefused]: 'organiser.apiError.originRefused',
  [ErrorCode.ProcessNotFound]: 'organiser.apiError.processNotFound',
  [ErrorCode.DrandDelayTooShort]: 'drand.delayRefused',
};

/** Codes with a translated lead-in, followed by the server's detail. */
const WITH_DETAIL: Partial<Record<string, MessageKey>> = {
  [ErrorCode.ValidationFailed]: 'organiser.apiError.validation',
  [ErrorCode.TransitionRefused]: 'organiser.apiError.transition',
  [ErrorCode.RevealMismatch]: 'organiser.apiError.revealMismatch',
  [ErrorCode.BeaconInvalid]: 'organiser.apiError.beaconInvalid',
  [ErrorCode.CsvInvalid]: 'organiser.apiError.csvInvalid',
  [ErrorCode.DrandUnavailable]: 'organiser.apiError.drandUnavailable',
};

/** Turns anything a request threw into a displayable error. */
export function describeApiError(error: unknown, fieldId?: string): FormError {
  const at = fieldId === undefined ? {} : { fieldId };
  if (!(error instanceof ApiError))
    return {
      key: 'organiser.apiError.unexpected',
      detail: error instanceof Error ? error.message : String(error),
      ...at,
    };
  const plain = SELF_EXPLANATORY[error.code];
  if (plain !== undefined) return { key: plain, ...at };
  return {
    key: WITH_DETAIL[error.code] ?? 'organiser.apiError.other',
    detail: error.message,
    ...at,
  };
}
