// A message about the form, kept as message keys so that it follows a change of language, and the
// field it is about (the error summary links to that field, and the field repeats the message).

import type { I18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';

export interface FieldMessage {
  /** The problem's field ("email", "charter.network"); absent when the whole submission failed. */
  field?: string;
  key: MessageKey;
  values?: Record<string, string | number>;
  /** Placeholders filled with other messages, such as the field's label. */
  refs?: Record<string, MessageKey>;
}

export function messageText(t: I18n['t'], message: FieldMessage): string {
  const refs = Object.fromEntries(
    Object.entries(message.refs ?? {}).map(([name, key]) => [name, t(key)]),
  );
  return t(message.key, { ...message.values, ...refs });
}
