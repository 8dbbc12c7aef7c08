import { CHARTER_ITEMS } from '../../../shared/deliberation/dossier';
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
    <fieldset className="application-section" aria-describedby={hintId}>
      <legend>
        {t('calls.charter.label')} <RequirementMark />
      </legend>
      <p className="hint" id={hintId}>
        {t('calls.charter.hint')}
      </p>
      {CHARTER_ITEMS.map((item) => {
        const id = charterId(item);
        const error = errorFor(`charter.${item}`);
        return (
          <div
            key={item}
            className={error === undefined ? 'application-option' : 'application-option is-invalid'}
          >
            {error !== undefined && <FieldErrorText id={`${id}-error`} message={error} />}
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
            <label htmlFor={id}>{t(`calls.charter.${item}`)}</label>
          </div>
        );
      })}
    </fieldset>
  );
}
