// Dates and times in the interface language, in the browser's time zone (with the zone when precision matters).

import type { Language } from '../i18n/messages';

const LOCALES: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

export function formatDateTime(
  value: string | number | Date,
  language: Language,
  precise = false,
): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'long',
    timeStyle: precise ? 'long' : 'short',
  }).format(new Date(value));
}
