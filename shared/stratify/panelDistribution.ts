// What LEXIMIN computes and rounding consumes: a distribution over panel compositions, kept apart from both
// so the solver, its backend and the rounding step import it without importing one another. Spec: docs/stratification.md.

export interface PanelDistribution {
  /** Compositions (count per type) with their probabilities λ (summing to 1). */
  panels: { counts: number[]; probability: number }[];
  /** Per-type selection probability of each member. */
  typeProbabilities: number[];
  rounds: number;
  columns: number;
  /** False when the caller stopped the computation before every type was fixed. */
  complete: boolean;
}
