// Transparent rounding: the optimal distribution over panel compositions becomes a list of M concrete
// panels, so that the final lottery is "pick one of M panels uniformly". Compositions get ⌊λ·M⌋ slots
// and the remaining slots go by largest remainder (ties to the earlier composition); within each type,
// the seats the list gives it rotate over its members, so members of a type differ by at most one
// appearance. Every panel keeps its composition, hence every quota.
// Spec: docs/stratification.md, section "Rounding".

import type { Instance } from './instance';
import type { PanelDistribution } from './leximin';

export function roundToPanels(
  instance: Instance,
  distribution: PanelDistribution,
  panelCount: number,
): number[][] {
  const { panels } = distribution;
  const exact = panels.map((p) => p.probability * panelCount);
  const slots = exact.map(Math.floor);
  let missing = panelCount - slots.reduce((sum, n) => sum + n, 0);
  const byRemainder = exact
    .map((value, i) => ({ i, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of byRemainder) {
    if (missing <= 0) break;
    slots[i] = (slots[i] as number) + 1;
    missing--;
  }
  // Compositions, each repeated by its slots, in order.
  const compositions: number[][] = [];
  panels.forEach((panel, i) => {
    for (let s = 0; s < (slots[i] as number); s++) compositions.push(panel.counts);
  });
  // Members of each type take the type's seats in turn, across the whole list.
  const cursor = new Array<number>(instance.types.length).fill(0);
  return compositions.map((counts) => {
    const rows: number[] = [];
    counts.forEach((count, t) => {
      const members = instance.types[t]!.members;
      for (let c = 0; c < count; c++) {
        rows.push(members[(cursor[t] as number) % members.length] as number);
        cursor[t] = (cursor[t] as number) + 1;
      }
    });
    return rows.sort((a, b) => a - b);
  });
}

/** Each respondent's probability under the uniform lottery over `panels`: appearances / M. */
export function panelProbabilities(respondentCount: number, panels: readonly number[][]): number[] {
  const counts = new Array<number>(respondentCount).fill(0);
  for (const panel of panels) for (const row of panel) counts[row] = (counts[row] as number) + 1;
  return counts.map((count) => count / panels.length);
}
