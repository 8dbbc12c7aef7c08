// LOTTERY.json: the M panels of the transparent lottery with everything a reviewer needs to judge it:
// the optimal probabilities before rounding, the probabilities after (appearances / M), the fairness
// figures of the optimal distribution, the rounding error, and the naive draw for comparison.
// Spec: docs/stratification.md, section "LOTTERY.json".

import { fairness, type FairnessFigures } from './fairness';
import type { Instance } from './instance';
import type { NashCertificate, NashDistribution } from './nash';
import type { PanelDistribution } from './panelDistribution';
import type { Quota } from './quotas';
import { panelProbabilities } from './rounding';

export const ALGORITHMS = ['leximin', 'maximin', 'nash', 'uniform'] as const;
export type Algorithm = (typeof ALGORITHMS)[number];

export type RoundingMethod = 'ilp' | 'largest-remainder' | 'sampled';

/**
 * A closed round of LEXIMIN (MAXIMIN: the only one) over respondent rows, with its dual certificate:
 * `weights[i]` ≥ 0 per row and `mu`. Anyone holding the respondents' features confirms the round with one
 * pricing MIP: no valid panel has Σ_{i on it} weights[i] > mu. Then no distribution gives every row not
 * fixed before this round more than max(0, 1 − Σ_{unfixed} weights) + mu − Σ_{fixed} weights[i] · fixed_i,
 * which equals `value`.
 */
export interface LotteryRound {
  round: number;
  value: number;
  /** Rows fixed at `value` by this round, ascending. */
  fixed: number[];
  /** 'dual': the rows of positive weight; 'minimum': degenerate duals, the rows at the minimum. */
  fixedBy: 'dual' | 'minimum';
  weights: number[];
  mu: number;
  /** Seconds into the optimisation when the round closed. */
  seconds: number;
}

export interface Lottery extends FairnessFigures {
  format: 'kleroterion-lottery/1';
  algorithm: Algorithm;
  panelSize: number;
  panelCount: number;
  seconds: number;
  respondents: number;
  /** Respondent ids in row order (row numbers from 1 when the file had no id column). */
  ids: string[];
  quotas: Quota[];
  /** M arrays of 0-based respondent rows, each ascending. */
  panels: number[][];
  optimalProbabilities: number[];
  probabilities: number[];
  /** Largest |probability − optimal probability| over respondents, from rounding to M panels. */
  roundingError: number;
  /** How the optimal distribution became M panels ('sampled': the uniform baseline draws them). */
  rounding: RoundingMethod;
  /** The naive quota draw, estimated by simulation, for comparison. */
  naive: (FairnessFigures & { runs: number }) | null;
  columns: number;
  /**
   * Whether the optimisation `algorithm` names finished: every LEXIMIN round closed (every row fixed), or
   * MAXIMIN's one round. False when the time budget stopped it: the panels are still a valid lottery,
   * exact only up to the closed `rounds`. The uniform baseline optimises nothing: true, no rounds.
   */
  complete: boolean;
  rounds: LotteryRound[];
  /**
   * Where the optimisation ended: the smallest probability among rows not yet fixed (`lower`) and a
   * proven bound on what any distribution could give them (`upper`); equal when complete. Null for uniform.
   */
  bounds: { lower: number; upper: number } | null;
  /**
   * The respondents columns that together identify a household (at most one person per household on any
   * panel), in the order named; absent when no household rule applied. Never the addresses themselves.
   */
  householdColumns?: string[];
  /** The Nash-welfare objective and its optimality certificate (`algorithm` "nash" only). */
  nash?: NashCertificate;
}

/** The distribution's closed rounds over respondent rows: a type's weight is shared by its members. */
export function lotteryRounds(instance: Instance, distribution: PanelDistribution): LotteryRound[] {
  return distribution.closedRounds.map((round) => ({
    round: round.round,
    value: round.value,
    fixed: round.fixedTypes.flatMap((t) => instance.types[t]!.members).sort((a, b) => a - b),
    fixedBy: round.fixedBy,
    weights: instance.typeOf.map((t) => round.typeWeights[t]! / instance.types[t]!.members.length),
    mu: round.mu,
    seconds: round.seconds,
  }));
}

export function buildLottery(input: {
  instance: Instance;
  ids: string[];
  algorithm: Algorithm;
  panels: number[][];
  optimalProbabilities: number[];
  seconds: number;
  naive: (FairnessFigures & { runs: number }) | null;
  columns: number;
  rounding: RoundingMethod;
  /** The optimisation's outcome; undefined for the uniform baseline. */
  distribution?: PanelDistribution;
  householdColumns?: readonly string[];
}): Lottery {
  const { instance } = input;
  const probabilities = panelProbabilities(instance.respondentCount, input.panels);
  return {
    format: 'kleroterion-lottery/1',
    algorithm: input.algorithm,
    panelSize: instance.panelSize,
    panelCount: input.panels.length,
    seconds: input.seconds,
    respondents: instance.respondentCount,
    ids: input.ids,
    quotas: instance.quotas,
    panels: input.panels,
    optimalProbabilities: input.optimalProbabilities,
    probabilities,
    roundingError: Math.max(
      ...probabilities.map((p, i) => Math.abs(p - (input.optimalProbabilities[i] as number))),
    ),
    rounding: input.rounding,
    ...fairness(input.optimalProbabilities, instance.panelSize),
    naive: input.naive,
    columns: input.columns,
    complete: input.distribution?.complete ?? true,
    rounds: input.distribution === undefined ? [] : lotteryRounds(instance, input.distribution),
    // Nash welfare has no rounds: its bounds and gap are in `nash`.
    bounds: input.algorithm === 'nash' ? null : (input.distribution?.bounds ?? null),
    ...(input.householdColumns === undefined || input.householdColumns.length === 0
      ? {}
      : { householdColumns: [...input.householdColumns] }),
    ...(input.distribution !== undefined && 'nash' in input.distribution
      ? { nash: (input.distribution as NashDistribution).nash }
      : {}),
  };
}
