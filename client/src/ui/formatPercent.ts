// A probability as a percentage in the interface language, with enough digits for small chances.

export const formatPercent = (value: number, language: string): string =>
  new Intl.NumberFormat(language, {
    style: 'percent',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(value);

/** A coefficient between 0 and 1 (Gini) with four decimals, in the interface language (« 0,2779 »). */
export const formatCoefficient = (value: number, language: string): string =>
  new Intl.NumberFormat(language, {
    minimumFractionDigits: 4,
    maximumFractionDigits: 4,
  }).format(value);

/** A count in the interface language, grouped by thousands (« 10 000 », "10,000"). */
export const formatCount = (value: number, language: string): string =>
  new Intl.NumberFormat(language).format(value);
