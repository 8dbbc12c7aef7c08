// What LEXIMIN computes and rounding consumes: a distribution over panel compositions, kept apart from both
// so the solver, its backend and the rounding step import it without importing one another. Spec: docs/stratification.md.

export interface PanelDistribution {
  /** Compositions (count per type) with their probabilities λ (summing to 1). */
  panels: { counts: number[]; probability: number }[];
  /** Per-type selection probability of each member. */
  typeProbabilities: number[];
  rounds: number;
  columns: number;
  /** False when the caller stopped the computation before every round closed (every type fixed). */
  complete: boolean;
  /** The rounds that closed, each exact, with its dual certificate. */
  closedRounds: LeximinRound[];
  /**
   * The round value the computation ended in: `lower` is what the distribution achieves for the types
   * not yet fixed, `upper` a proven bound on what any distribution could (equal when complete).
   */
  bounds: { lower: number; upper: number };
}

/**
 * One closed round, with its dual certificate: `typeWeights` (w_t ≥ 0, the duals of the type rows) and
 * `mu` (the dual of Σ λ = 1). No panel P has Σ_t w_t · x_{P,t} / |t| > mu (the pricing MIP proved it), so
 * by weak duality no distribution gives every unfixed type more than
 * max(0, 1 − Σ_{unfixed} w_t) + mu − Σ_{fixed} w_t · fixed_t = `value`.
 */
export interface LeximinRound {
  round: number;
  value: number;
  /** Types fixed at `value` by this round. */
  fixedTypes: number[];
  /** 'dual': the types whose weight is positive; 'minimum': degenerate duals, the types at the minimum. */
  fixedBy: 'dual' | 'minimum';
  typeWeights: number[];
  mu: number;
  /** Seconds since the optimisation began when the round closed (0 without a clock). */
  seconds: number;
  columns: number;
}
