// A reviewer's pre-screening of one application: an admissibility opinion and four assessments on the
// administration's 4-level scale, each with a comment. Kept private; its digest is logged.
// Spec: docs/calls.md, section "Pre-screening".

import { z } from 'zod';
import { sha256HexOfText } from '../crypto/hash';
import { canonicalize } from '../crypto/jcs';
import { ASSESSMENT_LEVELS, Assessment, type AssessmentLevel } from '../dossier/dossier';
import { OPINIONS } from './callEvents';

export const AXES = ['solidity', 'feasibility', 'impact', 'supportValue'] as const;
export type Axis = (typeof AXES)[number];

export const Review = z.strictObject({
  opinion: z.enum(OPINIONS),
  solidity: Assessment,
  feasibility: Assessment,
  impact: Assessment,
  supportValue: Assessment,
});
export type Review = z.infer<typeof Review>;

/** SHA-256(JCS({ref, reviewer, review})): binds the private review to the public event. */
export const reviewDigest = (ref: string, reviewer: string, review: Review): string =>
  sha256HexOfText(canonicalize({ ref, reviewer, review }));

const MAX_COMMENT = 1000;

/**
 * The administration's assessment the jury reads, from two reviews: per axis, the more cautious level
 * (the lower of the two), and both comments. The organiser may edit it when settling.
 */
export function consolidate(reviews: readonly Review[]): Pick<Review, Axis> {
  const rank = (level: AssessmentLevel) => ASSESSMENT_LEVELS.indexOf(level);
  const entries = AXES.map((axis) => {
    const levels = reviews.map((r) => r[axis].level);
    const level = levels.reduce((low, l) => (rank(l) < rank(low) ? l : low));
    const comment =
      reviews.length === 1
        ? (reviews[0] as Review)[axis].comment
        : reviews.map((r, i) => `Relecture ${i + 1} : ${r[axis].comment}`).join('\n');
    return [
      axis,
      {
        level,
        comment: comment.length <= MAX_COMMENT ? comment : `${comment.slice(0, MAX_COMMENT - 1)}…`,
      },
    ];
  });
  return Object.fromEntries(entries) as Pick<Review, Axis>;
}

/** Two reviews disagree when their opinions differ or one says "to discuss". */
export const disagree = (opinions: readonly string[]): boolean =>
  new Set(opinions).size > 1 || opinions.includes('to-discuss');
