import { LEAD_TYPES, type LeadType } from '../../../shared/dossier/dossier';
import { useI18n } from '../i18n/useI18n';
import { leadTypeId } from './applicationFieldIds';
import { ApplicationChoices } from './ApplicationChoices';
import type { FieldMessage } from './fieldMessage';

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
  return (
    <ApplicationChoices
      field="leadType"
      legend={t('calls.field.leadType.label')}
      error={error}
      className="application-choices"
    >
      {(errorProps) =>
        LEAD_TYPES.map((leadType) => (
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
                {...errorProps}
              />
              <label className="fr-label" htmlFor={leadTypeId(leadType)}>
                {t(`calls.leadType.${leadType}`)}
              </label>
            </div>
          </div>
        ))
      }
    </ApplicationChoices>
  );
}
