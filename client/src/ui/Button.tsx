// Buttons: the DSFR Button (react-dsfr), re-exported so that features import every control from ui/.
// Use `priority` ("primary" by default, "secondary", "tertiary", "tertiary no outline"), `size`,
// `iconId` with `iconPosition`, `nativeButtonProps` for aria-* and data-*, `type="submit"` in a form,
// or `linkProps` for a link that looks like a button. Several buttons side by side: a list with the
// DSFR's `fr-btns-group` classes (a ButtonsGroup re-export here would load it with every button).

export { Button, type ButtonProps } from '@codegouvfr/react-dsfr/Button';
