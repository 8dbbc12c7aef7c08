// A date and time in the reader's language, in Paris time: the call's deadlines are French legal times,
// whatever the reader's own time zone.

import type { Language } from '../i18n/messages';

const LOCALES: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

export function formatParisDate(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  }).format(new Date(iso));
}
