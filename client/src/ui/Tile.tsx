// Tiles: the DSFR Tile (react-dsfr), re-exported for features: a short, link-like entry with a title, a
// description and an optional pictogram (`pictogram`), for the home page's few destinations or a
// console's main sections. Put tiles in `fr-grid-row fr-grid-row--gutters` columns.

export { Tile, type TileProps } from '@codegouvfr/react-dsfr/Tile';
