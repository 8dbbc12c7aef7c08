import type { ComponentProps, ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n';
import type { FormError } from './formErrors';

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
      <select
        id={id}
        aria-describedby={describedBy === '' ? undefined : describedBy}
        aria-invalid={error === undefined ? undefined : true}
        {...select}
      >
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
