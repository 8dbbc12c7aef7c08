// Cards: the DSFR Card (react-dsfr), re-exported for features: an entry point to a page (a process in a
// list, a call), with `title`, `desc`, `linkProps` (the whole card is then the link), optional
// `badges`, `start`/`end` details and `footer`. Put cards in `fr-grid-row fr-grid-row--gutters` columns.

export { Card, type CardProps } from '@codegouvfr/react-dsfr/Card';
