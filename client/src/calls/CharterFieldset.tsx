import { CHARTER_ITEMS } from '../../../shared/dossier/dossier';
import { useI18n } from '../i18n/useI18n';
import { charterId } from './applicationFieldIds';
import type { CharterItem } from './applicationValues';
import { FieldErrorText } from '../ui/FieldErrorText';
import type { FieldsetProps } from './fieldsetProps';
import { RequirementMark } from '../ui/RequirementMark';

/** The four commitments of the charter, each a required checkbox with its own error. */
export function CharterFieldset({ values, update, errorFor }: FieldsetProps) {
  const { t } = useI18n();
  const hintId = 'application-charter-hint';
  const accept = (item: CharterItem, isAccepted: boolean) =>
    update('charter', { ...values.charter, [item]: isAccepted });
  return (
    <fieldset
      className="fr-fieldset application-section application-choices"
      aria-describedby={hintId}
    >
      <legend className="fr-fieldset__legend">
        {t('calls.charter.label')} <RequirementMark />
      </legend>
      <p className="fr-fieldset__element fr-hint-text" id={hintId}>
        {t('calls.charter.hint')}
      </p>
      {CHARTER_ITEMS.map((item) => {
        const id = charterId(item);
        const error = errorFor(`charter.${item}`);
        return (
          <div key={item} className="fr-fieldset__element">
            <div
              className={
                error === undefined
                  ? 'fr-checkbox-group'
                  : 'fr-checkbox-group fr-checkbox-group--error'
              }
            >
              <input
                type="checkbox"
                id={id}
                name={`charter.${item}`}
                checked={values.charter[item]}
                onChange={(event) => accept(item, event.target.checked)}
                required
                aria-invalid={error === undefined ? undefined : true}
                aria-describedby={error === undefined ? undefined : `${id}-error`}
              />
              <label className="fr-label" htmlFor={id}>
                {t(`calls.charter.${item}`)}
              </label>
              <div className="fr-messages-group">
                {error !== undefined && <FieldErrorText id={`${id}-error`} message={error} />}
              </div>
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}
