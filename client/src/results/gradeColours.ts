// Worst to best, from red through yellow to green, each distinguishable and named in the chart's legend
// and tables. DSFR colour tokens, read when the chart is drawn, so that they follow the light or dark
// scheme (the "high" shades are dark on a light page and light on a dark one).
export const GRADE_COLOURS = [
  'var(--background-flat-error)',
  'var(--background-action-high-orange-terre-battue)',
  'var(--background-action-high-yellow-moutarde)',
  'var(--background-action-high-beige-gris-galet)',
  'var(--background-action-high-green-bourgeon)',
  'var(--background-action-high-green-emeraude)',
  'var(--background-action-high-green-archipel)',
  'var(--background-action-high-blue-ecume)',
  'var(--background-action-high-purple-glycine)',
  'var(--background-action-high-pink-tuile)',
  'var(--background-action-high-brown-cafe-creme)',
];
