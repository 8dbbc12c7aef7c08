import type { ReactNode } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { CharacterCount } from './CharacterCount';
import { describedBy } from './describedBy';
import { FieldErrorText } from './FieldErrorText';
import type { FormMessage } from './formMessage';
import { RequirementMark } from './RequirementMark';

/** The attributes that tie a control to its hint, error and counter. */
export interface ControlWiring {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

export type Requirement = 'required' | 'optional';

export interface FieldFrameProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** The field's error: a console FormError, a call's FieldMessage, any message key with values. */
  error?: FormMessage | undefined;
  /** Says "(obligatoire)" or "(facultatif)" after the label; absent, nothing is said. */
  requirement?: Requirement | undefined;
  /** A live character counter under the control: the current count and its [min, max]. */
  counter?: { count: number; limits: readonly [number, number] } | undefined;
  /** The DSFR group: `input` for inputs and text areas, `select` for menus. */
  kind?: 'input' | 'select';
  control: (wiring: ControlWiring) => ReactNode;
}

/**
 * A form field in the DSFR's markup (`fr-input-group` / `fr-select-group`, `fr-label`, `fr-hint-text`,
 * `fr-error-text`, the `--error` state): label, hint, control, error and counter, the hint, error and
 * counter tied to the control through aria-describedby. `control` receives the attributes to spread on
 * the input, text area or select. The hint stays outside the label so that the label is the control's
 * whole accessible name.
 */
export function FieldFrame({
  id,
  label,
  hint,
  error,
  requirement,
  counter,
  kind = 'input',
  control,
}: FieldFrameProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const countId = `${id}-count`;
  const group = kind === 'select' ? 'fr-select-group' : 'fr-input-group';
  return (
    <div
      className={fr.cx(
        group,
        error !== undefined &&
          (kind === 'select' ? 'fr-select-group--error' : 'fr-input-group--error'),
      )}
    >
      <label className={fr.cx('fr-label')} htmlFor={id}>
        {label}
        {requirement !== undefined && (
          <>
            {' '}
            <RequirementMark isOptional={requirement === 'optional'} />
          </>
        )}
      </label>
      {hint !== undefined && (
        <p className="fr-hint-text fr-mb-1w" id={hintId}>
          {hint}
        </p>
      )}
      {control({
        id,
        'aria-describedby': describedBy(
          hint !== undefined && hintId,
          error !== undefined && errorId,
          counter !== undefined && countId,
        ),
        'aria-invalid': error === undefined ? undefined : true,
      })}
      {error !== undefined && <FieldErrorText id={errorId} message={error} />}
      {counter !== undefined && (
        <CharacterCount id={countId} count={counter.count} limits={counter.limits} />
      )}
    </div>
  );
}
