import type { ComponentProps, ReactNode } from 'react';
import { FieldFrame } from './FieldFrame';
import type { FormError } from './formErrors';

type TextFieldProps = Omit<ComponentProps<'input'>, 'id' | 'aria-describedby' | 'aria-invalid'> & {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: FormError | undefined;
};

/** A labelled input with its hint and its error, both tied to it through aria-describedby. */
export function TextField({ id, label, hint, error, ...input }: TextFieldProps) {
  return (
    <FieldFrame
      id={id}
      label={label}
      hint={hint}
      error={error}
      control={(wiring) => <input {...wiring} {...input} />}
    />
  );
}
