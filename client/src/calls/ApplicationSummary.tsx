import { CHARTER_ITEMS } from '../../../shared/dossier/dossier';
import type { ApplicationForm } from '../../../shared/calls/applicationForm';
import { useI18n } from '../i18n/useI18n';
import type { TextField } from './applicationValues';

/** What the applicant sent, read-only, in the order of the form. */
export function ApplicationSummary({ form }: { form: ApplicationForm }) {
  const { t } = useI18n();
  const text = (field: TextField) => {
    const value = form[field];
    return (
      <>
        <dt>{t(`calls.field.${field}.label`)}</dt>
        <dd className={value === undefined ? 'muted' : 'application-answer'}>
          {value ?? t('calls.application.none')}
        </dd>
      </>
    );
  };
  const accepted = CHARTER_ITEMS.filter((item) => form.charter[item]);
  return (
    <dl className="application-summary" data-testid="application-summary">
      {text('projectName')}
      {text('pitch')}
      {text('description')}
      {text('sector')}
      {text('territory')}
      {text('website')}
      <dt>{t('calls.field.leadType.label')}</dt>
      <dd>{t(`calls.leadType.${form.leadType}`)}</dd>
      {text('leadName')}
      {text('email')}
      {text('phone')}
      <dt>{t('calls.field.levers.label')}</dt>
      <dd>
        <ul>
          {form.levers.map((lever) => (
            <li key={lever}>{t(`calls.lever.${lever}`)}</li>
          ))}
        </ul>
      </dd>
      {text('generalInterest')}
      {text('funding')}
      <dt>{t('calls.application.accepted')}</dt>
      <dd>
        <ul>
          {accepted.map((item) => (
            <li key={item}>{t(`calls.charter.${item}`)}</li>
          ))}
        </ul>
      </dd>
    </dl>
  );
}
