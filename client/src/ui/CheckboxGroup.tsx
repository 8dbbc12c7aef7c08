import type { ReactNode } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import type { Requirement } from './FieldFrame';
import { FieldsetFrame } from './FieldsetFrame';
import type { FormMessage } from './formMessage';

export interface CheckboxOption<T extends string> {
  value: T;
  label: ReactNode;
  hint?: ReactNode;
}

/**
 * Several choices among a list (DSFR checkboxes in an `fr-fieldset`) with legend, requirement, hint and
 * error. The chosen values come back in the options' own order. The first box's id is `inputIdOf(first)`
 * (by default `id`), so that an error summary can link to the group.
 */
export function CheckboxGroup<T extends string>({
  id,
  legend,
  hint,
  error,
  requirement,
  options,
  value,
  onChange,
  name,
  inputIdOf,
  className,
}: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: FormMessage | undefined;
  requirement?: Requirement | undefined;
  options: readonly CheckboxOption<T>[];
  value: readonly T[];
  onChange: (value: T[]) => void;
  name?: string;
  inputIdOf?: (value: T, index: number) => string;
  className?: string;
}) {
  const toggle = (option: T, isChosen: boolean) =>
    onChange(
      options.map((o) => o.value).filter((v) => (v === option ? isChosen : value.includes(v))),
    );
  return (
    <FieldsetFrame {...{ id, legend, hint, error, requirement, className }}>
      {options.map((option, i) => {
        const inputId = inputIdOf?.(option.value, i) ?? (i === 0 ? id : `${id}-${option.value}`);
        return (
          <div key={option.value} className={fr.cx('fr-fieldset__element')}>
            <div className={fr.cx('fr-checkbox-group')}>
              <input
                type="checkbox"
                id={inputId}
                name={name ?? id}
                value={option.value}
                checked={value.includes(option.value)}
                onChange={(event) => toggle(option.value, event.target.checked)}
                aria-invalid={error === undefined ? undefined : true}
              />
              <label className={fr.cx('fr-label')} htmlFor={inputId}>
                {option.label}
                {option.hint !== undefined && <span className="fr-hint-text">{option.hint}</span>}
              </label>
            </div>
          </div>
        );
      })}
    </FieldsetFrame>
  );
}
