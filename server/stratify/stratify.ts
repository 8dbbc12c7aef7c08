// Runs a stratified lottery end to end from the two CSV files: parse, reduce to types, optimise
// (LEXIMIN, MAXIMIN, or the naive baseline), round to M panels, and estimate the naive draw.

import { csvRecords } from './csvRecords';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import type { Instance } from '../../shared/stratify/instance';
import seedrandom from 'seedrandom';
import { fairness } from '../../shared/stratify/fairness';
import { buildInstance } from '../../shared/stratify/instance';
import { legacyPanelRetrying } from '../../shared/stratify/legacyDraw';
import { infeasible, leximin, type ProgressReport } from '../../shared/stratify/leximin';
import { nashWelfare } from '../../shared/stratify/nash';
import {
  buildLottery,
  type Algorithm,
  type Lottery,
  type RoundingMethod,
} from '../../shared/stratify/lottery';
import type { PanelDistribution } from '../../shared/stratify/panelDistribution';
import { parseQuotaFlex, type QuotaFlex } from '../../shared/stratify/quotaFlex';
import { parseQuotaRows, type Quota } from '../../shared/stratify/quotas';
import { parseRespondentRows, type Respondent } from '../../shared/stratify/respondents';
import { panelProbabilities, roundToPanels } from '../../shared/stratify/rounding';
import { createHighsBackend } from './highsBackend';

export interface StratifyInput {
  quotas: { bytes: Uint8Array; file: string };
  respondents: { bytes: Uint8Array; file: string };
  panelSize: number;
  panelCount: number;
  algorithm: Algorithm;
  /** Seeds the naive baseline and its simulation; the optimisation itself is deterministic. */
  seed: string;
  naiveRuns: number;
  /** A respondents column naming households: at most one person per household on a panel. */
  householdColumn?: string;
  /** Several respondents columns that together identify a household (e.g. address line, postcode). */
  householdColumns?: readonly string[];
  onProgress?: (report: ProgressReport) => void;
}

export async function stratify(input: StratifyInput): Promise<Lottery> {
  const started = performance.now();
  const quotaRows = csvRecords(input.quotas.bytes, input.quotas.file).rows;
  const quotas = parseQuotaRows(quotaRows, input.quotas.file);
  const quotaFlex = parseQuotaFlex(quotaRows, quotas, input.quotas.file);
  const householdColumns = [
    ...(input.householdColumn === undefined ? [] : [input.householdColumn]),
    ...(input.householdColumns ?? []),
  ];
  const respondents = parseRespondentRows(
    csvRecords(input.respondents.bytes, input.respondents.file).rows,
    quotas,
    input.respondents.file,
    { householdColumns },
  );
  return stratifyRespondents({
    ...input,
    quotas,
    respondents,
    started,
    householdColumns,
    ...(quotaFlex === undefined ? {} : { quotaFlex }),
  });
}

export interface ParsedStratifyInput extends Omit<
  StratifyInput,
  'quotas' | 'respondents' | 'householdColumn'
> {
  /** The household columns the respondents' keys came from, recorded in LOTTERY.json (never values). */
  householdColumns?: readonly string[];
  /** The quotas' min_flex and max_flex, one per quota: they bound the relaxation suggested if infeasible. */
  quotaFlex?: readonly QuotaFlex[];
  quotas: Quota[];
  respondents: Respondent[];
  /** performance.now() when the run began (default: now). */
  started?: number;
  /** Asked between LP solves; true stops with the best distribution so far. */
  shouldStop?: () => boolean;
}

/** The same run from quotas and respondents already parsed (e.g. a process's pool). */
export async function stratifyRespondents(input: ParsedStratifyInput): Promise<Lottery> {
  const started = input.started ?? performance.now();
  const { quotas, respondents } = input;
  const instance = buildInstance(quotas, respondents, input.panelSize);
  const random = seedrandom(input.seed);
  let panels: number[][];
  let optimal: number[];
  let columns = 0;
  let rounding: RoundingMethod = 'sampled';
  let distribution: PanelDistribution | undefined;
  if (input.algorithm === 'uniform') {
    panels = await uniformPanels(instance, input.panelCount, random, input.quotaFlex);
    optimal = panelProbabilities(instance.respondentCount, panels);
  } else {
    const backend = await createHighsBackend(instance);
    const run = {
      now: () => performance.now(),
      ...(input.quotaFlex === undefined ? {} : { quotaFlex: input.quotaFlex }),
      ...(input.onProgress === undefined ? {} : { onProgress: input.onProgress }),
      ...(input.shouldStop === undefined ? {} : { shouldStop: input.shouldStop }),
    };
    const solved =
      input.algorithm === 'nash'
        ? nashWelfare(instance, backend, run)
        : leximin(instance, backend, { ...run, maximinOnly: input.algorithm === 'maximin' });
    distribution = solved;
    columns = solved.columns;
    optimal = instance.typeOf.map((t) => solved.typeProbabilities[t] as number);
    ({ panels, method: rounding } = roundToPanels(
      instance,
      solved,
      input.panelCount,
      (problem, start) => backend.roundSlots(problem, start),
    ));
  }
  let naive: Lottery['naive'] = null;
  if (input.naiveRuns > 0) {
    const simulated = Array.from({ length: input.naiveRuns }, () =>
      legacyPanelRetrying(instance, random),
    );
    naive = {
      ...fairness(panelProbabilities(instance.respondentCount, simulated), input.panelSize),
      runs: input.naiveRuns,
    };
  }
  return buildLottery({
    instance,
    ids: respondents.map((r) => r.id),
    algorithm: input.algorithm,
    panels,
    optimalProbabilities: optimal,
    seconds: (performance.now() - started) / 1000,
    naive,
    columns,
    rounding,
    ...(input.householdColumns === undefined ? {} : { householdColumns: input.householdColumns }),
    ...(distribution === undefined ? {} : { distribution }),
  });
}

/**
 * The uniform baseline's panels, each drawn by the naive quota draw. When that draw finds no panel, the
 * exact solver tells infeasible quotas (answered with the smallest relaxation, as for the other methods)
 * from quotas the naive draw merely fails to meet.
 */
async function uniformPanels(
  instance: Instance,
  count: number,
  random: () => number,
  quotaFlex: readonly QuotaFlex[] | undefined,
): Promise<number[][]> {
  try {
    return Array.from({ length: count }, () => legacyPanelRetrying(instance, random));
  } catch (error) {
    if (!(error instanceof KleroterionError) || error.code !== ErrorCode.QuotasInfeasible)
      throw error;
    const backend = await createHighsBackend(instance);
    const anyPanel = backend.pricing().best(new Array<number>(instance.types.length).fill(0));
    if (anyPanel === undefined) infeasible(backend, instance, quotaFlex);
    throw error;
  }
}
