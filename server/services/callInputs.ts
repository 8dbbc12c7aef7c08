// What the console sends to a call for projects, validated at the boundary: a reviewer to add, and the
// settlement of an application (admissible or not, why, and the assessment the jury reads).

import { z } from 'zod';
import { REASONS } from '../../shared/calls/callEvents';
import { Review } from '../../shared/calls/review';

export const ReviewerInput = z.strictObject({
  name: z.string().trim().min(2).max(120),
  email: z.email().max(254),
});

export const Settlement = z
  .strictObject({
    admissible: z.boolean(),
    reason: z.enum(REASONS).nullable(),
    /** What the applicant reads: why, in a few sentences. */
    reasonText: z.string().trim().min(10).max(2000),
    /** The administration's assessment the jury reads; by default, the two reviews consolidated. */
    assessment: Review.omit({ opinion: true }).optional(),
  })
  .refine((s) => s.admissible === (s.reason === null), {
    message: 'a reason category is given exactly when the application is not admissible',
    path: ['reason'],
  });
export type Settlement = z.infer<typeof Settlement>;
