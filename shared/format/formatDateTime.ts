// Dates and times as people read them: in the reader's language, always in Paris time and saying so
// ("4 décembre 2026 à 18:00, heure de Paris"). The programme's deadlines and sessions are French legal
// times, whatever the reader's own time zone. Pure: Intl only, never the clock.

import { LOCALES, type Language } from './language';

/** The reference time zone of every date shown. */
export const TIME_ZONE = 'Europe/Paris';

const ZONE_NAME: Record<Language, string> = { fr: 'heure de Paris', en: 'Paris time' };

type DateInput = string | number | Date;

function toDate(value: DateInput): Date {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a date: ${String(value)}`);
  return date;
}

/**
 * A date and time with its zone: "4 décembre 2026 à 18:00, heure de Paris" / "4 December 2026 at 18:00,
 * Paris time"; `seconds` adds the seconds (drand rounds, log entries).
 * @throws {RangeError} when `value` is not a date.
 */
export function formatDateTime(
  value: DateInput,
  language: Language,
  options: { seconds?: boolean } = {},
): string {
  const text = new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'long',
    timeStyle: options.seconds === true ? 'medium' : 'short',
    timeZone: TIME_ZONE,
  }).format(toDate(value));
  return `${text}, ${ZONE_NAME[language]}`;
}

/**
 * The calendar day in Paris: "4 décembre 2026" / "4 December 2026".
 * @throws {RangeError} when `value` is not a date.
 */
export function formatDay(value: DateInput, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'long',
    timeZone: TIME_ZONE,
  }).format(toDate(value));
}

/**
 * The time of day with its zone: "18:00, heure de Paris" / "18:00, Paris time".
 * @throws {RangeError} when `value` is not a date.
 */
export function formatTime(value: DateInput, language: Language): string {
  const text = new Intl.DateTimeFormat(LOCALES[language], {
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  }).format(toDate(value));
  return `${text}, ${ZONE_NAME[language]}`;
}

/**
 * The Paris calendar day of an instant as YYYY-MM-DD, to group events by the day they happened.
 * @throws {RangeError} when `value` is not a date.
 */
export function parisDayKey(value: DateInput): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: TIME_ZONE,
  }).format(toDate(value));
}

/**
 * A remaining time in words, to the second: "3 h 05 min 09 s", "4 min 12 s", "12 s"; zero or less: "0 s".
 */
export function formatCountdown(milliseconds: number): string {
  const total = Math.max(0, Math.ceil(milliseconds / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  // SI symbols read the same in French and English; no-break spaces keep each figure with its unit.
  if (hours > 0) return `${hours}\u00a0h ${two(minutes)}\u00a0min ${two(seconds)}\u00a0s`;
  if (minutes > 0) return `${minutes}\u00a0min ${two(seconds)}\u00a0s`;
  return `${seconds}\u00a0s`;
}
