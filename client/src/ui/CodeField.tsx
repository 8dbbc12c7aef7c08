import { TextField, type TextFieldProps } from './TextField';

/**
 * A one-time code field (an authenticator app's 6 digits): `one-time-code` so that a phone offers the code
 * it received, never spell-checked, and the digit keypad on a phone, unless the field also accepts a
 * recovery code (letters and dashes), which the digit keypad cannot type. Every other prop is TextField's.
 */
export function CodeField({
  isRecoveryCodeAccepted = false,
  ...field
}: Omit<TextFieldProps, 'type' | 'autoComplete' | 'inputMode' | 'spellCheck'> & {
  isRecoveryCodeAccepted?: boolean;
}) {
  return (
    <TextField
      {...field}
      type="text"
      autoComplete="one-time-code"
      inputMode={isRecoveryCodeAccepted ? 'text' : 'numeric'}
      spellCheck={false}
      autoCapitalize="off"
    />
  );
}
