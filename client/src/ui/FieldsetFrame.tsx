import './ui.css';
import type { ReactNode } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { classNames } from './classNames';
import { describedBy } from './describedBy';
import { FieldErrorText } from './FieldErrorText';
import type { Requirement } from './FieldFrame';
import type { FormMessage } from './formMessage';
import { RequirementMark } from './RequirementMark';

export interface FieldsetFrameProps {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: FormMessage | undefined;
  requirement?: Requirement | undefined;
  className?: string | undefined;
  /** The options, each in its own `fr-fieldset__element`. */
  children: ReactNode;
}

/**
 * A group of choices in the DSFR's markup (`fr-fieldset`, its legend, the `--error` state): legend and
 * requirement, hint, the options, then the error, the hint and error tied to the fieldset through
 * aria-describedby. CheckboxGroup and ChoiceFieldset fill it with their boxes or radios.
 */
export function FieldsetFrame({
  id,
  legend,
  hint,
  error,
  requirement,
  className,
  children,
}: FieldsetFrameProps) {
  const legendId = `${id}-legend`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <fieldset
      className={classNames(
        fr.cx('fr-fieldset', error !== undefined && 'fr-fieldset--error'),
        className,
      )}
      aria-labelledby={legendId}
      aria-describedby={describedBy(hint !== undefined && hintId, error !== undefined && errorId)}
    >
      <legend
        className={fr.cx('fr-fieldset__legend', 'fr-fieldset__legend--regular')}
        id={legendId}
      >
        {legend}
        {requirement !== undefined && (
          <>
            {' '}
            <RequirementMark isOptional={requirement === 'optional'} />
          </>
        )}
      </legend>
      {hint !== undefined && (
        <div className={fr.cx('fr-fieldset__element')}>
          <p className="fr-hint-text fr-mb-0" id={hintId}>
            {hint}
          </p>
        </div>
      )}
      {children}
      {error !== undefined && (
        <div className={fr.cx('fr-messages-group')}>
          <FieldErrorText id={errorId} message={error} />
        </div>
      )}
    </fieldset>
  );
}
