import type { Dispatch, SetStateAction } from 'react';
import { AXES } from '../../../shared/calls/review';
import type { FormError } from '../ui/formErrors';
import { AssessmentFieldset } from './AssessmentFieldset';
import type { AssessmentsDraft } from './assessmentDraft';

/**
 * Every axis of an assessment, in the programme's order, each a level and a comment: a reviewer's review
 * and the organiser's settlement of an admissible application ask for the same.
 */
export function AssessmentFieldsets({
  prefix,
  draft,
  errorFor,
  setDraft,
}: {
  prefix: string;
  draft: AssessmentsDraft;
  errorFor: (fieldId: string) => FormError | undefined;
  setDraft: Dispatch<SetStateAction<AssessmentsDraft>>;
}) {
  return AXES.map((axis) => (
    <AssessmentFieldset
      key={axis}
      prefix={prefix}
      axis={axis}
      draft={draft[axis]}
      errorFor={errorFor}
      onChange={(next) => setDraft((current) => ({ ...current, [axis]: next }))}
    />
  ));
}
