// Fast pricing by local search: from a valid panel composition, move one seat from one type to another
// while that raises Σ weight·count and keeps every quota, until no single move helps. Column generation
// asks it first and calls the exact MIP only when it finds no improving panel.
// Spec: docs/stratification.md, section "Engineering".

import type { Instance } from './instance';

export function improveBySwaps(
  instance: Instance,
  weights: readonly number[],
  start: readonly number[],
): { counts: number[]; value: number } {
  const { types, quotas } = instance;
  const counts = [...start];
  const perQuota = new Array<number>(quotas.length).fill(0);
  counts.forEach((count, t) => {
    for (const q of types[t]!.quotaIndex) perQuota[q] = perQuota[q]! + count;
  });
  const perHousehold = new Array<number>(instance.households.length).fill(0);
  counts.forEach((count, t) => {
    const h = types[t]!.household;
    if (h !== undefined) perHousehold[h] = perHousehold[h]! + count;
  });
  const T = types.length;
  for (let guard = 0; guard < 10_000; guard++) {
    let bestGain = 1e-12;
    let from = -1;
    let to = -1;
    for (let a = 0; a < T; a++) {
      if (counts[a]! === 0) continue;
      const qa = types[a]!.quotaIndex;
      const wa = weights[a]!;
      for (let b = 0; b < T; b++) {
        const gain = weights[b]! - wa;
        if (gain <= bestGain || b === a || counts[b]! >= types[b]!.members.length) continue;
        const hb = types[b]!.household;
        if (hb !== undefined && perHousehold[hb]! - (types[a]!.household === hb ? 1 : 0) >= 1)
          continue;
        const qb = types[b]!.quotaIndex;
        let ok = true;
        for (let c = 0; c < qa.length && ok; c++) {
          const out = qa[c]!;
          const into = qb[c]!;
          if (out === into) continue;
          if (perQuota[out]! - 1 < quotas[out]!.min || perQuota[into]! + 1 > quotas[into]!.max)
            ok = false;
        }
        if (!ok) continue;
        bestGain = gain;
        from = a;
        to = b;
      }
    }
    if (from < 0) break;
    counts[from]!--;
    counts[to]!++;
    for (const q of types[from]!.quotaIndex) perQuota[q]!--;
    for (const q of types[to]!.quotaIndex) perQuota[q]!++;
    const hFrom = types[from]!.household;
    const hTo = types[to]!.household;
    if (hFrom !== undefined) perHousehold[hFrom]!--;
    if (hTo !== undefined) perHousehold[hTo]!++;
  }
  return { counts, value: counts.reduce((sum, c, t) => sum + c * weights[t]!, 0) };
}
