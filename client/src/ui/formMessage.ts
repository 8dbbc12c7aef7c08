// A message shown by a kit component (a field's error, an error summary's line), kept as message keys so
// that it follows a change of language. Both the console's FormError and the calls' FieldMessage fit it.

import type { I18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';

export interface FormMessage {
  key: MessageKey;
  values?: Record<string, string | number>;
  /** Placeholders filled with other messages, such as a field's label. */
  refs?: Record<string, MessageKey>;
}

/** The message's text in the current language, its refs translated first. */
export function messageText(t: I18n['t'], message: FormMessage): string {
  const refs = Object.fromEntries(
    Object.entries(message.refs ?? {}).map(([name, key]) => [name, t(key)]),
  );
  return t(message.key, { ...message.values, ...refs });
}
