import { FIELD_LIMITS } from '../../../shared/calls/applicationForm';
import { useI18n } from '../i18n/useI18n';
import type { FieldsetProps } from './fieldsetProps';
import { TextAreaField } from './TextAreaField';
import { TextInputField } from './TextInputField';

/** The project itself: name, one-line pitch, description, sector, area and website. */
export function ProjectFieldset({ values, update, errorFor }: FieldsetProps) {
  const { t } = useI18n();
  return (
    <fieldset className="application-section">
      <legend>{t('calls.form.project')}</legend>
      <TextInputField
        field="projectName"
        value={values.projectName}
        onChange={(value) => update('projectName', value)}
        error={errorFor('projectName')}
      />
      <TextAreaField
        field="pitch"
        rows={2}
        limits={FIELD_LIMITS.pitch}
        value={values.pitch}
        onChange={(value) => update('pitch', value)}
        error={errorFor('pitch')}
      />
      <TextAreaField
        field="description"
        rows={10}
        limits={FIELD_LIMITS.description}
        value={values.description}
        onChange={(value) => update('description', value)}
        error={errorFor('description')}
      />
      <TextInputField
        field="sector"
        value={values.sector}
        onChange={(value) => update('sector', value)}
        error={errorFor('sector')}
      />
      <TextInputField
        field="territory"
        value={values.territory}
        onChange={(value) => update('territory', value)}
        error={errorFor('territory')}
      />
      <TextInputField
        field="website"
        type="url"
        autoComplete="url"
        isOptional
        value={values.website}
        onChange={(value) => update('website', value)}
        error={errorFor('website')}
      />
    </fieldset>
  );
}
