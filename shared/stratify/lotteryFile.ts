// Checks anyone can run on a LOTTERY.json without the respondents' data: the panels are well formed,
// the final probabilities are exactly the panel counts over M, and the reported figures are those of
// the optimal probabilities. (The quotas of each panel need the respondents' features: see
// kleroterion-stratified/1, whose record proves them for the drawn panel.)
// Spec: docs/stratification.md, section "LOTTERY.json".

import { z } from 'zod';
import { describeIssues } from '../lottery/protocol';
import type { Check, VerificationReport } from '../verificationReport';
import { fairness } from './fairness';
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
  return { ok: checks.every((c) => c.ok), checks };
}
