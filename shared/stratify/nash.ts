// Nash welfare (Flanigan, Gölz, Gupta, Hennig & Procaccia 2021; the Sortition Foundation's library):
// the distribution over quota-satisfying panels that maximises the product of the selection
// probabilities, Σ_i ln π_i over the respondents who can sit on a panel at all, by fully corrective column
// generation over respondent types, stopped on a duality-gap certificate. Spec: docs/stratification.md,
// section "Nash welfare".

import type { Instance } from './instance';
import { infeasible, type ProgressReport } from './leximin';
import { solveNashMaster, type NashColumn } from './nashMaster';
import type { PanelDistribution } from './panelDistribution';
import type { SolverBackend } from './solverBackend';
import { compositionSet, keptPanels, seedPanels, typeEntries } from './seedPanels';
import { improveBySwaps } from './swapSearch';
import type { QuotaFlex } from './quotaFlex';

/**
 * Completion threshold on the certificate, per selectable respondent: the computation is complete when
 * ln(G / N) ≤ NASH_TOLERANCE, i.e. no distribution raises the geometric mean of the probabilities by a
 * factor of more than 1 + 1e−6.
 */
export const NASH_TOLERANCE = 1e-6;
/** The pricing MIP's relative gap (HiGHS, mip_rel_gap): its best panel is exact up to this factor. */
export const PRICING_RELATIVE_GAP = 1e-9;
/** Known panels the local search starts from at each pricing step. */
const STARTS = 16;
const MAX_ITERATIONS = 10_000;

/**
 * The optimality certificate of the returned distribution π (docs/stratification.md, "Nash welfare"):
 * with G = max over valid panels P of Σ_{i∈P} 1/π_i (taken over the N respondents who can be selected)
 * no distribution has Σ ln π' more than N·ln(G/N) above Σ ln π, and G = N exactly at the optimum.
 */
export interface NashCertificate {
  /** Σ_i ln π_i over the selectable respondents. */
  objective: number;
  /** N: respondents who sit on at least one valid panel (the others have probability 0 under any lottery). */
  selectable: number;
  /** G: the best panel's Σ 1/π_i, raised by the pricing MIP's relative gap so that it is an upper bound. */
  bestPanel: number;
  /** N·ln(G/N) ≥ (optimal Σ ln π) − objective. */
  gap: number;
  tolerance: number;
  iterations: number;
}

export interface NashDistribution extends PanelDistribution {
  nash: NashCertificate;
}

/**
 * The Nash-welfare distribution over panel compositions. Progress reports reuse LEXIMIN's shape:
 * `round` is the iteration, `lower` the geometric mean of the probabilities so far and `upper` a proven
 * bound on the optimal geometric mean (lower · G/N); no type is ever "fixed".
 * @throws {KleroterionError} QUOTAS_INFEASIBLE when no panel meets the quotas, with the smallest relaxation.
 */
