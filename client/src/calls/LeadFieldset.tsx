import { useI18n } from '../i18n/useI18n';
import { textFieldId } from './applicationFieldIds';
import type { FieldsetProps } from './fieldsetProps';
import { LeadTypeFieldset } from './LeadTypeFieldset';
import { TextField } from '../ui/TextField';

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
      <TextField
        id={textFieldId('leadName')}
        name="leadName"
        label={t('calls.field.leadName.label')}
        hint={t('calls.field.leadName.hint')}
        requirement="required"
        autoComplete="name"
        value={values.leadName}
        onChange={(event) => update('leadName', event.target.value)}
        error={errorFor('leadName')}
      />
      <TextField
        id={textFieldId('email')}
        name="email"
        label={t('calls.field.email.label')}
        hint={t('calls.field.email.hint')}
        requirement="required"
        type="email"
        autoComplete="email"
        value={values.email}
        onChange={(event) => update('email', event.target.value)}
        error={errorFor('email')}
      />
      <TextField
        id={textFieldId('phone')}
        name="phone"
        label={t('calls.field.phone.label')}
        hint={t('calls.field.phone.hint')}
        requirement="optional"
        type="tel"
        autoComplete="tel"
        value={values.phone}
        onChange={(event) => update('phone', event.target.value)}
        error={errorFor('phone')}
      />
    </fieldset>
  );
}
