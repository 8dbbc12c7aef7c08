import type { ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n';
import type { FormError } from './formErrors';

/** The attributes that tie a control to its hint and error. */
export interface ControlWiring {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

/**
 * A console form field: label, hint and error, both tied to the control through aria-describedby.
 * `control` receives the attributes to spread on the input, text area or select.
 */
export function FieldFrame({
  id,
  label,
  hint,
  error,
  control,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: FormError | undefined;
  control: (wiring: ControlWiring) => ReactNode;
}) {
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
      {control({
        id,
        'aria-describedby': describedBy === '' ? undefined : describedBy,
        'aria-invalid': error === undefined ? undefined : true,
      })}
    </div>
  );
}
