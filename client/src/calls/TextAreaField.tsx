import { useI18n } from '../i18n/useI18n';
import { textFieldId } from './applicationFieldIds';
import type { TextField } from './applicationValues';
import { CharacterCount } from './CharacterCount';
import { describedBy } from './describedBy';
import { FieldErrorText } from './FieldErrorText';
import type { FieldMessage } from './fieldMessage';
import { RequirementMark } from './RequirementMark';

interface TextAreaFieldProps {
  field: TextField;
  value: string;
  onChange: (value: string) => void;
  error: FieldMessage | undefined;
  /** Minimum and maximum length, as the schema counts them (spaces at either end left out). */
  limits: readonly [number, number];
  rows?: number;
}

/** A longer, required answer with a live character counter read along with the hint and the error. */
export function TextAreaField({
  field,
  value,
  onChange,
  error,
  limits,
  rows = 6,
}: TextAreaFieldProps) {
  const { t } = useI18n();
  const id = textFieldId(field);
  return (
    <div className={error === undefined ? 'application-field' : 'application-field is-invalid'}>
      <label htmlFor={id}>
        {t(`calls.field.${field}.label`)} <RequirementMark />
      </label>
      <p className="hint" id={`${id}-hint`}>
        {t(`calls.field.${field}.hint`)}
      </p>
      {error !== undefined && <FieldErrorText id={`${id}-error`} message={error} />}
      <textarea
        id={id}
        name={field}
        rows={rows}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        required
        aria-invalid={error === undefined ? undefined : true}
        aria-describedby={describedBy(
          `${id}-hint`,
          error !== undefined && `${id}-error`,
          `${id}-count`,
        )}
      />
      <CharacterCount id={`${id}-count`} count={value.trim().length} limits={limits} />
    </div>
  );
}
