import type { ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n';
import type { FormError } from './formErrors';

export interface Choice<T extends string> {
  value: T;
  label: string;
}

/**
 * One choice among a few: radio buttons in a fieldset with its legend, hint and error. The first radio
 * carries `id` itself, so that an error summary can link to the group.
 */
export function ChoiceFieldset<T extends string>({
  id,
  legend,
  hint,
  error,
  choices,
  value,
  onChange,
  className,
}: {
  id: string;
  legend: string;
  hint?: ReactNode;
  error?: FormError | undefined;
  choices: readonly Choice<T>[];
  value: T | undefined;
  onChange: (value: T) => void;
  className?: string;
}) {
  const { t } = useI18n();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint === undefined ? '' : hintId, error === undefined ? '' : errorId]
    .filter((part) => part !== '')
    .join(' ');
  const classes = [className ?? '', error === undefined ? '' : 'field-invalid']
    .filter((name) => name !== '')
    .join(' ');
  return (
    <fieldset
      className={classes === '' ? undefined : classes}
      aria-describedby={describedBy === '' ? undefined : describedBy}
    >
      <legend>{legend}</legend>
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
      <div className="choices">
        {choices.map((choice, i) => {
          const inputId = i === 0 ? id : `${id}-${choice.value}`;
          return (
            <div key={choice.value} className="radio-option">
              <input
                type="radio"
                id={inputId}
                name={id}
                value={choice.value}
                checked={value === choice.value}
                onChange={() => onChange(choice.value)}
              />
              <label htmlFor={inputId}>{choice.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
