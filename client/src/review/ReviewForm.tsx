import { useId, useState, type FormEvent } from 'react';
import { Button } from '../ui/Button';
import { OPINIONS, type Opinion } from '../../../shared/calls/callEvents';
import type { Axis, Review } from '../../../shared/calls/review';
import { api } from '../api/api';
import { useI18n } from '../i18n/useI18n';
import { ChoiceFieldset } from '../ui/ChoiceFieldset';
import { ErrorSummary } from '../ui/ErrorSummary';
import type { FormError } from '../ui/formErrors';
import { useFormState } from '../session/useFormState';
import { AssessmentFieldsets } from '../assessment/AssessmentFieldsets';
import { checkAssessments, draftOf, type AssessmentsDraft } from '../assessment/assessmentDraft';
import { explainReviewerError } from './reviewerErrors';
import { AXIS_KEYS } from '../i18n/dossierLabels';
import { OPINION_KEYS } from '../assessment/reviewLabels';

/** The review of one application: an opinion and four assessments; sending again replaces it. */
export function ReviewForm({
  token,
  applicationRef,
  saved,
  onSaved,
  headingId,
}: {
  token: string;
  applicationRef: string;
  saved: Review | null;
  onSaved: () => void;
  /** The id of the form's heading, for the caller to move focus to it. */
  headingId?: string;
}) {
  const { t } = useI18n();
  const id = useId();
  const formHeadingId = headingId ?? `${id}-heading`;
  const opinionId = `${id}-opinion`;
  const [opinion, setOpinion] = useState<Opinion | undefined>(saved?.opinion);
  const [draft, setDraft] = useState<AssessmentsDraft>(() => draftOf(saved));
  const form = useFormState();

  function check(): Review | FormError[] {
    const errors: FormError[] = [];
    if (opinion === undefined) errors.push({ key: 'review.error.opinion', fieldId: opinionId });
    const axisName = (axis: Axis) => t(AXIS_KEYS[axis]);
    const assessments = checkAssessments(draft, id, {
      level: axisName,
      comment: (axis) => t('review.form.comment', { axis: axisName(axis) }),
    });
    if (Array.isArray(assessments)) errors.push(...assessments);
    if (errors.length > 0 || opinion === undefined || Array.isArray(assessments)) return errors;
    return { opinion, ...assessments };
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const review = check();
    if (Array.isArray(review)) return form.fail(review);
    const done = await form.submit(
      () => api('reviewers.review', { params: { token, ref: applicationRef }, body: review }),
      explainReviewerError,
    );
    if (done !== undefined) onSaved();
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby={formHeadingId}>
      <h4 id={formHeadingId} tabIndex={-1}>
        {saved === null ? t('review.form.heading') : t('review.form.editHeading')}
      </h4>
      <p className="fr-hint-text fr-text--md">{t('review.form.allRequired')}</p>
      <ErrorSummary errors={form.errors} />
      <ChoiceFieldset<Opinion>
        id={opinionId}
        legend={t('review.form.opinion')}
        hint={t('review.form.opinionHint')}
        error={form.errorFor(opinionId)}
        choices={OPINIONS.map((value) => ({ value, label: t(OPINION_KEYS[value]) }))}
        value={opinion}
        onChange={setOpinion}
      />
      <AssessmentFieldsets prefix={id} draft={draft} errorFor={form.errorFor} setDraft={setDraft} />
      <Button type="submit" disabled={form.busy}>
        {saved === null ? t('review.form.submit') : t('review.form.update')}
      </Button>
    </form>
  );
}
