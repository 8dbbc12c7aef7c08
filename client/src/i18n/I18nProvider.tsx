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
import { LANGUAGES, format, type Language } from './language';
import type { MessageKey } from './messages';
import { loadMessages } from './loadMessages';

export interface I18n {
  language: Language;
  setLanguage: (language: Language) => void;
  t: (key: MessageKey, values?: Record<string, string | number>) => string;
}

export const I18nContext = createContext<I18n | null>(null);

const STORAGE_KEY = 'kleroterion.language';

function initialLanguage(): Language {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  return (LANGUAGES as readonly string[]).includes(stored ?? '') ? (stored as Language) : 'fr';
}

/**
 * Holds the interface language (French unless the visitor chose English) and keeps <html lang> in step.
 * Nothing renders before the language's dictionary has arrived; a change of language keeps the page in
 * the old one until the new dictionary is there, so no key ever shows untranslated.
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
  const messages = use(loadMessages(language));
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const setLanguage = useCallback((next: Language) => {
    globalThis.localStorage?.setItem(STORAGE_KEY, next);
    // The new dictionary first, then the change, which `use` then reads at once: no render waits, so
    // the page stays as it is meanwhile (the browser build's Preact has no transitions to hold it).
    // A failed download leaves the page in its language; the next choice tries again.
    loadMessages(next).then(
      () => setLanguageState(next),
      () => undefined,
    );
  }, []);
  const value = useMemo<I18n>(
    () => ({ language, setLanguage, t: (key, values) => format(messages[key], values) }),
    [language, setLanguage, messages],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
