// The reason categories a juror picks when declaring a conflict of interest. The category is private
// (the facilitator sees it; the log holds only seat and dossier). Spec: docs/deliberation.md, "Conflicts".

import { z } from 'zod';

export const CONFLICT_CATEGORIES = [
  'personal-or-financial',
  'family-or-friend',
  'professional',
  'other',
] as const;
export const ConflictCategory = z.enum(CONFLICT_CATEGORIES);
export type ConflictCategory = z.infer<typeof ConflictCategory>;
