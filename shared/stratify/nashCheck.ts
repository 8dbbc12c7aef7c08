// The checks of a Nash-welfare LOTTERY.json that need only the file: the probabilities add up to the
// panel size, the recorded objective is Σ ln p_i over the respondents with a chance, and the recorded
// gap is what the certificate's best panel implies. Spec: docs/stratification.md, section "Nash welfare".

import { z } from 'zod';

export const NashRecord = z.looseObject({
  objective: z.number(),
  selectable: z.number().int().min(1),
  bestPanel: z.number().positive(),
  gap: z.number().min(0),
  tolerance: z.number().positive(),
  iterations: z.number().int().min(0),
});
export type NashRecord = z.infer<typeof NashRecord>;

/** How far a recorded figure may sit from its recomputation (the master solves to ~1e−9 relative). */
const TOLERANCE = 1e-6;

/**
 * Adds `lottery-nash-certificate` and `lottery-completion` for `algorithm` "nash". That no valid panel
 * has Σ_{i∈P} 1/p_i above `bestPanel` takes one pricing MIP over the respondents' features
 * (`checkNashCertificate` on the server).
 */
export function checkNashLottery(
  lottery: {
    panelSize: number;
    respondents: number;
    optimalProbabilities: readonly number[];
    complete?: boolean | undefined;
    rounds?: readonly unknown[] | undefined;
    bounds?: unknown;
    nash?: unknown;
  },
  add: (name: string, ok: boolean, detail: string) => void,
): void {
  const parsed = NashRecord.safeParse(lottery.nash);
  if (!parsed.success) {
    add(
      'lottery-nash-certificate',
      false,
      'a Nash-welfare lottery must record its certificate ("nash")',
    );
    add('lottery-completion', false, 'no certificate, so no completion can be claimed');
    return;
  }
  const nash = parsed.data;
  const p = lottery.optimalProbabilities;
  const problems: string[] = [];
  const total = p.reduce((sum, x) => sum + x, 0);
  if (Math.abs(total - lottery.panelSize) > TOLERANCE * lottery.panelSize)
    problems.push(`the probabilities add up to ${total}, not the panel size ${lottery.panelSize}`);
  const withChance = p.filter((x) => x > 0);
  if (withChance.length !== nash.selectable)
    problems.push(
      `${withChance.length} respondents have a chance, not the ${nash.selectable} recorded`,
    );
  const objective = withChance.reduce((sum, x) => sum + Math.log(x), 0);
  if (Math.abs(objective - nash.objective) > TOLERANCE * (1 + Math.abs(objective)))
    problems.push(`Σ ln p is ${objective}, not the ${nash.objective} recorded`);
  // The probabilities' own average of Σ_{i∈P} 1/p_i over panels is N, so the best panel has at least N.
  if (nash.bestPanel < nash.selectable * (1 - TOLERANCE))
    problems.push(`the best panel's Σ 1/p (${nash.bestPanel}) is below N = ${nash.selectable}`);
  const implied = nash.selectable * Math.log(Math.max(1, nash.bestPanel / nash.selectable));
  if (nash.gap < implied - TOLERANCE * (1 + implied))
    problems.push(`the gap ${nash.gap} is below N·ln(G/N) = ${implied}`);
  add(
    'lottery-nash-certificate',
    problems.length === 0,
    problems.length === 0
      ? `Σ ln p = ${nash.objective.toFixed(6)} over ${nash.selectable} respondents; no distribution exceeds it by more than ${nash.gap.toExponential(3)} (best panel Σ 1/p = ${nash.bestPanel} against N = ${nash.selectable})`
      : problems.slice(0, 3).join('; '),
  );
  const isWithinTolerance = nash.gap <= nash.tolerance * nash.selectable * (1 + TOLERANCE);
  const hasNoRounds = (lottery.rounds ?? []).length === 0 && (lottery.bounds ?? null) === null;
  add(
    'lottery-completion',
    hasNoRounds && lottery.complete === isWithinTolerance,
    !hasNoRounds
      ? 'Nash welfare has no rounds and no bounds; the file records some'
      : lottery.complete === isWithinTolerance
        ? lottery.complete
          ? `Nash welfare complete: relative gap ln(G/N) = ${(nash.gap / nash.selectable).toExponential(3)} within ${nash.tolerance}`
          : `not complete: relative gap ln(G/N) = ${(nash.gap / nash.selectable).toExponential(3)} above ${nash.tolerance}`
        : `"complete" is ${String(lottery.complete)} but the relative gap ${(nash.gap / nash.selectable).toExponential(3)} says otherwise (tolerance ${nash.tolerance})`,
  );
}
