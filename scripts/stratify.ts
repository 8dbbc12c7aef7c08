// `npm run -s stratify -- --quotas Q.csv --respondents R.csv --panel-size K [--panels 1000]
//   [--algorithm leximin|maximin|uniform] [--seed TEXT] [--naive-runs N] --out LOTTERY.json`
// Computes the fairest distribution over quota-satisfying panels (LEXIMIN by default, with HiGHS), rounds
// it to M panels, and writes LOTTERY.json. Progress goes to stderr.

import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ALGORITHMS, type Algorithm } from '../shared/stratify/lottery';
import { stratify } from '../server/stratify/stratify';
import { ExitCode, UsageError, runCli } from './lib/cliRunner';
import { writeFileAtomic } from './lib/files';

const HELP = `Usage: stratify --quotas Q.csv --respondents R.csv --panel-size K --out LOTTERY.json
         [--panels 1000] [--algorithm leximin|maximin|uniform] [--seed TEXT] [--naive-runs 2000]
         [--household COLUMN]
  Q.csv: "category,feature,min,max" or "feature,value,min,max[,min_flex,max_flex]".
  R.csv: an optional "id" column and one column per category; with --household, at most one person per
  value of that column sits on a panel.
  Writes the M panels, each respondent's optimal and final probability, the minimum, maximum and Gini
  coefficient, and the naive quota draw's figures estimated by simulation.
  Exit status: 0 written, 2 unusable arguments, files or infeasible quotas (named, with the smallest relaxation).`;

const positiveInteger = (text: string | undefined, name: string, fallback?: number): number => {
  if (text === undefined) {
    if (fallback !== undefined) return fallback;
    throw new UsageError(`--${name} is required`);
  }
  if (!/^\d+$/.test(text) || Number(text) < 1)
    throw new UsageError(`--${name} must be a positive whole number`);
  return Number(text);
};

await runCli('stratify', async () => {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      quotas: { type: 'string' },
      respondents: { type: 'string' },
      'panel-size': { type: 'string' },
      panels: { type: 'string' },
      algorithm: { type: 'string' },
      seed: { type: 'string' },
      'naive-runs': { type: 'string' },
      household: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help === true) {
    process.stdout.write(`${HELP}\n`);
    return ExitCode.Ok;
  }
  if (values.quotas === undefined) throw new UsageError('--quotas is required');
  if (values.respondents === undefined) throw new UsageError('--respondents is required');
  if (values.out === undefined) throw new UsageError('--out is required');
  const algorithm = (values.algorithm ?? 'leximin') as Algorithm;
  if (!ALGORITHMS.includes(algorithm))
    throw new UsageError(`--algorithm must be one of ${ALGORITHMS.join(', ')}`);
  const naiveRuns = values['naive-runs'] === undefined ? 2000 : Number(values['naive-runs']);
  if (!Number.isInteger(naiveRuns) || naiveRuns < 0)
    throw new UsageError('--naive-runs must be a whole number');
  const lottery = await stratify({
    quotas: { bytes: readFileSync(values.quotas), file: values.quotas },
    respondents: { bytes: readFileSync(values.respondents), file: values.respondents },
    panelSize: positiveInteger(values['panel-size'], 'panel-size'),
    panelCount: positiveInteger(values.panels, 'panels', 1000),
    algorithm,
    seed: values.seed ?? 'kleroterion-stratify',
    naiveRuns,
    ...(values.household === undefined ? {} : { householdColumn: values.household }),
    onProgress: (p) =>
      process.stderr.write(
        `round ${p.round}: ${p.fixedTypes}/${p.types} types fixed, minimum ${(100 * p.minimum).toFixed(3)}%, ${p.columns} panels considered\n`,
      ),
  });
  writeFileAtomic(values.out, `${JSON.stringify(lottery)}\n`);
  const percent = (x: number) => `${(100 * x).toFixed(2)}%`;
  process.stdout.write(
    [
      `${lottery.algorithm}: ${lottery.panelCount} panels of ${lottery.panelSize} from ${lottery.respondents} respondents in ${lottery.seconds.toFixed(2)} s`,
      `  optimal distribution: minimum ${percent(lottery.minProbability)}, maximum ${percent(lottery.maxProbability)}, Gini ${lottery.gini.toFixed(4)}, below k/n ${percent(lottery.shareBelowFair)}`,
      `  after rounding to ${lottery.panelCount} panels (${lottery.rounding}): largest change ${percent(lottery.roundingError)}`,
      lottery.naive === null
        ? ''
        : `  naive quota draw (${lottery.naive.runs} simulated): minimum ${percent(lottery.naive.minProbability)}, maximum ${percent(lottery.naive.maxProbability)}, Gini ${lottery.naive.gini.toFixed(4)}, below k/n ${percent(lottery.naive.shareBelowFair)}`,
      `  written to ${values.out}`,
    ]
      .filter(Boolean)
      .join('\n') + '\n',
  );
  return ExitCode.Ok;
});
