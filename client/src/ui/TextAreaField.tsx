import type { ComponentProps, ReactNode } from 'react';
import { FieldFrame } from './FieldFrame';
import type { FormError } from './formErrors';

type TextAreaFieldProps = Omit<
  ComponentProps<'textarea'>,
  'id' | 'aria-describedby' | 'aria-invalid'
> & {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: FormError | undefined;
};

/** A labelled multi-line text box with its hint and its error, both tied to it through aria-describedby. */
export function TextAreaField({ id, label, hint, error, ...textarea }: TextAreaFieldProps) {
  return (
    <FieldFrame
      id={id}
      label={label}
      hint={hint}
      error={error}
      control={(wiring) => <textarea {...wiring} className="prose-input" {...textarea} />}
    />
  );
}
