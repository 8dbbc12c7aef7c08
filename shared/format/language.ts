// The languages of every human-readable text Kleroterion writes: French first, English available.
// Spec: README.md, "French first"; the client's dictionaries (client/src/i18n/messages.ts) use the same list.

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The BCP 47 locale each language is formatted in (British English: day before month, 24-hour clock). */
export const LOCALES: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };
