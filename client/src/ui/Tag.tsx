// Tags: the DSFR Tag (react-dsfr), re-exported for features: a category or keyword (a sector, a lever),
// optionally a link (`linkProps`), a filter (`pressed` with `nativeButtonProps.onClick`) or dismissible.
// Several in a row: TagsGroup. For a status, use a Badge.

export { Tag, type TagProps } from '@codegouvfr/react-dsfr/Tag';
export { TagsGroup, type TagsGroupProps } from '@codegouvfr/react-dsfr/TagsGroup';
