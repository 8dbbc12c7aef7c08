// Worst to best, from red through orange and yellow to green, each distinguishable and named in the
// chart's legend and tables. The DSFR's "main" illustration colours, read when the chart is drawn: of
// medium lightness, they stand out on both the light and the dark page.
export const GRADE_COLOURS = [
  'var(--red-marianne-main-472)',
  'var(--orange-terre-battue-main-645)',
  'var(--yellow-moutarde-main-679)',
  'var(--beige-gris-galet-main-702)',
  'var(--green-bourgeon-main-640)',
  'var(--green-emeraude-main-632)',
  'var(--green-archipel-main-557)',
  'var(--blue-cumulus-main-526)',
  'var(--purple-glycine-main-494)',
  'var(--pink-tuile-main-556)',
  'var(--brown-caramel-main-648)',
];
