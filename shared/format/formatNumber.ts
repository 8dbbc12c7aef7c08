// Numbers as people read them in each language: "2 000" and "0,5" in French, "2,000" and "0.5" in English.
// Pure: Intl only.

import { LOCALES, type Language } from './language';

/** A number in the reader's language; French groups thousands with a narrow no-break space. */
export function formatNumber(
  value: number,
  language: Language,
  options: Intl.NumberFormatOptions = {},
): string {
  return new Intl.NumberFormat(LOCALES[language], options).format(value);
}
