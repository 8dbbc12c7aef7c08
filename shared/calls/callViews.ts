// What the public and the organiser see of a call: the public page (window, then aggregate counts and
// reasons once closed, never an applicant's data) and the pre-screening progress per reviewer.
// Spec: docs/calls.md, sections "Public transparency" and "Progress".

import { REASONS, type Reason } from './callEvents';
import { activeReviewers, isClosedAt, isOpenAt, type CallState } from './callState';
import { disagree } from './review';

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
