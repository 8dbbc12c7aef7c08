import { FIELD_LIMITS } from '../../../shared/calls/applicationForm';
import { useI18n } from '../i18n/useI18n';
import { textFieldId } from './applicationFieldIds';
import type { FieldsetProps } from './fieldsetProps';
import { TextAreaField } from '../ui/TextAreaField';
import { TextField } from '../ui/TextField';

/** The project itself: name, one-line pitch, description, sector, area and website. */
export function ProjectFieldset({ values, update, errorFor }: FieldsetProps) {
  const { t } = useI18n();
  return (
    <fieldset className="application-section">
      <legend>{t('calls.form.project')}</legend>
      <TextField
        id={textFieldId('projectName')}
        name="projectName"
        label={t('calls.field.projectName.label')}
        hint={t('calls.field.projectName.hint')}
        requirement="required"
        value={values.projectName}
        onChange={(event) => update('projectName', event.target.value)}
        error={errorFor('projectName')}
      />
      <TextAreaField
        id={textFieldId('pitch')}
        name="pitch"
        label={t('calls.field.pitch.label')}
        hint={t('calls.field.pitch.hint')}
        requirement="required"
        rows={2}
        characterLimits={FIELD_LIMITS.pitch}
        value={values.pitch}
        onChange={(event) => update('pitch', event.target.value)}
        error={errorFor('pitch')}
      />
      <TextAreaField
        id={textFieldId('description')}
        name="description"
        label={t('calls.field.description.label')}
        hint={t('calls.field.description.hint')}
        requirement="required"
        rows={10}
        characterLimits={FIELD_LIMITS.description}
        value={values.description}
        onChange={(event) => update('description', event.target.value)}
        error={errorFor('description')}
      />
      <TextField
        id={textFieldId('sector')}
        name="sector"
        label={t('calls.field.sector.label')}
        hint={t('calls.field.sector.hint')}
        requirement="required"
        value={values.sector}
        onChange={(event) => update('sector', event.target.value)}
        error={errorFor('sector')}
      />
      <TextField
        id={textFieldId('territory')}
        name="territory"
        label={t('calls.field.territory.label')}
        hint={t('calls.field.territory.hint')}
        requirement="required"
        value={values.territory}
        onChange={(event) => update('territory', event.target.value)}
        error={errorFor('territory')}
      />
      <TextField
        id={textFieldId('website')}
        name="website"
        label={t('calls.field.website.label')}
        hint={t('calls.field.website.hint')}
        requirement="optional"
        type="url"
        autoComplete="url"
        value={values.website}
        onChange={(event) => update('website', event.target.value)}
        error={errorFor('website')}
      />
    </fieldset>
  );
}
