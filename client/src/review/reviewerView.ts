// What a reviewer's private link answers: GET /api/reviewers/:token (server/services/calls.ts, reviewerView).

import type { PublicContent } from '../../../shared/calls/publicContent';
import type { Review } from '../../../shared/calls/review';
import type { CallStatus } from '../../../shared/calls/callViews';

export interface ReviewerApplication {
  ref: string;
  /** The project as the jury would read it: never the applicant's contact details. */
  content: PublicContent;
  review: Review | null;
  /** Settled by the organiser: the review can no longer change. */
  settled: boolean;
}

export interface ReviewerView {
  call: { id: string; title: string; status: CallStatus };
  reviewer: { id: string; name: string };
  applications: ReviewerApplication[];
}
