// Balanced assignment of applications to reviewers: each application goes, as it arrives, to the two
// reviewers with the fewest active assignments (ties to the reviewer added first), never to one who
// declared a conflict on it; a reviewer with a conflict of interest is replaced by the least loaded
// reviewer not already on that application.
// Spec: docs/calls.md, section "Pre-screening".

import { activeReviewers, type CallState } from './callState';

/** reviewer → how many applications they are actively assigned (conflicts excluded). */
export function reviewerLoad(state: CallState): Map<string, number> {
  const load = new Map(state.reviewers.map((r) => [r, 0]));
  for (const ref of state.order) {
    const application = state.applications[ref];
    if (application === undefined) continue;
    for (const reviewer of activeReviewers(application))
      load.set(reviewer, (load.get(reviewer) ?? 0) + 1);
  }
  return load;
}

/** The `count` least-loaded reviewers outside `exclude`, in the order reviewers were added on ties. */
export function leastLoaded(
  reviewers: readonly string[],
  load: ReadonlyMap<string, number>,
  exclude: readonly string[],
  count: number,
): string[] {
  return reviewers
    .map((reviewer, order) => ({ reviewer, order, load: load.get(reviewer) ?? 0 }))
    .filter((entry) => !exclude.includes(entry.reviewer))
    .sort((a, b) => a.load - b.load || a.order - b.order)
    .slice(0, count)
    .map((entry) => entry.reviewer);
}

/**
 * Pairs for every application not yet assigned, in order of receipt, updating the load as it goes.
 * `arriving` are references received in the same decision (not yet in the state), assigned last;
 * `reviewers` replaces the state's list when a reviewer joins in the same decision.
 */
export function assignPending(
  state: CallState,
  options: { arriving?: readonly string[]; reviewers?: readonly string[] } = {},
): { ref: string; reviewers: string[] }[] {
  const reviewers = options.reviewers ?? state.reviewers;
  const load = reviewerLoad(state);
  const pending = [
    ...state.order.filter((ref) => (state.applications[ref]?.reviewers.length ?? 0) === 0),
    ...(options.arriving ?? []),
  ];
  const pairs: { ref: string; reviewers: string[] }[] = [];
  for (const ref of pending) {
    // A reviewer who declared a conflict on this application is never given it (back).
    const pair = leastLoaded(reviewers, load, state.applications[ref]?.conflicts ?? [], 2);
    if (pair.length < 2) break;
    for (const reviewer of pair) load.set(reviewer, (load.get(reviewer) ?? 0) + 1);
    pairs.push({ ref, reviewers: pair });
  }
  return pairs;
}
