import { LEAD_TYPES, type LeadType } from '../../../shared/dossier/dossier';
import { useI18n } from '../i18n/useI18n';
import { leadTypeId } from './applicationFieldIds';
import { FieldErrorText } from '../ui/FieldErrorText';
import type { FieldMessage } from './fieldMessage';
import { RequirementMark } from '../ui/RequirementMark';

/** Who leads the project: one choice among citizen, association and company, as large rich radios. */
export function LeadTypeFieldset({
  value,
  onChange,
  error,
}: {
  value: LeadType | '';
  onChange: (value: LeadType) => void;
  error: FieldMessage | undefined;
}) {
  const { t } = useI18n();
  const errorId = 'application-leadType-error';
  return (
    <fieldset
      className={
        error === undefined
          ? 'fr-fieldset application-choices'
          : 'fr-fieldset fr-fieldset--error application-choices'
      }
      aria-describedby={error === undefined ? undefined : errorId}
    >
      <legend className="fr-fieldset__legend">
        {t('calls.field.leadType.label')} <RequirementMark />
      </legend>
      {LEAD_TYPES.map((leadType) => (
        <div className="fr-fieldset__element" key={leadType}>
          <div className="fr-radio-group fr-radio-rich">
            <input
              type="radio"
              id={leadTypeId(leadType)}
              name="leadType"
              value={leadType}
              checked={value === leadType}
              onChange={() => onChange(leadType)}
              required
              aria-invalid={error === undefined ? undefined : true}
              aria-describedby={error === undefined ? undefined : errorId}
            />
            <label className="fr-label" htmlFor={leadTypeId(leadType)}>
              {t(`calls.leadType.${leadType}`)}
            </label>
          </div>
        </div>
      ))}
      <div className="fr-messages-group">
        {error !== undefined && <FieldErrorText id={errorId} message={error} />}
      </div>
    </fieldset>
  );
}
