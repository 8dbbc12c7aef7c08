// The grading scales a jury may use, fixed before deliberation opens, and the abstention marker.
// Spec: docs/deliberation.md, section "Scales" (majority judgment's seven grades, or 0–10).

import { z } from 'zod';

/** "Je ne me prononce pas": an abstention, never a grade. */
export const ABSTAIN = 'abstain';

export const MAJORITY_GRADES = [
  'a-rejeter',
  'insuffisant',
  'passable',
  'assez-bien',
  'bien',
  'tres-bien',
  'excellent',
] as const;
export type MajorityGrade = (typeof MAJORITY_GRADES)[number];

/** French labels of the majority-judgment grades, worst first. */
export const MAJORITY_GRADE_LABELS: Record<MajorityGrade, { fr: string; en: string }> = {
  'a-rejeter': { fr: 'À rejeter', en: 'Reject' },
  insuffisant: { fr: 'Insuffisant', en: 'Poor' },
  passable: { fr: 'Passable', en: 'Fair' },
  'assez-bien': { fr: 'Assez bien', en: 'Quite good' },
  bien: { fr: 'Bien', en: 'Good' },
  'tres-bien': { fr: 'Très bien', en: 'Very good' },
  excellent: { fr: 'Excellent', en: 'Excellent' },
};

export const GradingScale = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('majority-7') }),
  z.strictObject({ kind: z.literal('numeric'), min: z.literal(0), max: z.literal(10) }),
]);
export type GradingScale = z.infer<typeof GradingScale>;

export const DEFAULT_SCALE: GradingScale = { kind: 'majority-7' };

/** The grades a scale allows, worst first, as the strings stored in ballots. */
export function gradesOf(scale: GradingScale): readonly string[] {
  return scale.kind === 'majority-7'
    ? MAJORITY_GRADES
    : Array.from({ length: scale.max - scale.min + 1 }, (_, i) => String(scale.min + i));
}

/** Rank of a grade on its scale (0 = worst), or undefined for an abstention or an unknown grade. */
export function gradeRank(scale: GradingScale, grade: string): number | undefined {
  const index = gradesOf(scale).indexOf(grade);
  return index < 0 ? undefined : index;
}

/** A zod schema accepting one grade of `scale`, or the abstention. */
export function gradeSchema(scale: GradingScale) {
  const allowed: [string, ...string[]] = [ABSTAIN, ...gradesOf(scale)];
  return z.enum(allowed);
}
