import type { ComponentProps, ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n';
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
  const { t } = useI18n();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint === undefined ? '' : hintId, error === undefined ? '' : errorId]
    .filter((part) => part !== '')
    .join(' ');
  return (
    <div className={error === undefined ? 'field' : 'field field-invalid'}>
      <label htmlFor={id}>{label}</label>
      {hint !== undefined && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      {error !== undefined && (
        <p className="field-error" id={errorId}>
          {t('organiser.field.errorPrefix')} {t(error.key, error.values)}
        </p>
      )}
      <textarea
        id={id}
        className="prose-input"
        aria-describedby={describedBy === '' ? undefined : describedBy}
        aria-invalid={error === undefined ? undefined : true}
        {...textarea}
      />
    </div>
  );
}
