import { FIELD_LIMITS } from '../../../shared/calls/applicationForm';
import { useI18n } from '../i18n/useI18n';
import { textFieldId } from './applicationFieldIds';
import type { FieldsetProps } from './fieldsetProps';
import { TextAreaField } from '../ui/TextAreaField';

/** Why the project serves everyone, and how it is funded (funding transparency is in the charter). */
export function PurposeFieldset({ values, update, errorFor }: FieldsetProps) {
  const { t } = useI18n();
  return (
    <fieldset className="application-section">
      <legend>{t('calls.form.purpose')}</legend>
      <TextAreaField
        id={textFieldId('generalInterest')}
        name="generalInterest"
        label={t('calls.field.generalInterest.label')}
        hint={t('calls.field.generalInterest.hint')}
        requirement="required"
        rows={6}
        characterLimits={FIELD_LIMITS.generalInterest}
        value={values.generalInterest}
        onChange={(event) => update('generalInterest', event.target.value)}
        error={errorFor('generalInterest')}
      />
      <TextAreaField
        id={textFieldId('funding')}
        name="funding"
        label={t('calls.field.funding.label')}
        hint={t('calls.field.funding.hint')}
        requirement="required"
        rows={6}
        characterLimits={FIELD_LIMITS.funding}
        value={values.funding}
        onChange={(event) => update('funding', event.target.value)}
        error={errorFor('funding')}
      />
    </fieldset>
  );
}
