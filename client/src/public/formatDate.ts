import type { Language } from '../i18n/messages';

/** A date and time in the reader's language, in Paris time (the programme's reference). */
export function formatDate(iso: string | undefined, language: Language): string {
  if (iso === undefined) return '—';
  return (
    new Date(iso).toLocaleString(language === 'fr' ? 'fr-FR' : 'en-GB', {
      timeZone: 'Europe/Paris',
      dateStyle: 'long',
      timeStyle: 'medium',
    }) + ' (Paris)'
  );
}
