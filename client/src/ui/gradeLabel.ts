import {
  MAJORITY_GRADE_LABELS,
  gradesOf,
  type GradingScale,
  type MajorityGrade,
} from '../../../shared/scoring/gradingScale';
import type { Language } from '../i18n/messages';

/** A grade's label in the reader's language (numbers stay numbers). */
export function gradeLabel(scale: GradingScale, grade: string, language: Language): string {
  return scale.kind === 'majority-7'
    ? (MAJORITY_GRADE_LABELS[grade as MajorityGrade]?.[language] ?? grade)
    : grade;
}

export const scaleGrades = gradesOf;
