// The public results answer (GET /api/public/processes/:id/results, server/services/outcome/): the
// results as the log stands, with what a page needs to explain them; or, while a confidential
// deliberation is in progress and the reader is the public, only its progress. One type read by the
// server that builds it, the contract that declares it and the pages that show it.

import type { WithheldResults } from '../deliberation/confidentiality';
import type { Criterion } from './criterion';
import type { GradingScale } from './gradingScale';
import type { OutcomeState } from './outcomeState';
import type { Results, SensitivityEntry } from './results';
import type { AggregationRule } from './rule';

export interface ResultsView {
  process: { id: string; title: string; status: string };
  scale: GradingScale;
  grades: readonly string[];
  criteria: Criterion[];
  rule: AggregationRule;
  dossiers: { id: string; title: string }[];
  results: Results;
  participation: {
    dossierId: string;
    round: number;
    ballots: number;
    eligibleJurors: number;
    conflictedSeats: number[];
    absent: number;
    abstentions: Record<string, number>;
  }[];
  /** Per dossier: criterion → grade → count (the audit bundle's `grades`). */
  counts: { dossierId: string; round: number; counts: Record<string, Record<string, number>> }[];
  zScore: SensitivityEntry[] | null;
  published: { at: string; resultsHash: string } | null;
  /** A declared tie lottery awaiting its draw. */
  lottery: NonNullable<OutcomeState['lottery']> | null;
  /** The SHA-256 of the audit bundle file as the log stands. */
  bundleSha256: string;
}

/** What the results route answers: the results, or their progress while they are withheld. */
export type ResultsAnswer = ResultsView | WithheldResults;
