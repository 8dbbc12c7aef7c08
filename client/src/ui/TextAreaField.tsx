import type { ComponentProps } from 'react';
import { TextFrame, type TextFrameOptions } from './TextFrame';

export type TextAreaFieldProps = Omit<
  ComponentProps<'textarea'>,
  'id' | 'aria-describedby' | 'aria-invalid'
> &
  TextFrameOptions;

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
    <TextFrame
      {...{ id, label, hint, error, requirement, characterLimits, className }}
      value={textarea.value}
      control={(props) => <textarea {...props} {...textarea} />}
    />
  );
}