export function nashWelfare(
  instance: Instance,
  backend: SolverBackend,
  options: {
    onProgress?: (report: ProgressReport) => void;
    /** Asked between master solves; true stops with the best distribution so far. */
    shouldStop?: () => boolean;
    now?: () => number;
    tolerance?: number;
    /** How far the organiser accepts to relax each quota, for the suggestion when none is met. */
    quotaFlex?: readonly QuotaFlex[];
  } = {},
): NashDistribution {
  const tolerance = options.tolerance ?? NASH_TOLERANCE;
  const startedAt = options.now?.() ?? 0;
  const elapsed = () => (options.now === undefined ? 0 : (options.now() - startedAt) / 1000);
  const T = instance.types.length;
  const sizes = instance.types.map((t) => t.members.length);
  const pricing = backend.pricing();
  const columns: NashColumn[] = [];
  const { compositions, add: addComposition } = compositionSet((counts) =>
    columns.push(typeEntries(instance, counts)),
  );

  // Seed as LEXIMIN does (seedPanels.ts). The types left uncovered can never be selected: they are
  // outside the objective (probability 0).
  const covered = seedPanels(instance, pricing, addComposition, () =>
    infeasible(backend, instance, options.quotaFlex),
  );
  const typeWeights = sizes.map((size, t) => (covered[t] ? size : 0));
  const selectable = typeWeights.reduce((sum, w) => sum + w, 0);
  // The master's accuracy: well below the completion threshold at the end, and far looser while the
  // certificate's gap is large (the certificate holds for any distribution, however inexact the master).
  const finalAccuracy = 1e-3 * tolerance * selectable;
  const accuracyFor = (gap: number) => Math.max(finalAccuracy, 1e-2 * gap);
  let accuracy = accuracyFor(selectable);

  let solution = solveNashMaster({ typeWeights, columns, accuracy });
  let certificate: NashCertificate | undefined;
  let iterations = 0;
  while (iterations < MAX_ITERATIONS) {
    iterations++;
    const pi = solution.probabilities;
    // Gradient of Σ n_t ln π_t along a panel: Σ_t count_t / π_t, i.e. Σ_{i∈P} 1/π_i.
    const weights = Array.from(pi, (p, t) => (covered[t] ? 1 / p : 0));
    const priced = pricing.best(weights);
    if (priced === undefined)
      throw new Error('the pricing MIP found no panel after it had found one');
    const bestPanel = Math.max(selectable, priced.value * (1 + PRICING_RELATIVE_GAP));
    const gap = selectable * Math.log(bestPanel / selectable);
    certificate = {
      objective: solution.objective,
      selectable,
      bestPanel,
      gap,
      tolerance,
      iterations,
    };
    const geometricMean = Math.exp(solution.objective / selectable);
    options.onProgress?.({
      round: iterations,
      roundsClosed: 0,
      fixedTypes: 0,
      types: T,
      lower: geometricMean,
      upper: geometricMean * (bestPanel / selectable),
      columns: compositions.length,
      ...(options.now === undefined ? {} : { seconds: elapsed() }),
    });
    if (gap <= tolerance * selectable) break;
    if (options.shouldStop?.() === true) break;
    // The exact MIP's panel, and local search from the best known panels, when they improve.
    const threshold = selectable * (1 + 1e-12);
    let added = priced.value > threshold && addComposition(priced.counts) ? 1 : 0;
    const scored = compositions
      .map((counts, i) => ({ i, value: counts.reduce((sum, c, t) => sum + c * weights[t]!, 0) }))
      .sort((a, b) => b.value - a.value)
      .slice(0, STARTS);
    for (const { i } of scored) {
      const improved = improveBySwaps(instance, weights, compositions[i]!);
      if (improved.value > threshold && addComposition(improved.counts)) added++;
    }
    // Nothing new improves: solve the master to its final accuracy, or, if it was, the certificate
    // stands as it is.
    if (added === 0 && accuracy <= finalAccuracy) break;
    accuracy = added === 0 ? finalAccuracy : accuracyFor(gap);
    solution = solveNashMaster({
      typeWeights,
      columns,
      accuracy,
      start: solution.lambda,
      startGap: gap,
    });
  }

  const panels = keptPanels(compositions, solution.lambda);
  const typeProbabilities = new Array<number>(T).fill(0);
  for (const panel of panels)
    panel.counts.forEach((count, t) => {
      if (count > 0) typeProbabilities[t]! += (panel.probability * count) / sizes[t]!;
    });
  // Dropping the vanishing panels moves π by ~1e−12: restate the objective on the returned π and widen
  // the gap by the change, so that the certificate stays a bound for exactly what is returned.
  let objective = 0;
  for (let t = 0; t < T; t++)
    if (covered[t]) objective += sizes[t]! * Math.log(typeProbabilities[t]!);
  const measured = certificate!;
  const nash: NashCertificate = {
    ...measured,
    objective,
    gap: measured.gap + Math.abs(objective - measured.objective),
  };
  return {
    panels,
    typeProbabilities,
    rounds: 0,
    columns: compositions.length,
    complete: nash.gap <= tolerance * selectable,
    closedRounds: [],
    bounds: {
      lower: Math.exp(nash.objective / selectable),
      upper: Math.exp((nash.objective + nash.gap) / selectable),
    },
    nash,
  };
}
