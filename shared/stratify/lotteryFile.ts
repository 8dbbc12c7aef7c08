// Checks anyone can run on a LOTTERY.json without the respondents' data: the panels are well formed,
// the final probabilities are exactly the panel counts over M, and the reported figures are those of
// the optimal probabilities. (The quotas of each panel need the respondents' features: see
// kleroterion-stratified/1, whose record proves them for the drawn panel.)
// Spec: docs/stratification.md, section "LOTTERY.json".

import { z } from 'zod';
import { describeIssues } from '../lottery/protocol';
import type { Check, VerificationReport } from '../verificationReport';
import { fairness } from './fairness';
import { checkNashLottery, NashRecord } from './nashCheck';
import { panelProbabilities } from './rounding';

export const LotteryFile = z.looseObject({
  algorithm: z.string(),
  panelSize: z.number().int().min(1),
  panelCount: z.number().int().min(1),
  respondents: z.number().int().min(1),
  panels: z.array(z.array(z.number().int().min(0))).min(1),
  optimalProbabilities: z.array(z.number().min(0).max(1)),
  probabilities: z.array(z.number().min(0).max(1)),
  minProbability: z.number(),
  maxProbability: z.number(),
  gini: z.number(),
  roundingError: z.number().optional(),
  rounding: z.enum(['ilp', 'largest-remainder', 'sampled']).optional(),
  naive: z
    .looseObject({ minProbability: z.number(), maxProbability: z.number(), gini: z.number() })
    .nullable()
    .optional(),
  // Recorded since completion is kept (section "LOTTERY.json"); older files have none of the three.
  complete: z.boolean().optional(),
  rounds: z
    .array(
      z.looseObject({
        round: z.number().int().min(1),
        value: z.number().min(0).max(1),
        fixed: z.array(z.number().int().min(0)),
        fixedBy: z.enum(['dual', 'minimum']),
        weights: z.array(z.number().min(0)),
        mu: z.number(),
        seconds: z.number().min(0),
      }),
    )
    .optional(),
  bounds: z.object({ lower: z.number(), upper: z.number() }).nullable().optional(),
  // The household rule's columns (names only), when one applied.
  householdColumns: z.array(z.string().min(1)).min(1).optional(),
  // Nash welfare's objective and certificate (section "Nash welfare"), for `algorithm` "nash" only.
  nash: NashRecord.optional(),
});
export type LotteryFile = z.infer<typeof LotteryFile>;

export function checkLottery(input: unknown): VerificationReport {
  const checks: Check[] = [];
  const add = (name: string, ok: boolean, detail: string) =>
    checks.push({ number: checks.length + 1, name, ok, detail });
  const parsed = LotteryFile.safeParse(input);
  if (!parsed.success) {
    add('lottery-structure', false, `not a LOTTERY.json: ${describeIssues(parsed.error)}`);
    return { ok: false, checks };
  }
  const lottery = parsed.data;
  const n = lottery.respondents;
  add(
    'lottery-structure',
    lottery.optimalProbabilities.length === n && lottery.probabilities.length === n,
    `${lottery.panels.length} panels of ${lottery.panelSize} from ${n} respondents`,
  );
  const badPanel = lottery.panels.findIndex(
    (panel) =>
      panel.length !== lottery.panelSize ||
      panel.some((row, i) => row >= n || (i > 0 && row <= panel[i - 1]!)),
  );
  add(
    'lottery-panels',
    badPanel < 0 && lottery.panels.length === lottery.panelCount,
    badPanel < 0
      ? `${lottery.panelCount} panels, each of ${lottery.panelSize} distinct respondents in ascending order`
      : `panel ${badPanel} is malformed`,
  );
  const counted = panelProbabilities(n, lottery.panels);
  const worst = Math.max(...counted.map((p, i) => Math.abs(p - (lottery.probabilities[i] ?? -1))));
  add(
    'lottery-probabilities',
    worst < 1e-12,
    `each final probability is the respondent's appearances divided by ${lottery.panels.length}`,
  );
  const figures = fairness(lottery.optimalProbabilities, lottery.panelSize);
  const close = (a: number, b: number) => Math.abs(a - b) < 1e-9;
  add(
    'lottery-figures',
    close(figures.minProbability, lottery.minProbability) &&
      close(figures.maxProbability, lottery.maxProbability) &&
      close(figures.gini, lottery.gini),
    `minimum, maximum and Gini recomputed from the optimal probabilities`,
  );
  checkCompletion(lottery, add);
  return { ok: checks.every((c) => c.ok), checks };
}

/** How far a recorded value may sit from its recomputation (the solver's tolerances are ~1e−9). */
const CERTIFICATE_TOLERANCE = 1e-6;

/**
 * The completion claim and each closed round's dual certificate, as far as they can be checked without the
 * respondents' features: the certificate's value is the recorded round value, the rows it fixes sit at
 * that value in the optimal distribution, and "complete" means every row is fixed. (That no panel beats a
 * certificate takes one pricing MIP per round over the features: `checkRoundCertificates` on the server.)
 */
