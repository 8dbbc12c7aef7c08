// Session dates of a jury in the reader's language, in Paris time with the zone said in words: the
// sessions happen in France, whatever the reader's own clock or time zone.

import type { Language } from '../i18n/messages';

const LOCALES: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };
const ZONE: Record<Language, string> = { fr: 'heure de Paris', en: 'Paris time' };

const day = (language: Language) =>
  new Intl.DateTimeFormat(LOCALES[language], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Paris',
  });
const time = (language: Language) =>
  new Intl.DateTimeFormat(LOCALES[language], {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Paris',
  });

/** "samedi 7 octobre 2023, 09:00 – 17:00, heure de Paris" (the end's day is named only if it differs). */
export function formatServiceSession(
  session: { startsAt: string; endsAt?: string | undefined },
  language: Language,
): string {
  const start = new Date(session.startsAt);
  const startText = `${day(language).format(start)}, ${time(language).format(start)}`;
  if (session.endsAt === undefined) return `${startText}, ${ZONE[language]}`;
  const end = new Date(session.endsAt);
  const sameDay = day(language).format(start) === day(language).format(end);
  const endText = sameDay
    ? time(language).format(end)
    : `${day(language).format(end)}, ${time(language).format(end)}`;
  return `${startText} – ${endText}, ${ZONE[language]}`;
}

const wallClock = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** The Paris wall-clock time of an instant, as "2026-10-07 09:00" (what parisWallClockToIso reads). */
export const parisWallClock = (instant: string | Date): string =>
  wallClock.format(new Date(instant));

/**
 * The instant a Paris wall-clock time ("2026-10-07 09:00") denotes, as RFC 3339 with its offset, or
 * undefined when the text is not such a time.
 */
export function parisWallClockToIso(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2})[:h](\d{2})$/.exec(text.trim());
  if (match === null) return undefined;
  const [year, month, dayOfMonth, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > 31 || hour > 23 || minute > 59)
    return undefined;
  const wall = Date.UTC(year, month - 1, dayOfMonth, hour, minute);
  // Paris is UTC+1 or UTC+2: take the offset that maps back to the same wall-clock time.
  for (const offsetHours of [2, 1]) {
    const instant = new Date(wall - offsetHours * 3600_000);
    const expected = `${match[1]}-${match[2]}-${match[3]} ${String(hour).padStart(2, '0')}:${match[5]}`;
    if (parisWallClock(instant) === expected)
      return `${match[1]}-${match[2]}-${match[3]}T${String(hour).padStart(2, '0')}:${match[5]}:00+0${offsetHours}:00`;
  }
  return undefined;
}
