import type { ComponentProps, ReactNode } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { FieldFrame, type Requirement } from './FieldFrame';
import { classNames } from './classNames';
import type { FormMessage } from './formMessage';

export type TextAreaFieldProps = Omit<
  ComponentProps<'textarea'>,
  'id' | 'aria-describedby' | 'aria-invalid'
> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: FormMessage | undefined;
  /** "(obligatoire)"/"(facultatif)" after the label; `required` also sets the text area's `required`. */
  requirement?: Requirement | undefined;
  /** Shows a live character counter of the trimmed value against [min, max] (as the schema counts). */
  characterLimits?: readonly [number, number] | undefined;
};

/**
 * A multi-line text box (DSFR Input with `textArea`: `fr-input` in an `fr-input-group`) with its label,
 * requirement, hint, error and optional live character counter, all tied to it through aria-describedby.
 * Every other prop goes to the <textarea> itself (value, onChange, rows, name…).
 */
export function TextAreaField({
  id,
  label,
  hint,
  error,
  requirement,
  characterLimits,
  className,
  ...textarea
}: TextAreaFieldProps) {
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
          : { count: String(textarea.value ?? '').trim().length, limits: characterLimits }
      }
      control={(wiring) => (
        <textarea
          {...wiring}
          className={classNames(
            fr.cx('fr-input', error !== undefined && 'fr-input--error'),
            className,
          )}
          required={requirement === undefined ? undefined : requirement === 'required'}
          {...textarea}
        />
      )}
    />
  );
}