function checkCompletion(
  lottery: LotteryFile,
  add: (name: string, ok: boolean, detail: string) => void,
): void {
  if (lottery.algorithm === 'nash') return checkNashLottery(lottery, add);
  if (lottery.complete === undefined) {
    // Written before completion was recorded: the file is still a valid lottery, but it proves no round.
    add(
      'lottery-completion',
      lottery.rounds === undefined && lottery.bounds === undefined,
      'completion not recorded (a file written before it was): no round is proven exact, so it must not be presented as LEXIMIN-complete',
    );
    return;
  }
  const n = lottery.respondents;
  const rounds = lottery.rounds ?? [];
  const p = lottery.optimalProbabilities;
  const fixedAt = new Array<number | undefined>(n).fill(undefined);
  const problems: string[] = [];
  rounds.forEach((round, r) => {
    const name = `round ${round.round}`;
    if (round.round !== r + 1) problems.push(`${name} is numbered out of order`);
    if (r > 0 && round.value < rounds[r - 1]!.value - CERTIFICATE_TOLERANCE)
      problems.push(`${name}'s value is below the previous round's`);
    if (round.weights.length !== n) {
      problems.push(`${name} has ${round.weights.length} weights for ${n} respondents`);
      return;
    }
    let unfixedWeight = 0;
    let fixedTerm = 0;
    round.weights.forEach((w, i) => {
      const f = fixedAt[i];
      if (f === undefined) unfixedWeight += w;
      else fixedTerm += w * f;
    });
    const bound = Math.max(0, 1 - unfixedWeight) + round.mu - fixedTerm;
    if (Math.abs(bound - round.value) > CERTIFICATE_TOLERANCE)
      problems.push(`${name}: its certificate bounds the value at ${bound}, not ${round.value}`);
    round.fixed.forEach((row, j) => {
      if (row >= n || (j > 0 && row <= round.fixed[j - 1]!) || fixedAt[row] !== undefined)
        problems.push(`${name} fixes row ${row} twice, out of order or out of range`);
      else if (round.fixedBy === 'dual' && !(round.weights[row]! > 0))
        problems.push(`${name} fixes row ${row} whose weight is zero`);
      else fixedAt[row] = round.value;
    });
    if (round.fixed.length === 0 && lottery.algorithm === 'leximin')
      problems.push(`${name} fixes nobody`);
  });
  add(
    'lottery-round-certificates',
    problems.length === 0,
    problems.length === 0
      ? `${rounds.length} closed round(s), each certificate's bound equal to its value`
      : problems.slice(0, 3).join('; '),
  );
  const offValue = fixedAt.findIndex(
    (f, i) => f !== undefined && Math.abs((p[i] ?? -1) - f) > CERTIFICATE_TOLERANCE,
  );
  const lower = lottery.bounds?.lower ?? 0;
  const belowLower = fixedAt.findIndex(
    (f, i) => f === undefined && (p[i] ?? -1) < lower - CERTIFICATE_TOLERANCE,
  );
  add(
    'lottery-fixed-values',
    offValue < 0 && belowLower < 0,
    offValue >= 0
      ? `row ${offValue} has ${p[offValue]}, not the value ${fixedAt[offValue]} it was fixed at`
      : belowLower >= 0
        ? `row ${belowLower}, not fixed, has ${p[belowLower]}, below the lower bound ${lower}`
        : 'every fixed respondent sits at the value of the round that fixed them, within 1e−6',
  );
  const unfixed = fixedAt.filter((f) => f === undefined).length;
  const bounds = lottery.bounds;
  let completion: { ok: boolean; detail: string };
  if (lottery.algorithm === 'uniform')
    completion = {
      ok: lottery.complete && rounds.length === 0 && bounds === null,
      detail: 'the uniform baseline optimises nothing: no rounds, no bounds',
    };
  else if (bounds === undefined || bounds === null || bounds.lower > bounds.upper + 1e-12)
    completion = { ok: false, detail: 'the bounds are missing or lower exceeds upper' };
  else if (!lottery.complete)
    completion = {
      ok: lottery.algorithm === 'maximin' ? rounds.length === 0 : unfixed > 0,
      detail: `not complete: ${rounds.length} round(s) exact, ${unfixed} respondent(s) not fixed, the open round's value between ${bounds.lower} and ${bounds.upper}`,
    };
  else if (lottery.algorithm === 'maximin')
    completion = {
      ok: rounds.length === 1 && Math.abs(bounds.upper - bounds.lower) <= CERTIFICATE_TOLERANCE,
      detail: 'MAXIMIN complete: its one round closed',
    };
  else
    completion = {
      ok: unfixed === 0 && Math.abs(bounds.upper - bounds.lower) <= CERTIFICATE_TOLERANCE,
      detail:
        unfixed === 0
          ? `LEXIMIN complete: every respondent fixed over ${rounds.length} round(s)`
          : `claims completion with ${unfixed} respondent(s) not fixed`,
    };
  add('lottery-completion', completion.ok, completion.detail);
}
