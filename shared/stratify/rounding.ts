// Transparent rounding: the optimal distribution over panel compositions becomes a list of M concrete
// panels, so that the final lottery is "pick one of M panels uniformly". Each composition P gets ⌊λ_P·M⌋
// or ⌈λ_P·M⌉ slots: the choice is an integer program (ILP rounding, after Flanigan, Kehne & Procaccia
// 2021, restricted to the support and to one slot either side of λ_P·M) that minimises the largest
// deviation of any type's per-member seats from its optimal share, solved by the backend; largest
// remainder is the starting point and the fallback. Within each type the seats rotate over its members,
// so members of a type differ by at most one appearance. Every panel keeps its composition, hence every
// quota. Spec: docs/stratification.md, section "Rounding".

import type { Instance } from './instance';
import type { PanelDistribution } from './panelDistribution';

/** The rounding problem handed to an integer-programming backend. */
export interface RoundingProblem {
  /** λ_P · M per composition. */
  targets: number[];
  compositions: number[][];
  /** Members per type. */
  typeSizes: number[];
  /** Optimal expected seats per member of each type, times M: M · π_t. */
  memberTargets: number[];
  panelCount: number;
}

/** ⌊λ_P·M⌋ per composition (a target within 1e−9 below a whole number counts as whole). */
export function floorSlots(problem: RoundingProblem): number[] {
  return problem.targets.map((x) => Math.floor(x + 1e-9));
}

/** Slots per composition: ⌊target⌋, plus one for the largest remainders (ties to the earlier one). */
export function largestRemainderSlots(problem: RoundingProblem): number[] {
  const slots = floorSlots(problem);
  let missing = problem.panelCount - slots.reduce((sum, n) => sum + n, 0);
  const byRemainder = problem.targets
    .map((value, i) => ({ i, remainder: value - (slots[i] as number) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of byRemainder) {
    if (missing <= 0) break;
    slots[i] = (slots[i] as number) + 1;
    missing--;
  }
  return slots;
}

export function roundingProblem(
  instance: Instance,
  distribution: PanelDistribution,
  panelCount: number,
): RoundingProblem {
  return {
    targets: distribution.panels.map((p) => p.probability * panelCount),
    compositions: distribution.panels.map((p) => p.counts),
    typeSizes: instance.types.map((t) => t.members.length),
    memberTargets: distribution.typeProbabilities.map((p) => p * panelCount),
    panelCount,
  };
}

/**
 * The largest deviation, in panels, of any type's seats per member from its target: the quantity the
 * ILP minimises.
 */
export function slotDeviation(problem: RoundingProblem, slots: readonly number[]): number {
  const seats = new Array<number>(problem.typeSizes.length).fill(0);
  problem.compositions.forEach((counts, i) => {
    const n = slots[i] as number;
    if (n === 0) return;
    counts.forEach((c, t) => {
      if (c > 0) seats[t] = (seats[t] as number) + n * c;
    });
  });
  return seats.reduce(
    (worst, s, t) =>
      Math.max(
        worst,
        Math.abs(s / (problem.typeSizes[t] as number) - (problem.memberTargets[t] as number)),
      ),
    0,
  );
}

/** Checks slots a backend returned: one of ⌊target⌋, ⌈target⌉ each, M in all. */
export function areValidSlots(problem: RoundingProblem, slots: readonly number[]): boolean {
  if (slots.length !== problem.targets.length) return false;
  const floors = floorSlots(problem);
  let total = 0;
  for (let i = 0; i < slots.length; i++) {
    const n = slots[i] as number;
    const target = problem.targets[i] as number;
    if (!Number.isInteger(n) || n < (floors[i] as number) || n > Math.ceil(target - 1e-9))
      return false;
    total += n;
  }
  return total === problem.panelCount;
}

/** The M panels: compositions repeated by their slots, in order, members rotating within each type. */
export function panelsFromSlots(
  instance: Instance,
  compositions: readonly number[][],
  slots: readonly number[],
): number[][] {
  const cursor = new Array<number>(instance.types.length).fill(0);
  const panels: number[][] = [];
  compositions.forEach((counts, i) => {
    for (let s = 0; s < (slots[i] as number); s++) {
      const rows: number[] = [];
      counts.forEach((count, t) => {
        const members = instance.types[t]!.members;
        for (let c = 0; c < count; c++) {
          rows.push(members[(cursor[t] as number) % members.length] as number);
          cursor[t] = (cursor[t] as number) + 1;
        }
      });
      panels.push(rows.sort((a, b) => a - b));
    }
  });
  return panels;
}

/**
 * Rounds with the backend's ILP when it offers one and its answer is valid and no worse than largest
 * remainder; otherwise by largest remainder. Returns the panels and the method used.
 */
export function roundToPanels(
  instance: Instance,
  distribution: PanelDistribution,
  panelCount: number,
  solveIlp?: (problem: RoundingProblem, start: number[]) => number[] | undefined,
): { panels: number[][]; method: 'ilp' | 'largest-remainder'; deviation: number } {
  const problem = roundingProblem(instance, distribution, panelCount);
  const start = largestRemainderSlots(problem);
  let slots = start;
  let method: 'ilp' | 'largest-remainder' = 'largest-remainder';
  let deviation = slotDeviation(problem, start);
  const improved = solveIlp?.(problem, start);
  if (improved !== undefined && areValidSlots(problem, improved)) {
    const ilpDeviation = slotDeviation(problem, improved);
    if (ilpDeviation <= deviation + 1e-12) {
      slots = improved;
      method = 'ilp';
      deviation = ilpDeviation;
    }
  }
  return { panels: panelsFromSlots(instance, problem.compositions, slots), method, deviation };
}

/** Each respondent's probability under the uniform lottery over `panels`: appearances / M. */
export function panelProbabilities(respondentCount: number, panels: readonly number[][]): number[] {
  const counts = new Array<number>(respondentCount).fill(0);
  for (const panel of panels) for (const row of panel) counts[row] = (counts[row] as number) + 1;
  return counts.map((count) => count / panels.length);
}
