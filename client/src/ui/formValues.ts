// Parsing of form text into values, with the error to show when it does not fit.

import type { FormError } from './formErrors';

/** A whole number in [min, max], or the error for the field. */
export function parseInteger(
  text: string,
  range: { min: number; max: number },
  field: string,
  fieldId: string,
): number | FormError {
  const trimmed = text.trim();
  const value = /^\d{1,9}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  if (trimmed === '') return { key: 'organiser.field.required', values: { field }, fieldId };
  if (!Number.isInteger(value) || value < range.min || value > range.max)
    return { key: 'organiser.field.integer', values: { field, ...range }, fieldId };
  return value;
}

/** Trimmed text of 1 to `max` characters, or the error for the field. */
export function parseText(
  text: string,
  max: number,
  field: string,
  fieldId: string,
): string | FormError {
  const trimmed = text.trim();
  if (trimmed === '') return { key: 'organiser.field.required', values: { field }, fieldId };
  if (trimmed.length > max)
    return { key: 'organiser.field.tooLong', values: { field, max }, fieldId };
  return trimmed;
}

/** The instant of an <input type="datetime-local"> (the browser's time zone), as an ISO string, or the error. */
export function parseLocalDateTime(
  text: string,
  field: string,
  fieldId: string,
): string | FormError {
  if (text.trim() === '') return { key: 'organiser.field.required', values: { field }, fieldId };
  const instant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text.trim())
    ? new Date(text.trim())
    : new Date(Number.NaN);
  if (Number.isNaN(instant.getTime()))
    return { key: 'organiser.field.dateTime', values: { field }, fieldId };
  return instant.toISOString();
}

export function isFormError(value: unknown): value is FormError {
  return typeof value === 'object' && value !== null && 'key' in value;
}
