import type { ComponentProps, ReactNode } from 'react';
import { FieldFrame } from '../ui/FieldFrame';
import type { FormError } from '../ui/formErrors';

type SelectFieldProps = Omit<
  ComponentProps<'select'>,
  'id' | 'aria-describedby' | 'aria-invalid'
> & {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: FormError | undefined;
  /** The first, empty option: what to do ("Choose…"). */
  placeholder: string;
  options: readonly { value: string; label: string }[];
};

/** A labelled drop-down list with its hint and its error, both tied to it through aria-describedby. */
export function SelectField({
  id,
  label,
  hint,
  error,
  placeholder,
  options,
  ...select
}: SelectFieldProps) {
  return (
    <FieldFrame
      id={id}
      label={label}
      hint={hint}
      error={error}
      control={(wiring) => (
        <select className="fr-select" {...wiring} {...select}>
          <option value="">{placeholder}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    />
  );
}
