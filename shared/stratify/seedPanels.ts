// The start of a column generation, shared by LEXIMIN and Nash welfare: the panel compositions met, each
// kept once; the column a composition makes in either master; and the seed panels, one valid panel (or the
// infeasibility diagnosis) then panels covering every type that can sit on a panel at all, each covering
// as many uncovered types as it can. Without them the first round spends one column per type while its
// minimum stays at zero.

import type { Instance } from './instance';
import type { Pricing } from './solverBackend';
import { improveBySwaps } from './swapSearch';

/**
 * Adds the seed panels through `add` (compositions: a count per type) and returns which types they cover;
 * a type left uncovered can never be selected. `refuse` is called when no panel meets the quotas.
 */
export function seedPanels(
  instance: Instance,
  pricing: Pricing,
  add: (counts: number[]) => void,
  refuse: () => never,
): boolean[] {
  const T = instance.types.length;
  const first = pricing.best(new Array<number>(T).fill(0));
  if (first === undefined) refuse();
  const covered = new Array<boolean>(T).fill(false);
  let last = first.counts;
  const take = (counts: number[]) => {
    counts.forEach((count, t) => {
      if (count > 0) covered[t] = true;
    });
    add(counts);
    last = counts;
  };
  take(first.counts);
  for (;;) {
    const weights = covered.map((isCovered) => (isCovered ? 0 : 1));
    // Local search from the last panel first; the MIP only when it covers nothing new.
    const quick = improveBySwaps(instance, weights, last);
    const next = quick.value >= 0.5 ? quick : pricing.best(weights);
    if (next === undefined || next.value < 0.5) return covered; // the rest can never be selected
    take(next.counts);
  }
}

/** A panel composition as the master's column: for each type on it, its share of that type's members. */
export function typeEntries(instance: Instance, counts: readonly number[]) {
  const entries: { type: number; value: number }[] = [];
  counts.forEach((count, t) => {
    if (count > 0) entries.push({ type: t, value: count / instance.types[t]!.members.length });
  });
  return entries;
}

/** The panel compositions met so far, each kept once; `onNew` gives a new one to the master. */
export function compositionSet(onNew: (counts: number[]) => void) {
  const compositions: number[][] = [];
  const seen = new Set<string>();
  const add = (counts: number[]): boolean => {
    const key = counts.join(',');
    if (seen.has(key)) return false;
    seen.add(key);
    compositions.push(counts);
    onNew(counts);
    return true;
  };
  return { compositions, add };
}

/** The compositions the master's weights `lambda` keep (above 1e−12), with those weights summing to 1. */
export function keptPanels(compositions: readonly number[][], lambda: ArrayLike<number>) {
  const panels = compositions
    .map((counts, i) => ({ counts, probability: lambda[i] ?? 0 }))
    .filter((p) => p.probability > 1e-12);
  const total = panels.reduce((sum, p) => sum + p.probability, 0);
  for (const p of panels) p.probability /= total;
  return panels;
}
