// The four assessments as a form edits them (a level may still be missing), and their check before sending.

import { AXES, type Axis, type Review } from '../../../shared/calls/review';
import type { AssessmentLevel } from '../../../shared/dossier/dossier';
import type { FormError } from '../ui/formErrors';

/** Same bounds as the server's Assessment schema (shared/dossier/dossier.ts). */
export const MAX_COMMENT = 1000;

export interface AssessmentDraft {
  level: AssessmentLevel | undefined;
  comment: string;
}
export type AssessmentsDraft = Record<Axis, AssessmentDraft>;
export type Assessments = Pick<Review, Axis>;

/** A draft from saved assessments, or an empty one. */
export function draftOf(saved: Assessments | null | undefined): AssessmentsDraft {
  return Object.fromEntries(
    AXES.map((axis) => [
      axis,
      { level: saved?.[axis].level, comment: saved?.[axis].comment ?? '' },
    ]),
  ) as AssessmentsDraft;
}

/** The input ids of one axis: its level group (first radio) and its comment. */
export const assessmentIds = (prefix: string, axis: Axis) => ({
  level: `${prefix}-${axis}-level`,
  comment: `${prefix}-${axis}-comment`,
});

/**
 * The assessments, or the errors to show: every axis needs a level and a comment of 1 to 1,000 characters.
 * `names` gives each axis's words for the messages.
 */
export function checkAssessments(
  draft: AssessmentsDraft,
  prefix: string,
  names: { level: (axis: Axis) => string; comment: (axis: Axis) => string },
): Assessments | FormError[] {
  const errors: FormError[] = [];
  const entries = AXES.map((axis) => {
    const ids = assessmentIds(prefix, axis);
    const { level, comment } = draft[axis];
    const trimmed = comment.trim();
    if (level === undefined)
      errors.push({
        key: 'review.error.level',
        values: { axis: names.level(axis) },
        fieldId: ids.level,
      });
    if (trimmed === '')
      errors.push({
        key: 'organiser.field.required',
        values: { field: names.comment(axis) },
        fieldId: ids.comment,
      });
    else if (trimmed.length > MAX_COMMENT)
      errors.push({
        key: 'organiser.field.tooLong',
        values: { field: names.comment(axis), max: MAX_COMMENT },
        fieldId: ids.comment,
      });
    return [axis, { level, comment: trimmed }];
  });
  return errors.length > 0 ? errors : (Object.fromEntries(entries) as Assessments);
}
