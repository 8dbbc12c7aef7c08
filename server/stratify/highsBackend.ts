// The LEXIMIN solver backend on HiGHS (WebAssembly): a persistent master LP that grows by columns and
// is re-solved warm, a persistent pricing MIP whose objective changes, and an infeasibility diagnosis
// that minimises the seats by which quotas must be relaxed.

import loadHighs, { type Highs } from 'highs';
import type { Instance } from '../../shared/stratify/instance';
import { floorSlots, slotDeviation, type RoundingProblem } from '../../shared/stratify/rounding';
import type { QuotaFlex } from '../../shared/stratify/quotaFlex';
import type { Relaxation, SolverBackend } from '../../shared/stratify/solverBackend';

/** Seconds the rounding ILP may take before the best rounding found so far is used. */
export const ROUNDING_TIME_LIMIT_SECONDS = 20;

/** Simplex iterations of every master LP solve in this process, for the profiling benchmark. */
export const masterStatistics = { iterations: 0 };

let loaded: Promise<Highs> | undefined;
/** One WebAssembly instance per process, loaded on first use. */
export const highsInstance = (): Promise<Highs> => (loaded ??= loadHighs());

/**
 * CSC matrix over type columns of the quota rows (0 … Q−1), the size row (Q) and one row per shared
 * household (Q + 1 + h: at most one of its members).
 */
function panelRows(instance: Instance) {
  const Q = instance.quotas.length;
  const starts: number[] = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const type of instance.types) {
    for (const q of [...new Set(type.quotaIndex)].sort((a, b) => a - b)) {
      indices.push(q);
      values.push(1);
    }
    indices.push(Q);
    values.push(1);
    if (type.household !== undefined) {
      indices.push(Q + 1 + type.household);
      values.push(1);
    }
    starts.push(indices.length);
  }
  return { starts, indices, values, numRows: Q + 1 + instance.households.length };
}

