import type { ReactNode } from 'react';
import { describedBy } from '../ui/describedBy';
import { FieldErrorText } from '../ui/FieldErrorText';
import type { FieldMessage } from './fieldMessage';
import { RequirementMark } from '../ui/RequirementMark';

/** What each choice of a group in error carries, to be announced as invalid with the group's error. */
export interface ChoiceErrorProps {
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/**
 * A required group of choices in the application form (radios or boxes), in the DSFR's markup: the legend
 * with its requirement, an optional hint, the choices, then the error, the fieldset and each choice tied
 * to it. `field` names the ids: `application-<field>-hint` and `application-<field>-error`.
 */
export function ApplicationChoices({
  field,
  legend,
  hint,
  error,
  className,
  children,
}: {
  field: string;
  legend: ReactNode;
  hint?: ReactNode;
  error: FieldMessage | undefined;
  /** Classes after `fr-fieldset` (and its error state). */
  className: string;
  children: (errorProps: ChoiceErrorProps) => ReactNode;
}) {
  const hintId = `application-${field}-hint`;
  const errorId = `application-${field}-error`;
  const hasError = error !== undefined;
  return (
    <fieldset
      className={`fr-fieldset${hasError ? ' fr-fieldset--error' : ''} ${className}`}
      aria-describedby={describedBy(hint !== undefined && hintId, hasError && errorId)}
    >
      <legend className="fr-fieldset__legend">
        {legend} <RequirementMark />
      </legend>
      {hint !== undefined && (
        <p className="fr-fieldset__element fr-hint-text" id={hintId}>
          {hint}
        </p>
      )}
      {children({
        'aria-invalid': hasError ? true : undefined,
        'aria-describedby': hasError ? errorId : undefined,
      })}
      <div className="fr-messages-group">
        {error !== undefined && <FieldErrorText id={errorId} message={error} />}
      </div>
    </fieldset>
  );
}
