import './ui.css';
import type { ComponentProps, ReactNode } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { describedBy } from './describedBy';
import { FieldErrorText } from './FieldErrorText';
import type { FormMessage } from './formMessage';

export type CheckboxProps = Omit<
  ComponentProps<'input'>,
  'id' | 'type' | 'aria-describedby' | 'aria-invalid'
> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: FormMessage | undefined;
};

/**
 * One checkbox (DSFR Checkbox: `fr-checkbox-group`, its hint inside the label, its error under it), for a
 * yes/no answer or a commitment to accept. Every other prop goes to the <input> (checked, onChange, name…).
 * Several related checkboxes go in a CheckboxGroup.
 */
export function Checkbox({ id, label, hint, error, ...input }: CheckboxProps) {
  const errorId = `${id}-error`;
  return (
    <div className={fr.cx('fr-checkbox-group', error !== undefined && 'fr-checkbox-group--error')}>
      <input
        type="checkbox"
        id={id}
        aria-invalid={error === undefined ? undefined : true}
        aria-describedby={describedBy(error !== undefined && errorId)}
        {...input}
      />
      <label className={fr.cx('fr-label')} htmlFor={id}>
        {label}
        {hint !== undefined && <span className="fr-hint-text">{hint}</span>}
      </label>
      {error !== undefined && (
        <div className={fr.cx('fr-messages-group')}>
          <FieldErrorText id={errorId} message={error} />
        </div>
      )}
    </div>
  );
}
