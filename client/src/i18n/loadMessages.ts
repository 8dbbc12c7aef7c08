// Each language's dictionary is a chunk of its own, downloaded before the first render in that
// language (the provider waits for it: no untranslated key ever shows) and kept once loaded.

import type { Language } from './language';
import type { MessageKey } from './messages';

export type Messages = Readonly<Record<MessageKey, string>>;

const imports: Record<Language, () => Promise<{ default: Readonly<Record<string, string>> }>> = {
  fr: () => import('virtual:messages/fr'),
  en: () => import('virtual:messages/en'),
};
const loading = new Map<Language, Promise<Messages>>();

/**
 * The dictionary of `language`; the same promise at every call, as React's `use` needs, marked once
 * fulfilled so that `use` reads it without suspending. A failed download is forgotten, so that the
 * next call tries again.
 */
export function loadMessages(language: Language): Promise<Messages> {
  let messages = loading.get(language);
  if (messages === undefined) {
    messages = imports[language]().then(
      (module) => module.default as Messages,
      (error: unknown) => {
        loading.delete(language);
        throw error;
      },
    );
    loading.set(language, messages);
    settleOn(messages);
  }
  return messages;
}

/**
 * Writes the dictionary on its promise once it is there, in the fields React's `use` reads (`status`,
 * `value`; client/src/preact/use.ts reads the same): a page that switches language after the download
 * renders at once instead of suspending for a promise `use` has not seen yet.
 */
function settleOn(messages: Promise<Messages>): void {
  messages.then(
    (value) => Object.assign(messages, { status: 'fulfilled', value }),
    () => undefined,
  );
}
