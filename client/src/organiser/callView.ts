// The shapes the calls console reads (server/services/calls.ts): the organiser's view of one call, the
// public list of calls, and the public list of processes (the jury to send the dossiers to).

import type { CallSettings, Reason } from '../../../shared/calls/callEvents';
import type { PublicCallView, reviewProgress } from '../../../shared/calls/callViews';
import type { PublicContent } from '../../../shared/calls/publicContent';
import type { Axis, Review } from '../../../shared/calls/review';
import type { LeadType } from '../../../shared/dossier/dossier';

export type { PublicCallView };
export type ReviewProgress = ReturnType<typeof reviewProgress>;

export interface CallReviewer {
  id: string;
  name: string;
  email: string;
}

/** One application, as the organiser settles it (already in settlement order: disagreements first). */
export interface CallApplication {
  ref: string;
  title: string;
  leadType: LeadType;
  /** The project as the applicant filled it in, without their contact details. */
  content: PublicContent;
  /** Active reviewers (those who declared a conflict are replaced). */
  reviewers: string[];
  conflicts: string[];
  reviews: { reviewer: string; review: Review | null }[];
  disagreement: boolean;
  /** The two reviews merged (more cautious level, both comments); null until both are in. */
  consolidated: Pick<Review, Axis> | null;
  settled: { admissible: boolean; reason: Reason | null; at: string } | null;
  /** What the applicant reads about the outcome. */
  reasonText: string | null;
}

/** GET /api/calls/:id. */
export interface OrganiserCallView {
  call: PublicCallView;
  settings: CallSettings;
  reviewers: CallReviewer[];
  progress: ReviewProgress;
  applications: CallApplication[];
}

/** GET /api/public/processes. */
export interface ProcessSummary {
  id: string;
  title: string;
  status: string;
}