export async function createHighsBackend(
  instance: Instance,
  options: { roundingTimeLimitSeconds?: number } = {},
): Promise<SolverBackend> {
  const highs = await highsInstance();
  const inf = highs.infinity;
  const T = instance.types.length;
  const Q = instance.quotas.length;
  const k = instance.panelSize;
  const sizes = instance.types.map((t) => t.members.length);
  const rows = panelRows(instance);
  const H = instance.households.length;
  const rowLower = [...instance.quotas.map((q) => q.min), k, ...new Array<number>(H).fill(0)];
  const rowUpper = [...instance.quotas.map((q) => q.max), k, ...new Array<number>(H).fill(1)];
  const optimal = highs.constants.modelStatus.optimal;

  return {
    master(typeCount) {
      const model = highs.createModel();
      model.options.set('output_flag', false);
      // Re-solved after every new column: warm simplex from the last basis, never a fresh presolve.
      model.options.set('presolve', 'off');
      model.options.set('solver', 'simplex');
      // New columns leave the basis primal feasible: the primal simplex carries on from it.
      model.options.set('simplex_strategy', 4);
      model.passModel({
        numCols: 1,
        numRows: typeCount + 1,
        sense: highs.constants.objectiveSense.maximize,
        colCost: [1],
        colLower: [0],
        colUpper: [1],
        rowLower: [...new Array<number>(typeCount).fill(0), 1],
        rowUpper: [...new Array<number>(typeCount).fill(inf), 1],
        matrix: {
          format: 'csc',
          numRows: typeCount + 1,
          numCols: 1,
          starts: [0, typeCount],
          indices: Array.from({ length: typeCount }, (_, t) => t),
          values: new Array<number>(typeCount).fill(-1),
        },
      });
      return {
        addPanel(entries) {
          model.addCol(0, 0, inf, {
            indices: [...entries.map((e) => e.type), typeCount],
            values: [...entries.map((e) => e.value), 1],
          });
        },
        fix(type, value) {
          model.changeCoefficient(type, 0, 0);
          model.changeRowBounds(type, value, inf);
        },
        solve() {
          model.run();
          masterStatistics.iterations += Number(model.info.get('simplex_iteration_count'));
          const status = model.getModelStatus();
          if (status !== optimal)
            throw new Error(`the master LP ended with HiGHS status ${status}`);
          const solution = model.getSolution();
          const typeWeights = new Float64Array(typeCount);
          for (let t = 0; t < typeCount; t++) typeWeights[t] = Math.max(0, -solution.rowDual[t]!);
          return {
            z: solution.colValue[0]!,
            lambda: solution.colValue.slice(1),
            typeWeights,
            sumDual: solution.rowDual[typeCount]!,
          };
        },
      };
    },

    pricing() {
      const model = highs.createModel();
      model.options.set('output_flag', false);
      model.options.set('mip_rel_gap', 1e-9);
      model.options.set('mip_abs_gap', 1e-12);
      model.passModel({
        numCols: T,
        numRows: Q + 1 + H,
        sense: highs.constants.objectiveSense.maximize,
        colCost: new Array<number>(T).fill(0),
        colLower: new Array<number>(T).fill(0),
        colUpper: sizes,
        rowLower,
        rowUpper,
        matrix: { format: 'csc', numCols: T, ...rows },
        integrality: new Array(T).fill(highs.constants.variableType.integer),
      });
      return {
        best(weights, start) {
          model.changeColsCost({ kind: 'range', from: 0, to: T - 1 }, weights);
          // A good valid panel as the first incumbent lets the branch and bound prune from the start.
          if (start !== undefined) model.setSolution({ colValue: [...start] });
          model.run();
          if (model.getModelStatus() !== optimal) return undefined;
          const counts = Array.from(model.getSolution().colValue, (x) => Math.round(x));
          return { counts, value: counts.reduce((sum, c, t) => sum + c * weights[t]!, 0) };
        },
      };
    },

    relax(flex?: readonly QuotaFlex[]): Relaxation[] {
      // Integer counts per type plus, per quota, seats below min (l_q) and above max (r_q) allowed at a
      // cost: minimise Σ (l_q + r_q), within the flexible bounds: l_q ≤ min − min_flex, r_q ≤ max_flex − max.
      const model = highs.createModel();
      model.options.set('output_flag', false);
      const starts = [...rows.starts];
      const indices = [...rows.indices];
      const values = [...rows.values];
      for (let q = 0; q < Q; q++) {
        indices.push(q);
        values.push(1); // l_q lifts the row up to min
        starts.push(indices.length);
        indices.push(q);
        values.push(-1); // r_q lets the row exceed max
        starts.push(indices.length);
      }
      model.passModel({
        numCols: T + 2 * Q,
        numRows: Q + 1 + H,
        sense: highs.constants.objectiveSense.minimize,
        colCost: [...new Array<number>(T).fill(0), ...new Array<number>(2 * Q).fill(1)],
        colLower: new Array<number>(T + 2 * Q).fill(0),
        colUpper: [
          ...sizes,
          // A min is never lowered below 0 (or its min_flex): a min above k may need more than k seats.
          ...instance.quotas.flatMap((q, i) => {
            const bound = flex?.[i];
            const maxFlex = bound?.maxFlex;
            return [
              q.min - (bound?.minFlex ?? 0),
              maxFlex === undefined ? k : Math.min(k, maxFlex - q.max),
            ];
          }),
        ],
        rowLower,
        rowUpper,
        matrix: { format: 'csc', numCols: T + 2 * Q, numRows: Q + 1 + H, starts, indices, values },
        integrality: new Array(T + 2 * Q).fill(highs.constants.variableType.integer),
      });
      model.run();
      if (model.getModelStatus() !== optimal) return [];
      const x = model.getSolution().colValue;
      const relaxations: Relaxation[] = [];
      for (let q = 0; q < Q; q++) {
        const lower = Math.round(x[T + 2 * q]!);
        const raise = Math.round(x[T + 2 * q + 1]!);
        if (lower > 0 || raise > 0) relaxations.push({ quota: q, lower, raise });
      }
      return relaxations;
    },

    roundSlots(problem, start) {
      return roundSlotsByIlp(
        highs,
        problem,
        start,
        options.roundingTimeLimitSeconds ?? ROUNDING_TIME_LIMIT_SECONDS,
      );
    },
  };
}

