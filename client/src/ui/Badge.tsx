// Badges: the DSFR Badge (react-dsfr), re-exported for features: a short status shown beside a title or
// in a table cell ("Ouvert", "Clos", "En échec"). `severity` ("success", "error", "warning", "info",
// "new") colours it and adds an icon unless `noIcon`; `small` for tables. A badge is never a link.

export { Badge, type BadgeProps } from '@codegouvfr/react-dsfr/Badge';
