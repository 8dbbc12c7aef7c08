// Reviewers are R01, R02… in the public log; the console shows their names beside the identifier.

import type { CallReviewer } from './callView';

export function reviewerLabel(reviewers: readonly CallReviewer[], id: string): string {
  const reviewer = reviewers.find((r) => r.id === id);
  return reviewer === undefined ? id : `${reviewer.name} (${id})`;
}
