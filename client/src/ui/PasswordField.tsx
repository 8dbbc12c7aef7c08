import { TextField, type TextFieldProps } from './TextField';

/**
 * A password field: masked, never spell-checked, and named for password managers (`current-password` to
 * sign in, `new-password` to choose one, so that a manager offers to generate and save it). Every other
 * prop is TextField's (label, hint with the minimum length, error, value, onChange…).
 */
export function PasswordField({
  purpose,
  ...field
}: Omit<TextFieldProps, 'type' | 'autoComplete' | 'spellCheck'> & {
  purpose: 'current' | 'new';
}) {
  return (
    <TextField
      {...field}
      type="password"
      autoComplete={purpose === 'current' ? 'current-password' : 'new-password'}
      spellCheck={false}
    />
  );
}
