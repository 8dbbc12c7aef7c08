// LEXIMIN (Flanigan, Gölz, Gupta, Hennig & Procaccia, Nature 2021) over respondent types, by column
// generation: repeatedly maximise the smallest selection probability among the types not yet fixed
// (master LP over a growing set of panels, new panels priced by a MIP with the LP's duals as weights),
// then fix every type whose dual weight is positive at that value, until every type is fixed.
// MAXIMIN is the first round alone. Spec: docs/stratification.md.

import { quotasInfeasible } from './infeasibleQuotas';
import type { Instance } from './instance';
import type { LeximinRound, PanelDistribution } from './panelDistribution';
import type { QuotaFlex } from './quotaFlex';
import type { MasterLp, SolverBackend } from './solverBackend';
import { compositionSet, keptPanels, seedPanels, typeEntries } from './seedPanels';
import { improveBySwaps } from './swapSearch';

export interface ProgressReport {
  /** The round under way (1-based), or the last one when `isRoundClosed`. */
  round: number;
  /** Rounds closed so far, each exact (proved by the pricing MIP). */
  roundsClosed: number;
  fixedTypes: number;
  types: number;
  /** The current round's value so far: the smallest probability among unfixed types (lower bound). */
  lower: number;
  /** A proven upper bound on the current round's value (Lagrangian bound from the last pricing). */
  upper: number;
  columns: number;
  /** Seconds since the optimisation began, when a clock was given. */
  seconds?: number;
  /**
   * Seconds still to go at the pace of the closed rounds (types fixed per second), when a clock was given
   * and a round has closed; a projection, not a promise: later rounds may be slower or faster.
   */
  estimateSeconds?: number;
}

const IMPROVEMENT = 1e-7;
const POSITIVE_DUAL = 1e-7;
/** Known panels the local search starts from at each pricing step. */
const STARTS = 16;

/** @throws {KleroterionError} QUOTAS_INFEASIBLE with the smallest relaxation (infeasibleQuotas.ts). */
export function infeasible(
  backend: SolverBackend,
  instance: Instance,
  flex?: readonly QuotaFlex[],
): never {
  throw quotasInfeasible(instance, backend, flex);
}

