import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { LANGUAGES, MESSAGES, format, type Language, type MessageKey } from './messages';

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

/** Holds the interface language (French unless the visitor chose English) and keeps <html lang> in step. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    globalThis.localStorage?.setItem(STORAGE_KEY, next);
  }, []);
  const value = useMemo<I18n>(
    () => ({ language, setLanguage, t: (key, values) => format(MESSAGES[language][key], values) }),
    [language, setLanguage],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
