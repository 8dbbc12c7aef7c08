// What the LEXIMIN algorithm needs from a linear-programming solver, so that shared/ stays pure: the
// server and the CLI plug in HiGHS (WebAssembly); tests may plug in anything exact.
// Spec: docs/stratification.md.

import type { QuotaFlex } from './quotaFlex';
import type { RoundingProblem } from './rounding';

/** The master LP of column generation, over types: maximise z. */
export interface MasterLp {
  /**
   * Adds a panel λ_P ≥ 0 with coefficient `value` (= count of the type in the panel / type size) on each
   * listed type row, and 1 on the row Σ λ = 1.
   */
  addPanel(entries: readonly { type: number; value: number }[]): void;
  /** Fixes a type: its row becomes Σ_P p_{P,t} λ_P ≥ `value`, without z. */
  fix(type: number, value: number): void;
  /**
   * Solves. `typeWeights[t]` ≥ 0 is the dual of type t's row (its weight in the pricing problem) and
   * `sumDual` the dual of Σ λ = 1: a panel improves the master when Σ_t w_t p_{P,t} > sumDual.
   */
  solve(): { z: number; lambda: Float64Array; typeWeights: Float64Array; sumDual: number };
}

/** The pricing problem: the valid panel composition maximising Σ_t weight_t · count_t. */
export interface Pricing {
  /**
   * Counts per type, or undefined when no composition satisfies the quotas. `start`, a valid composition,
   * may be offered as a first incumbent; it changes the time taken, never the answer's optimality.
   */
  best(
    weights: readonly number[],
    start?: readonly number[],
  ): { counts: number[]; value: number } | undefined;
}

/** Diagnosis of infeasible quotas: the smallest total relaxation that makes them feasible. */
export interface Relaxation {
  quota: number;
  /** How far to lower `min` and raise `max`. */
  lower: number;
  raise: number;
}

export interface SolverBackend {
  master(typeCount: number): MasterLp;
  pricing(): Pricing;
  /**
   * Relaxations (non-zero only) making the quotas feasible, fewest seats moved; with `flex` (one per
   * quota), no min below its min_flex and no max above its max_flex. Empty when none exists.
   */
  relax(flex?: readonly QuotaFlex[]): Relaxation[];
  /**
   * ILP rounding: slots per composition, each ⌊target⌋ or ⌈target⌉, M in all, minimising the largest
   * deviation of a type's seats per member from its target; `start` is a valid answer to improve on.
   * Undefined when the solver found nothing within its limits.
   */
  roundSlots(problem: RoundingProblem, start: readonly number[]): number[] | undefined;
}
