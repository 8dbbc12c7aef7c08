// A probability as a percentage in the interface language, with enough digits for small chances.

export const formatPercent = (value: number, language: string): string =>
  new Intl.NumberFormat(language, {
    style: 'percent',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(value);
