import type { ComponentProps } from 'react';
import { TextFrame, type TextFrameOptions } from './TextFrame';

export type TextFieldProps = Omit<
  ComponentProps<'input'>,
  'id' | 'aria-describedby' | 'aria-invalid'
> &
  TextFrameOptions;

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
    <TextFrame
      {...{ id, label, hint, error, requirement, characterLimits, className }}
      value={input.value}
      control={(props) => <input {...props} spellCheck={isCode ? false : undefined} {...input} />}
    />
  );
}
