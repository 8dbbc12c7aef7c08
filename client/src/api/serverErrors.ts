// The one way the client words an error from the server, an HTTP answer or a socket acknowledgement
// alike: from its stable code, in the reader's language. The server's English text is never shown.

import { ErrorCode } from '../../../shared/errors';
import type { I18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { ClientErrorCode } from './serverErrorMessages';

const KNOWN: ReadonlySet<string> = new Set<string>([
  ...Object.values(ErrorCode),
  ...Object.values(ClientErrorCode),
]);

/** The message key of an error code; a code this client does not know reads as a plain refusal. */
export function serverErrorKey(code: string): MessageKey {
  return `serverError.${(KNOWN.has(code) ? code : ClientErrorCode.Unknown) as ErrorCode | ClientErrorCode}`;
}

/** The sentence for an error, for the places that hold a string (socket acks, one-line alerts). */
export function serverErrorText(t: I18n['t'], error: { code: string } | undefined): string {
  return t(serverErrorKey(error?.code ?? ClientErrorCode.Unknown));
}
