// The public results answer of GET /api/public/processes/:id/results (server/services/outcome.ts).

import type { GradingScale } from '../../../shared/scoring/gradingScale';
import type { OutcomeState } from '../../../shared/scoring/outcomeState';
import type { Results, SensitivityEntry } from '../../../shared/scoring/results';
import type { AggregationRule } from '../../../shared/scoring/rule';

export interface ResultsView {
  process: { id: string; title: string; status: string };
  scale: GradingScale;
  grades: string[];
  criteria: { id: string; label: string }[];
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
  /** Per dossier: criterion → grade → count. */
  counts: { dossierId: string; round: number; counts: Record<string, Record<string, number>> }[];
  zScore: SensitivityEntry[] | null;
  published: { at: string; resultsHash: string } | null;
  /** A declared tie lottery awaiting its draw. */
  lottery: NonNullable<OutcomeState['lottery']> | null;
  bundleSha256: string;
}
