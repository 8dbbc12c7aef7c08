import type { Axis } from '../../../shared/calls/review';
import { ASSESSMENT_LEVELS, type AssessmentLevel } from '../../../shared/dossier/dossier';
import { useI18n } from '../i18n/useI18n';
import { ChoiceFieldset } from '../ui/ChoiceFieldset';
import type { FormError } from '../ui/formErrors';
import { TextAreaField } from '../ui/TextAreaField';
import { assessmentIds, MAX_COMMENT, type AssessmentDraft } from './assessmentDraft';
import { AXIS_KEYS, LEVEL_KEYS } from '../i18n/dossierLabels';

/** One axis of the assessment: a level on the administration's 4-level scale and a required comment. */
export function AssessmentFieldset({
  prefix,
  axis,
  draft,
  errorFor,
  onChange,
}: {
  prefix: string;
  axis: Axis;
  draft: AssessmentDraft;
  errorFor: (fieldId: string) => FormError | undefined;
  onChange: (next: AssessmentDraft) => void;
}) {
  const { t } = useI18n();
  const ids = assessmentIds(prefix, axis);
  const axisName = t(AXIS_KEYS[axis]);
  return (
    <fieldset className="axis-fieldset">
      <legend>{axisName}</legend>
      <ChoiceFieldset<AssessmentLevel>
        id={ids.level}
        legend={t('review.form.level', { axis: axisName })}
        className="level-choices"
        error={errorFor(ids.level)}
        choices={ASSESSMENT_LEVELS.map((level) => ({ value: level, label: t(LEVEL_KEYS[level]) }))}
        value={draft.level}
        onChange={(level) => onChange({ ...draft, level })}
      />
      <TextAreaField
        id={ids.comment}
        label={t('review.form.comment', { axis: axisName })}
        hint={t('review.form.commentHint', { max: MAX_COMMENT })}
        error={errorFor(ids.comment)}
        required
        rows={4}
        maxLength={MAX_COMMENT}
        value={draft.comment}
        onChange={(event) => onChange({ ...draft, comment: event.target.value })}
      />
    </fieldset>
  );
}
