import { useI18n } from '../i18n/useI18n';
import type { FieldsetProps } from './fieldsetProps';
import { LeadTypeFieldset } from './LeadTypeFieldset';
import { TextInputField } from './TextInputField';

/** Who leads the project and how to reach them: kept private, never published nor given to the jury. */
export function LeadFieldset({ values, update, errorFor }: FieldsetProps) {
  const { t } = useI18n();
  return (
    <fieldset className="application-section">
      <legend>{t('calls.form.lead')}</legend>
      <LeadTypeFieldset
        value={values.leadType}
        onChange={(value) => update('leadType', value)}
        error={errorFor('leadType')}
      />
      <TextInputField
        field="leadName"
        autoComplete="name"
        value={values.leadName}
        onChange={(value) => update('leadName', value)}
        error={errorFor('leadName')}
      />
      <TextInputField
        field="email"
        type="email"
        autoComplete="email"
        value={values.email}
        onChange={(value) => update('email', value)}
        error={errorFor('email')}
      />
      <TextInputField
        field="phone"
        type="tel"
        autoComplete="tel"
        isOptional
        value={values.phone}
        onChange={(value) => update('phone', value)}
        error={errorFor('phone')}
      />
    </fieldset>
  );
}
