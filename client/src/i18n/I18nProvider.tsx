import {
  createContext,
  Suspense,
  use,
  useCallback,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { LANGUAGES, type Language } from './language';
import type { MessageKey } from './messages';
import { loadAllMessages, loadMessages, preloadLanguage, type Messages } from './loadMessages';
import { translator, type Translate } from './translator';

export interface I18n {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Translate;
}

export const I18nContext = createContext<I18n | null>(null);

/** The dictionaries under the provider: the shell's, and every key once a key was found missing. */
interface Loaded {
  shell: Messages;
  complete: Messages | undefined;
  onMissing: (key: MessageKey) => void;
}
export const LoadedMessagesContext = createContext<Loaded | null>(null);

const STORAGE_KEY = 'kleroterion.language';

function initialLanguage(): Language {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  return (LANGUAGES as readonly string[]).includes(stored ?? '') ? (stored as Language) : 'fr';
}

/**
 * Holds the interface language (French unless the visitor chose English) and keeps <html lang> in step.
 * Nothing renders before the shell's dictionary has arrived in that language (each page waits for its
 * own, PageMessages.tsx); a change of language keeps the page in the old one until the new dictionaries,
 * the shell's and the page's, are there, so no key ever shows untranslated.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  return (
    <Suspense fallback={null}>
      <LoadedI18nProvider>{children}</LoadedI18nProvider>
    </Suspense>
  );
}

function LoadedI18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  const shell = use(loadMessages(language, 'shell'));
  const [complete, setComplete] = useState<{ language: Language; messages: Messages }>();
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const setLanguage = useCallback((next: Language) => {
    // Every area shown so far downloads at once in the new language, then the change, which `use` then
    // reads at once: no render waits, so the page stays as it is meanwhile (the browser build's Preact
    // has no transitions to hold it). A failed download leaves the page in its language; the next
    // choice tries again.
    preloadLanguage(next).then(
      () => setLanguageState(next),
      () => undefined,
    );
    globalThis.localStorage?.setItem(STORAGE_KEY, next);
  }, []);
  const onMissing = useCallback(
    (key: MessageKey) => {
      console.error(`message ${key} missing from the ${language} dictionaries loaded`);
      // Once there, kept: a key that even the complete dictionary lacks asks no further render.
      void loadAllMessages(language).then((messages) =>
        setComplete((known) => (known?.language === language ? known : { language, messages })),
      );
    },
    [language],
  );
  const loaded = useMemo<Loaded>(
    () => ({
      shell,
      complete: complete?.language === language ? complete.messages : undefined,
      onMissing,
    }),
    [shell, complete, language, onMissing],
  );
  const value = useMemo<I18n>(
    () => ({
      language,
      setLanguage,
      t: translator({ ...loaded.complete, ...shell }, onMissing),
    }),
    [language, setLanguage, shell, loaded.complete, onMissing],
  );
  return (
    <LoadedMessagesContext.Provider value={loaded}>
      <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
    </LoadedMessagesContext.Provider>
  );
}
