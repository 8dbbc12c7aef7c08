import type { ComponentProps, ReactNode } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { FieldFrame, type Requirement } from './FieldFrame';
import { classNames } from './classNames';
import type { FormMessage } from './formMessage';

export type TextFieldProps = Omit<
  ComponentProps<'input'>,
  'id' | 'aria-describedby' | 'aria-invalid'
> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: FormMessage | undefined;
  /** "(obligatoire)"/"(facultatif)" after the label; `required` also sets the input's `required`. */
  requirement?: Requirement | undefined;
  /** Shows a live character counter of the trimmed value against [min, max]. */
  characterLimits?: readonly [number, number] | undefined;
};

/**
 * A one-line text input (DSFR Input, `fr-input` in an `fr-input-group`) with its label, requirement,
 * hint, error and optional character counter, all tied to it through aria-describedby. Every other
 * prop goes to the <input> itself (value, onChange, type, autoComplete, name…). A file is chosen with
 * FileInput instead.
 */
export function TextField({
  id,
  label,
  hint,
  error,
  requirement,
  characterLimits,
  className,
  ...input
}: TextFieldProps) {
  const type = input.type ?? 'text';
  const isCode = type === 'email' || type === 'tel' || type === 'url';
  return (
    <FieldFrame
      id={id}
      label={label}
      hint={hint}
      error={error}
      requirement={requirement}
      counter={
        characterLimits === undefined
          ? undefined
          : { count: String(input.value ?? '').trim().length, limits: characterLimits }
      }
      control={(wiring) => (
        <input
          {...wiring}
          className={classNames(
            fr.cx('fr-input', error !== undefined && 'fr-input--error'),
            className,
          )}
          required={requirement === undefined ? undefined : requirement === 'required'}
          spellCheck={isCode ? false : undefined}
          {...input}
        />
      )}
    />
  );
}
