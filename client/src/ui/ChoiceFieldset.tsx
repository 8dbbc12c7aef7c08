import type { ReactNode } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import type { Requirement } from './FieldFrame';
import { FieldsetFrame } from './FieldsetFrame';
import type { FormMessage } from './formMessage';

export interface Choice<T extends string> {
  value: T;
  label: string;
  /** A sentence under the label: the options are then shown as DSFR rich radios (bordered tiles). */
  description?: ReactNode;
}

/**
 * One choice among a few (DSFR RadioButtons markup: `fr-fieldset`, `fr-radio-group`, `fr-radio-rich` when
 * the options have descriptions) with its legend, requirement, hint and error. The first radio carries
 * `id` itself, so that an error summary can link to the group. For several choices, see CheckboxGroup.
 */
export function ChoiceFieldset<T extends string>({
  id,
  legend,
  hint,
  error,
  requirement,
  choices,
  value,
  onChange,
  className,
  name,
  inline = false,
  inputIdOf,
}: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: FormMessage | undefined;
  requirement?: Requirement | undefined;
  choices: readonly Choice<T>[];
  value: T | undefined | '';
  onChange: (value: T) => void;
  className?: string;
  /** The radios' name (defaults to `id`). */
  name?: string;
  /** Options side by side from medium screens (short labels only). */
  inline?: boolean;
  /** The id of each option's input (defaults: `id` for the first, `${id}-${value}` for the others). */
  inputIdOf?: (value: T, index: number) => string;
}) {
  const isRich = choices.some((choice) => choice.description !== undefined);
  return (
    <FieldsetFrame {...{ id, legend, hint, error, requirement, className }}>
      {choices.map((choice, i) => {
        const inputId = inputIdOf?.(choice.value, i) ?? (i === 0 ? id : `${id}-${choice.value}`);
        return (
          <div
            key={choice.value}
            className={fr.cx('fr-fieldset__element', inline && 'fr-fieldset__element--inline')}
          >
            <div className={fr.cx('fr-radio-group', isRich && 'fr-radio-rich')}>
              <input
                type="radio"
                id={inputId}
                name={name ?? id}
                value={choice.value}
                checked={value === choice.value}
                onChange={() => onChange(choice.value)}
                required={requirement === undefined ? undefined : requirement === 'required'}
                aria-invalid={error === undefined ? undefined : true}
              />
              <label className={fr.cx('fr-label')} htmlFor={inputId}>
                {choice.label}
                {choice.description !== undefined && (
                  <span className="fr-hint-text">{choice.description}</span>
                )}
              </label>
            </div>
          </div>
        );
      })}
    </FieldsetFrame>
  );
}
