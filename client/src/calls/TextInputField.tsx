import type { HTMLInputAutoCompleteAttribute } from 'react';
import { useI18n } from '../i18n/useI18n';
import { textFieldId } from './applicationFieldIds';
import type { TextField } from './applicationValues';
import { describedBy } from './describedBy';
import { FieldErrorText } from './FieldErrorText';
import type { FieldMessage } from './fieldMessage';
import { RequirementMark } from './RequirementMark';

interface TextInputFieldProps {
  field: TextField;
  value: string;
  onChange: (value: string) => void;
  error: FieldMessage | undefined;
  isOptional?: boolean;
  type?: 'text' | 'email' | 'tel' | 'url';
  autoComplete?: HTMLInputAutoCompleteAttribute;
}

/** A one-line answer with its label, requirement, hint and error (hint and error read with the input). */
export function TextInputField({
  field,
  value,
  onChange,
  error,
  isOptional = false,
  type = 'text',
  autoComplete,
}: TextInputFieldProps) {
  const { t } = useI18n();
  const id = textFieldId(field);
  return (
    <div className={error === undefined ? 'application-field' : 'application-field is-invalid'}>
      <label htmlFor={id}>
        {t(`calls.field.${field}.label`)} <RequirementMark isOptional={isOptional} />
      </label>
      <p className="hint" id={`${id}-hint`}>
        {t(`calls.field.${field}.hint`)}
      </p>
      {error !== undefined && <FieldErrorText id={`${id}-error`} message={error} />}
      <input
        id={id}
        name={field}
        type={type}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        required={!isOptional}
        autoComplete={autoComplete}
        spellCheck={type === 'text' ? undefined : false}
        aria-invalid={error === undefined ? undefined : true}
        aria-describedby={describedBy(`${id}-hint`, error !== undefined && `${id}-error`)}
      />
    </div>
  );
}