export function leximin(
  instance: Instance,
  backend: SolverBackend,
  options: {
    maximinOnly?: boolean;
    onProgress?: (report: ProgressReport) => void;
    /** Asked between LP solves; returning true stops with the best distribution so far. */
    shouldStop?: () => boolean;
    /** Milliseconds on any monotonic clock, for the rounds' times and the progress estimate. */
    now?: () => number;
    /** The quotas' flexible bounds, which the relaxation suggested for infeasible quotas respects. */
    quotaFlex?: readonly QuotaFlex[];
  } = {},
): PanelDistribution {
  const startedAt = options.now?.() ?? 0;
  const elapsed = () => (options.now === undefined ? 0 : (options.now() - startedAt) / 1000);
  const T = instance.types.length;
  const pricing = backend.pricing();
  const master: MasterLp = backend.master(T);
  const { compositions, add: addComposition } = compositionSet((counts) =>
    master.addPanel(typeEntries(instance, counts)),
  );

  // Seed panels covering every type that can sit on a panel (seedPanels.ts).
  seedPanels(instance, pricing, addComposition, () =>
    infeasible(backend, instance, options.quotaFlex),
  );
  const sizes = instance.types.map((t) => t.members.length);
  /**
   * Adds the improving panels found by local search from the best known ones; returns how many, and the
   * best panel met (a first incumbent for the exact MIP).
   */
  const addBySwaps = (
    weights: readonly number[],
    threshold: number,
  ): { added: number; best: number[] | undefined } => {
    const scored = compositions
      .map((counts, i) => ({ i, value: counts.reduce((sum, c, t) => sum + c * weights[t]!, 0) }))
      .sort((a, b) => b.value - a.value)
      .slice(0, STARTS);
    let added = 0;
    let best: { counts: number[]; value: number } | undefined;
    for (const { i } of scored) {
      const improved = improveBySwaps(instance, weights, compositions[i]!);
      if (best === undefined || improved.value > best.value) best = improved;
      if (improved.value > threshold + IMPROVEMENT && addComposition(improved.counts)) added++;
    }
    return { added, best: best?.counts };
  };

  const fixed = new Array<boolean>(T).fill(false);
  const fixedValue = new Array<number>(T).fill(0);
  let fixedCount = 0;
  let rounds = 0;
  const closed: LeximinRound[] = [];
  let solution = master.solve();
  let stopped = false;
  /** Σ_P p_t = k over members, so the smallest unfixed type cannot exceed the average left to share. */
  const averageBound = () => {
    let left = instance.panelSize;
    let members = 0;
    for (let t = 0; t < T; t++)
      if (fixed[t]) left -= fixedValue[t]! * sizes[t]!;
      else members += sizes[t]!;
    return members === 0 ? 0 : Math.min(1, Math.max(0, left / members));
  };
  /** The Lagrangian bound max_z z(1 − Σ_unfixed w) + max_P w·p_P − Σ_fixed w f, valid for any w ≥ 0. */
  const lagrangianBound = (typeWeights: Float64Array, pricedValue: number) => {
    let unfixedWeight = 0;
    let fixedTerm = 0;
    for (let t = 0; t < T; t++)
      if (fixed[t]) fixedTerm += typeWeights[t]! * fixedValue[t]!;
      else unfixedWeight += typeWeights[t]!;
    return Math.max(0, 1 - unfixedWeight) + pricedValue - fixedTerm;
  };
  let upper = averageBound();
  const report = () => {
    const seconds = elapsed();
    const progress: ProgressReport = {
      round: Math.max(1, rounds),
      roundsClosed: closed.length,
      fixedTypes: fixedCount,
      types: T,
      lower: solution.z,
      upper: Math.max(upper, solution.z),
      columns: compositions.length,
    };
    if (options.now !== undefined) {
      progress.seconds = seconds;
      if (fixedCount > 0 && fixedCount < T)
        progress.estimateSeconds = (seconds * (T - fixedCount)) / fixedCount;
      else if (fixedCount === T || (options.maximinOnly === true && closed.length === 1))
        progress.estimateSeconds = 0;
    }
    options.onProgress?.(progress);
  };
  while (fixedCount < T && !stopped) {
    rounds++;
    upper = averageBound();
    // Column generation until no panel improves the master.
    let isRoundClosed = false;
    for (;;) {
      if (options.shouldStop?.() === true) {
        stopped = true;
        break;
      }
      const weights = Array.from(solution.typeWeights, (w, t) => w / sizes[t]!);
      // Local search improves the most promising known panels by single-seat moves; the exact MIP adds
      // the most improving panel of all. Its column is what breaks the long degenerate tails of later
      // rounds (measured: round 3 of the French instance converges instead of stalling), and it proves
      // the round finished when nothing improves.
      const { added: swapped, best: bestSwapped } = addBySwaps(weights, solution.sumDual);
      const priced = pricing.best(weights, bestSwapped);
      if (priced !== undefined)
        upper = Math.min(upper, lagrangianBound(solution.typeWeights, priced.value));
      const isImproving = priced !== undefined && priced.value > solution.sumDual + IMPROVEMENT;
      const added = isImproving && addComposition(priced.counts);
      if (swapped === 0 && !added) {
        // The MIP found no panel beyond mu (or only one the master already holds, so the LP's own
        // optimality covers it): the round is closed, its value exact.
        isRoundClosed = priced !== undefined;
        break;
      }
      solution = master.solve();
      report();
    }
    if (!isRoundClosed) break;
    // Fix every unfixed type whose dual is positive: no distribution can raise it above z.
    const newly: number[] = [];
    for (let t = 0; t < T; t++)
      if (!fixed[t] && solution.typeWeights[t]! > POSITIVE_DUAL) newly.push(t);
    let fixedBy: LeximinRound['fixedBy'] = 'dual';
    if (newly.length === 0) {
      // Degenerate duals: fix the types at the minimum instead, which also makes progress.
      fixedBy = 'minimum';
      const probabilities = typeProbabilities(instance, compositions, solution.lambda);
      for (let t = 0; t < T; t++)
        if (!fixed[t] && probabilities[t]! <= solution.z + 1e-9) newly.push(t);
    }
    // A round that fixes nobody proves nothing new and cannot make progress: stop, incomplete.
    if (newly.length === 0 && options.maximinOnly !== true) break;
    closed.push({
      round: rounds,
      value: solution.z,
      fixedTypes: newly,
      fixedBy,
      typeWeights: Array.from(solution.typeWeights),
      mu: solution.sumDual,
      seconds: elapsed(),
      columns: compositions.length,
    });
    upper = solution.z;
    if (options.maximinOnly === true) {
      report();
      break;
    }
    for (const t of newly) {
      fixed[t] = true;
      fixedValue[t] = solution.z;
      master.fix(t, Math.max(0, solution.z - 1e-9));
    }
    fixedCount += newly.length;
    report();
    if (fixedCount < T) solution = master.solve();
  }
  if (stopped) report();

  const panels = keptPanels(compositions, solution.lambda);
  return {
    panels,
    typeProbabilities: typeProbabilities(
      instance,
      panels.map((p) => p.counts),
      Float64Array.from(panels.map((p) => p.probability)),
    ),
    rounds,
    columns: compositions.length,
    complete: options.maximinOnly === true ? closed.length === 1 : fixedCount === T,
    closedRounds: closed,
    bounds: { lower: solution.z, upper: Math.max(upper, solution.z) },
  };
}

function typeProbabilities(
  instance: Instance,
  compositions: readonly number[][],
  lambda: Float64Array,
): number[] {
  const probabilities = new Array<number>(instance.types.length).fill(0);
  compositions.forEach((counts, i) => {
    const weight = lambda[i] ?? 0;
    if (weight === 0) return;
    counts.forEach((count, t) => {
      if (count > 0)
        probabilities[t] =
          (probabilities[t] as number) + (weight * count) / instance.types[t]!.members.length;
    });
  });
  return probabilities;
}
