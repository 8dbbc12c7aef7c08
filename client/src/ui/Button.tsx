// Buttons: the DSFR Button (react-dsfr), re-exported so that features import every control from ui/.
// Use `priority` ("primary" by default, "secondary", "tertiary", "tertiary no outline"), `size`,
// `iconId` with `iconPosition`, `nativeButtonProps` for aria-* and data-*, `type="submit"` in a form,
// or `linkProps` for a link that looks like a button. Several buttons side by side: ButtonsGroup.

export { Button, type ButtonProps } from '@codegouvfr/react-dsfr/Button';
export { ButtonsGroup, type ButtonsGroupProps } from '@codegouvfr/react-dsfr/ButtonsGroup';
