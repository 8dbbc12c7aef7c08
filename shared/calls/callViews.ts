// What the public and the organiser see of a call: the public page (window, then aggregate counts and
// reasons once closed, never an applicant's data) and the pre-screening progress per reviewer.
// Spec: docs/calls.md, sections "Public transparency" and "Progress".

import type { ApplicationForm } from './applicationForm';
import { REASONS, type CallSettings, type Reason } from './callEvents';
import { activeReviewers, isClosedAt, isOpenAt, type CallState } from './callState';
import type { PublicContent } from './publicContent';
import { disagree, type Axis, type Review } from './review';
import type { LeadType } from '../dossier/dossier';

export type CallStatus = 'upcoming' | 'open' | 'closed';

export function callStatus(state: CallState, now: Date): CallStatus {
  const instant = now.toISOString();
  if (isOpenAt(state.settings, instant)) return 'open';
  return isClosedAt(state.settings, instant) ? 'closed' : 'upcoming';
}

export function publicCallView(state: CallState, now: Date) {
  const status = callStatus(state, now);
  const applications = state.order.map((ref) => state.applications[ref]!);
  const settled = applications.filter((a) => a.settled !== undefined);
  const reasons = Object.fromEntries(REASONS.map((reason) => [reason, 0])) as Record<
    Reason,
    number
  >;
  for (const a of settled) if (a.settled?.reason) reasons[a.settled.reason]++;
  return {
    id: state.id,
    title: state.settings.title,
    description: state.settings.description,
    opensAt: state.settings.opensAt,
    closesAt: state.settings.closesAt,
    status,
    // Counts only once the call is closed: nothing about individual applications, ever.
    statistics:
      status === 'closed'
        ? {
            received: applications.length,
            settled: settled.length,
            admissible: settled.filter((a) => a.settled?.admissible === true).length,
            notAdmissible: settled.filter((a) => a.settled?.admissible === false).length,
            reasons,
          }
        : undefined,
    exportedTo: state.exported?.processId,
    lastSeq: state.lastSeq,
    head: state.head,
  };
}
export type PublicCallView = ReturnType<typeof publicCallView>;

/** Per reviewer: applications assigned (active), reviewed, and left; and the totals. */
export function reviewProgress(state: CallState) {
  const perReviewer = new Map(
    state.reviewers.map((r) => [r, { reviewer: r, assigned: 0, reviewed: 0 }]),
  );
  let reviews = 0;
  let expected = 0;
  for (const ref of state.order) {
    const a = state.applications[ref]!;
    for (const reviewer of activeReviewers(a)) {
      const entry = perReviewer.get(reviewer);
      if (entry === undefined) continue;
      entry.assigned++;
      expected++;
      if (a.reviews[reviewer] !== undefined) {
        entry.reviewed++;
        reviews++;
      }
    }
  }
  return {
    reviewers: [...perReviewer.values()].map((e) => ({ ...e, remaining: e.assigned - e.reviewed })),
    total: { expected, reviewed: reviews, remaining: expected - reviews },
    applications: {
      received: state.order.length,
      unassigned: state.order.filter((ref) => state.applications[ref]!.reviewers.length === 0)
        .length,
      fullyReviewed: state.order.filter((ref) => {
        const a = state.applications[ref]!;
        const active = activeReviewers(a);
        return active.length >= 2 && active.every((r) => a.reviews[r] !== undefined);
      }).length,
      settled: state.order.filter((ref) => state.applications[ref]!.settled !== undefined).length,
    },
  };
}

/** The order the organiser settles in: disagreements first, then unsettled, then settled. */
export function settlementOrder(state: CallState): string[] {
  const weight = (ref: string) => {
    const a = state.applications[ref]!;
    if (a.settled !== undefined) return 3;
    const opinions = activeReviewers(a)
      .map((r) => a.reviews[r]?.opinion)
      .filter((o): o is NonNullable<typeof o> => o !== undefined);
    if (opinions.length >= 2 && disagree(opinions)) return 0;
    return opinions.length >= 2 ? 1 : 2;
  };
  return state.order
    .map((ref, i) => ({ ref, i, w: weight(ref) }))
    .sort((a, b) => a.w - b.w || a.i - b.i)
    .map((e) => e.ref);
}

export type ReviewProgress = ReturnType<typeof reviewProgress>;

// The private pages' answers, built by the server from the call's state and its private tables
// (server/services/calls/): typed here so that the HTTP contract (shared/api/groups/calls.contract.ts)
// gives the same shapes to the server and the browser.

export const APPLICATION_STATUSES = [
  'received',
  'under-review',
  'admissible',
  'not-admissible',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** The applicant's own application, through their private link. */
export interface ApplicationView {
  call: { id: string; title: string; closesAt: string };
  ref: string;
  submittedAt: string;
  form: ApplicationForm;
  /** Shown once the call has closed, as the call announces; "received" until then. */
  status: ApplicationStatus;
  /** The organiser's explanation, once the application is settled. */
  reason: string | null;
  /** The category of refusal, from the one vocabulary (shared/calls/refusalReasons.ts). */
  reasonCategory: Reason | null;
}

export interface ReviewerApplication {
  ref: string;
  /** The project as the jury would read it: never the applicant's contact details. */
  content: PublicContent;
  review: Review | null;
  /** Settled by the organiser: the review can no longer change. */
  settled: boolean;
}

/** A reviewer's own queue, through their link: their applications, with their reviews so far. */
export interface ReviewerView {
  call: { id: string; title: string; status: CallStatus };
  reviewer: { id: string; name: string };
  applications: ReviewerApplication[];
}

export interface CallReviewer {
  id: string;
  name: string;
  email: string;
}

/** One application, as the organiser settles it (in settlement order: disagreements first). */
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
  /** What the jury reads, as settled (admissible applications only). */
  assessment: Pick<Review, Axis> | null;
}

/** The organiser's view of one call: progress, reviewers, and applications with disagreements first. */
export interface OrganiserCallView {
  call: PublicCallView;
  settings: CallSettings;
  reviewers: CallReviewer[];
  progress: ReviewProgress;
  applications: CallApplication[];
}
