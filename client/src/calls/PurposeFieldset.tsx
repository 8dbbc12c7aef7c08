import { FIELD_LIMITS } from '../../../shared/calls/applicationForm';
import { useI18n } from '../i18n/useI18n';
import type { FieldsetProps } from './fieldsetProps';
import { TextAreaField } from './TextAreaField';

/** Why the project serves everyone, and how it is funded (funding transparency is in the charter). */
export function PurposeFieldset({ values, update, errorFor }: FieldsetProps) {
  const { t } = useI18n();
  return (
    <fieldset className="application-section">
      <legend>{t('calls.form.purpose')}</legend>
      <TextAreaField
        field="generalInterest"
        limits={FIELD_LIMITS.generalInterest}
        value={values.generalInterest}
        onChange={(value) => update('generalInterest', value)}
        error={errorFor('generalInterest')}
      />
      <TextAreaField
        field="funding"
        limits={FIELD_LIMITS.funding}
        value={values.funding}
        onChange={(value) => update('funding', value)}
        error={errorFor('funding')}
      />
    </fieldset>
  );
}
