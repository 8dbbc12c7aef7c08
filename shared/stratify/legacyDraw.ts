// The naive quota draw most tools use (the "legacy" greedy of the Sortition Foundation, as described
// by Flanigan et al.): repeatedly take the feature whose minimum is furthest from met relative to the
// people still available with it, pick one of them at random, and drop everyone whose features are full.
// Used as the `uniform` baseline and to estimate, by simulation, how unequal naive draws are.
// Spec: docs/stratification.md, section "Baselines".

import { ErrorCode, KleroterionError } from '../errors';
import { isValidPanel, type Instance } from './instance';

/** One panel (ascending rows), or undefined when the greedy dead-ends (the caller retries). */
export function legacyPanel(instance: Instance, random: () => number): number[] | undefined {
  const { quotas, types, panelSize } = instance;
  const selected = new Array<number>(quotas.length).fill(0);
  const available = new Set<number>();
  instance.typeOf.forEach((_, row) => available.add(row));
  const quotaIndexOf = (row: number) => types[instance.typeOf[row]!]!.quotaIndex;
  const panel: number[] = [];
  // Nobody whose features are already full may be picked (a maximum of 0 is full from the start).
  const prune = () => {
    for (const row of [...available])
      if (quotaIndexOf(row).some((q) => (selected[q] as number) >= quotas[q]!.max))
        available.delete(row);
  };
  prune();
  while (panel.length < panelSize) {
    if (available.size === 0) return undefined;
    // Count who is still available with each feature.
    const supply = new Array<number>(quotas.length).fill(0);
    for (const row of available)
      for (const q of quotaIndexOf(row)) supply[q] = (supply[q] as number) + 1;
    let best = -1;
    let bestRatio = -Infinity;
    quotas.forEach((quota, q) => {
      if ((supply[q] as number) === 0) return;
      const ratio = (quota.min - (selected[q] as number)) / (supply[q] as number);
      if (ratio > bestRatio) {
        bestRatio = ratio;
        best = q;
      }
    });
    if (best < 0) return undefined;
    const candidates = [...available].filter((row) => quotaIndexOf(row).includes(best));
    const chosen = candidates[Math.floor(random() * candidates.length)] as number;
    panel.push(chosen);
    available.delete(chosen);
    // At most one person per shared household.
    const household = types[instance.typeOf[chosen]!]!.household;
    if (household !== undefined)
      for (const t of instance.households[household]!.types)
        for (const row of types[t]!.members) available.delete(row);
    for (const q of quotaIndexOf(chosen)) selected[q] = (selected[q] as number) + 1;
    prune();
  }
  return isValidPanel(instance, panel) ? panel.sort((a, b) => a - b) : undefined;
}

/** A panel by the legacy greedy, retried until it meets every quota (at most `attempts` times). */
export function legacyPanelRetrying(
  instance: Instance,
  random: () => number,
  attempts = 1000,
): number[] {
  for (let i = 0; i < attempts; i++) {
    const panel = legacyPanel(instance, random);
    if (panel !== undefined) return panel;
  }
  throw new KleroterionError(
    ErrorCode.QuotasInfeasible,
    `the naive quota draw found no valid panel in ${attempts} attempts`,
  );
}
