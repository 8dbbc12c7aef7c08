// The shapes the public calls API answers with, as the browser receives them (JSON).

import type { ApplicationForm } from '../../../shared/calls/applicationForm';
import type { Reason } from '../../../shared/calls/callEvents';
import type { CallStatus, PublicCallView } from '../../../shared/calls/callViews';

export type PublicCall = PublicCallView;
export type { CallStatus };

export const APPLICATION_STATUSES = [
  'received',
  'under-review',
  'admissible',
  'not-admissible',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** GET /api/applications/:token: the applicant's own application, through their private link. */
export interface ApplicationView {
  call: { id: string; title: string; closesAt: string };
  ref: string;
  submittedAt: string;
  form: ApplicationForm;
  status: ApplicationStatus;
  /** The organiser's explanation, once the application is settled. */
  reason: string | null;
  /** The category of refusal, once settled not admissible (absent from older servers). */
  reasonCategory?: Reason | null;
}
