// Each message area's dictionary, in each language, is a chunk of its own (messageAreas.ts): the
// shell's is downloaded before the first render, a page's together with the page's own chunk, each in
// the page's language only, and kept once loaded.

import type { Language } from './language';
import type { MessageArea } from './messageAreas';
import type { MessageKey } from './messages';
import loaders from 'virtual:messages/loaders';

/** Some of the keys: an area's dictionary, or the shell's and a page's merged. */
export type Messages = Readonly<Partial<Record<MessageKey, string>>>;

const loading = new Map<string, Promise<Messages>>();

function cached(name: string, load: () => Promise<{ default: Readonly<Record<string, string>> }>) {
  let messages = loading.get(name);
  if (messages === undefined) {
    messages = load().then(
      (module) => module.default as Messages,
      (error: unknown) => {
        loading.delete(name);
        throw error;
      },
    );
    loading.set(name, messages);
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

/**
 * The dictionary of `area` in `language`; the same promise at every call, as React's `use` needs. A
 * failed download is forgotten, so that the next call tries again.
 */
export function loadMessages(language: Language, area: MessageArea): Promise<Messages> {
  const name = `${area}/${language}`;
  const load = loaders[name];
  if (load === undefined) throw new Error(`no message area ${name}`);
  return cached(name, load);
}

/** Every key of `language`: fetched only when a key was missing from the areas loaded (a bug). */
export function loadAllMessages(language: Language): Promise<Messages> {
  return cached(`all/${language}`, loaders[`all/${language}`] as never);
}

/** The areas asked for so far: a change of language fetches them all in the new language at once. */
const areasInUse = new Set<MessageArea>(['shell']);

/** Marks `area` as shown, and starts downloading its dictionary in `language`. */
export function areaMessages(language: Language, area: MessageArea): Promise<Messages> {
  areasInUse.add(area);
  return loadMessages(language, area);
}

/** Downloads, in `language`, every area asked for so far (before a change of language), all at once. */
export async function preloadLanguage(language: Language): Promise<void> {
  await Promise.all([...areasInUse].map((area) => loadMessages(language, area)));
}