/**
 * Binary x_P (one slot above ⌊target_P⌋) for each fractional composition and a continuous ε: minimise ε
 * subject to Σ x_P = M − Σ ⌊target⌋ and, per type t, |Σ_P (⌊target_P⌋ + x_P)·c_{P,t} / n_t − M·π_t| ≤ ε.
 */
function roundSlotsByIlp(
  highs: Highs,
  problem: RoundingProblem,
  start: readonly number[],
  timeLimitSeconds: number,
): number[] | undefined {
  const floors = floorSlots(problem);
  const fractional = problem.targets.flatMap((x, i) => (x - floors[i]! > 1e-9 ? [i] : []));
  const extra = problem.panelCount - floors.reduce((sum, n) => sum + n, 0);
  if (fractional.length === 0 || extra <= 0 || extra >= fractional.length) return undefined;
  const T = problem.typeSizes.length;
  // Seats per member each type already has from the floors, and how far that is from its target.
  const base = new Array<number>(T).fill(0);
  problem.compositions.forEach((counts, i) => {
    counts.forEach((c, t) => {
      if (c > 0) base[t] = base[t]! + (floors[i]! * c) / problem.typeSizes[t]!;
    });
  });
  const gap = problem.memberTargets.map((target, t) => target - base[t]!);
  // Rows: 0 … T−1 "upper" (Σ a x − ε ≤ gap), T … 2T−1 "lower" (Σ a x + ε ≥ gap), 2T the slot count.
  const starts: number[] = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const i of fractional) {
    problem.compositions[i]!.forEach((c, t) => {
      if (c === 0) return;
      const a = c / problem.typeSizes[t]!;
      indices.push(t, T + t);
      values.push(a, a);
    });
    indices.push(2 * T);
    values.push(1);
    starts.push(indices.length);
  }
  for (let t = 0; t < T; t++) {
    indices.push(t, T + t);
    values.push(-1, 1);
  }
  starts.push(indices.length);
  const n = fractional.length + 1;
  const inf = highs.infinity;
  const model = highs.createModel();
  try {
    model.options.set('output_flag', false);
    model.options.set('time_limit', timeLimitSeconds);
    model.options.set('mip_rel_gap', 1e-6);
    model.passModel({
      numCols: n,
      numRows: 2 * T + 1,
      sense: highs.constants.objectiveSense.minimize,
      colCost: [...new Array<number>(n - 1).fill(0), 1],
      colLower: new Array<number>(n).fill(0),
      colUpper: [...new Array<number>(n - 1).fill(1), inf],
      rowLower: [...new Array<number>(T).fill(-inf), ...gap, extra],
      rowUpper: [...gap, ...new Array<number>(T).fill(inf), extra],
      matrix: { format: 'csc', numRows: 2 * T + 1, numCols: n, starts, indices, values },
      integrality: [
        ...new Array(n - 1).fill(highs.constants.variableType.integer),
        highs.constants.variableType.continuous,
      ],
    });
    // Largest remainder is feasible: hand it over as the first incumbent, with its own deviation as ε.
    const startX = fractional.map((i) => start[i]! - floors[i]!);
    const startEpsilon = slotDeviation(problem, start);
    model.setSolution({ colValue: [...startX, startEpsilon + 1e-9] });
    model.run();
    // Optimal, or stopped by the time limit with a feasible incumbent.
    if (Number(model.info.get('primal_solution_status')) !== 2) return undefined;
    const x = model.getSolution().colValue;
    if (x.length < n) return undefined;
    const slots = [...floors];
    fractional.forEach((i, j) => {
      slots[i] = floors[i]! + Math.round(x[j]!);
    });
    return slots;
  } finally {
    model.dispose();
  }
}
