// Worst to best, from red to green, each distinguishable and named in the chart's legend and tables.
export const GRADE_COLOURS = [
  '#a3000f',
  '#d64d00',
  '#b88600',
  '#7a7a7a',
  '#4f8a10',
  '#2e7d32',
  '#1b5e20',
  '#0b4f8a',
  '#4a148c',
  '#880e4f',
  '#37474f',
];
