import type { ComponentProps, ReactNode } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { classNames } from './classNames';
import { FieldFrame, type Requirement } from './FieldFrame';
import type { FormMessage } from './formMessage';

export type SelectProps = Omit<
  ComponentProps<'select'>,
  'id' | 'aria-describedby' | 'aria-invalid'
> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: FormMessage | undefined;
  requirement?: Requirement | undefined;
  /** The first, empty option: what to do ("Choisir…"); leave it out when a value is always chosen. */
  placeholder?: string;
  options: readonly { value: string; label: string; disabled?: boolean }[];
};

/**
 * A drop-down list (DSFR Select: `fr-select` in an `fr-select-group`) with its label, hint and error tied
 * to it. Prefer radio buttons (ChoiceFieldset) for five choices or fewer.
 */
export function Select({
  id,
  label,
  hint,
  error,
  requirement,
  placeholder,
  options,
  className,
  ...select
}: SelectProps) {
  return (
    <FieldFrame
      id={id}
      label={label}
      hint={hint}
      error={error}
      requirement={requirement}
      kind="select"
      control={(wiring) => (
        <select
          {...wiring}
          className={classNames(fr.cx('fr-select'), className)}
          required={requirement === undefined ? undefined : requirement === 'required'}
          {...select}
        >
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value} disabled={option.disabled}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    />
  );
}
