// Accordions: the DSFR Accordion (react-dsfr), re-exported for features: a `label` that opens
// `children`. For details most readers skip (a verification's technical log, the help of a form).
// Several in a row go inside `<div className={fr.cx('fr-accordions-group')}>`. Never hide an error or
// an action the reader needs in one.

export { Accordion, type AccordionProps } from '@codegouvfr/react-dsfr/Accordion';
