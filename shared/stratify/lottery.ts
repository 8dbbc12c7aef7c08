// LOTTERY.json: the M panels of the transparent lottery with everything a reviewer needs to judge it:
// the optimal probabilities before rounding, the probabilities after (appearances / M), the fairness
// figures of the optimal distribution, the rounding error, and the naive draw for comparison.
// Spec: docs/stratification.md, section "LOTTERY.json".

import { fairness, type FairnessFigures } from './fairness';
import type { Instance } from './instance';
import type { Quota } from './quotas';
import { panelProbabilities } from './rounding';

export const ALGORITHMS = ['leximin', 'maximin', 'uniform'] as const;
export type Algorithm = (typeof ALGORITHMS)[number];

export type RoundingMethod = 'ilp' | 'largest-remainder' | 'sampled';

export interface Lottery extends FairnessFigures {
  format: 'kleroterion-lottery/1';
  algorithm: Algorithm;
  panelSize: number;
  panelCount: number;
  seconds: number;
  respondents: number;
  /** Respondent ids in row order (row numbers from 1 when the file had no id column). */
  ids: string[];
  quotas: Quota[];
  /** M arrays of 0-based respondent rows, each ascending. */
  panels: number[][];
  optimalProbabilities: number[];
  probabilities: number[];
  /** Largest |probability − optimal probability| over respondents, from rounding to M panels. */
  roundingError: number;
  /** How the optimal distribution became M panels ('sampled': the uniform baseline draws them). */
  rounding: RoundingMethod;
  /** The naive quota draw, estimated by simulation, for comparison. */
  naive: (FairnessFigures & { runs: number }) | null;
  columns: number;
}

export function buildLottery(input: {
  instance: Instance;
  ids: string[];
  algorithm: Algorithm;
  panels: number[][];
  optimalProbabilities: number[];
  seconds: number;
  naive: (FairnessFigures & { runs: number }) | null;
  columns: number;
  rounding: RoundingMethod;
}): Lottery {
  const { instance } = input;
  const probabilities = panelProbabilities(instance.respondentCount, input.panels);
  return {
    format: 'kleroterion-lottery/1',
    algorithm: input.algorithm,
    panelSize: instance.panelSize,
    panelCount: input.panels.length,
    seconds: input.seconds,
    respondents: instance.respondentCount,
    ids: input.ids,
    quotas: instance.quotas,
    panels: input.panels,
    optimalProbabilities: input.optimalProbabilities,
    probabilities,
    roundingError: Math.max(
      ...probabilities.map((p, i) => Math.abs(p - (input.optimalProbabilities[i] as number))),
    ),
    rounding: input.rounding,
    ...fairness(input.optimalProbabilities, instance.panelSize),
    naive: input.naive,
    columns: input.columns,
  };
}
