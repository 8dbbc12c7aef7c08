// `npm run -s stratify -- --quotas Q.csv --respondents R.csv --panel-size K [--panels 1000]
//   [--algorithm leximin|maximin|nash|uniform] [--seed TEXT] [--naive-runs N] [--budget SECONDS] --out LOTTERY.json`
// Computes the fairest distribution over quota-satisfying panels (LEXIMIN by default, with HiGHS), rounds
// it to M panels, and writes LOTTERY.json. Progress goes to stderr.
// `--check LOTTERY.json --quotas Q.csv --respondents R.csv` checks one instead: the file's own checks, then
// one pricing MIP per closed round confirming its dual certificate.

import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { ProgressReport } from '../shared/stratify/leximin';
import { ALGORITHMS, type Algorithm, type Lottery } from '../shared/stratify/lottery';
import { checkPanelsAgainstRespondents } from '../shared/stratify/checkPanels';
import { checkLottery } from '../shared/stratify/lotteryFile';
import { parseQuotaRows } from '../shared/stratify/quotas';
import { parseRespondentRows } from '../shared/stratify/respondents';
import type { Check } from '../shared/verificationReport';
import { checkNashCertificate } from '../server/stratify/checkNashCertificate';
import { checkRoundCertificates } from '../server/stratify/checkRoundCertificates';
import { csvRecords } from '../server/stratify/csvRecords';
import { stratify } from '../server/stratify/stratify';
import { ExitCode, UsageError, runCli } from './lib/cliRunner';
import { writeFileAtomic } from './lib/files';

const HELP = `Usage: stratify --quotas Q.csv --respondents R.csv --panel-size K --out LOTTERY.json
         [--panels 1000] [--algorithm leximin|maximin|nash|uniform] [--seed TEXT] [--naive-runs 2000]
         [--household COLUMN[,COLUMN…]]… [--budget SECONDS]
  Q.csv: "category,feature,min,max" or "feature,value,min,max[,min_flex,max_flex]".
  R.csv: an optional "id" column and one column per category; with --household, at most one person per
  household sits on a panel, a household being the values of the named columns together (e.g.
  --household address1,postcode), compared trimmed, case- and space-insensitive. LOTTERY.json records
  the column names, never the addresses.
  --budget: stop the optimisation after that many seconds with its best distribution so far. The lottery
  is still valid (every panel meets the quotas) but is marked "complete": false; the summary says which
  rounds are exact and the gap left in the round that was running.
  --algorithm nash: maximise the product of the probabilities (Nash welfare); complete when the duality
  certificate proves no distribution raises their geometric mean by a factor above 1 + 1e-6.
  Writes the M panels, each respondent's optimal and final probability, the minimum, maximum and Gini
  coefficient, and the naive quota draw's figures estimated by simulation.
       stratify --check LOTTERY.json --quotas Q.csv --respondents R.csv [--household COLUMN[,COLUMN…]]
  --check: the file's checks, every panel's quotas and households (the columns LOTTERY.json records),
  then, per closed round, one pricing MIP over the respondents proving that no panel beats the round's
  certificate (for nash: one MIP proves the recorded best panel of the certificate). Exit status 0 when
  every check passes, 1 otherwise.
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

const percent = (x: number) => `${(100 * x).toFixed(3)}%`;

/** One progress line: the round, the types fixed, the bounds on its value and an honest time estimate. */
function progressLine(
  p: ProgressReport,
  budgetSeconds: number | undefined,
  algorithm: Algorithm,
): string {
  const seconds = p.seconds ?? 0;
  const left = budgetSeconds === undefined ? undefined : Math.max(0, budgetSeconds - seconds);
  if (algorithm === 'nash')
    return (
      `iteration ${p.round}: geometric mean of the probabilities ${percent(p.lower)}, optimum at most ` +
      `${percent(p.upper)}, ${p.columns} panels, ${seconds.toFixed(1)} s` +
      `${left === undefined ? '' : ` (budget: ${Math.ceil(left)} s left)`}`
    );
  const estimate =
    p.fixedTypes === p.types
      ? 'done'
      : p.estimateSeconds === undefined
        ? 'no estimate before the first round closes'
        : `about ${Math.ceil(p.estimateSeconds)} s more at the pace so far`;
  return (
    `round ${p.round} (${p.roundsClosed} closed): ${p.fixedTypes}/${p.types} types fixed, ` +
    `value between ${percent(p.lower)} and ${percent(p.upper)}, ${p.columns} panels, ` +
    `${seconds.toFixed(1)} s, ${estimate}${left === undefined || p.fixedTypes === p.types ? '' : ` (budget: ${Math.ceil(left)} s left)`}`
  );
}

/** Says plainly whether the lottery is LEXIMIN-complete, and if not which rounds are exact and the gap. */
function completionLines(lottery: Lottery): string[] {
  if (lottery.algorithm === 'uniform') return [];
  if (lottery.nash !== undefined) {
    const { objective, selectable, bestPanel, gap, tolerance } = lottery.nash;
    const mean = Math.exp(objective / selectable);
    return [
      `  Nash welfare ${lottery.complete ? 'complete' : 'NOT complete: stopped by the time budget'}: Σ ln p = ${objective.toFixed(6)} over ${selectable} respondents with a chance, geometric mean ${percent(mean)}`,
      `  certificate: best panel Σ 1/p = ${bestPanel.toFixed(6)} against N = ${selectable}; no distribution raises Σ ln p by more than ${gap.toExponential(3)} (relative ${(gap / selectable).toExponential(3)}, tolerance ${tolerance})`,
    ];
  }
  const values = lottery.rounds.map(
    (r) => `round ${r.round} ${percent(r.value)}, ${r.fixed.length} fixed`,
  );
  const name = lottery.algorithm === 'leximin' ? 'LEXIMIN' : 'MAXIMIN';
  if (lottery.complete)
    return [
      `  ${name} complete: ${lottery.rounds.length} round(s), each exact (${values.join('; ')})`,
    ];
  const bounds = lottery.bounds ?? { lower: 0, upper: 1 };
  return [
    `  NOT ${name}-complete: stopped by the time budget`,
    lottery.rounds.length === 0
      ? '  no round closed: no value is proven exact'
      : `  exact: ${lottery.rounds.length === 1 ? 'round 1' : `rounds 1 to ${lottery.rounds.length}`} (${values.join('; ')})`,
    `  round ${lottery.rounds.length + 1} was open: value between ${percent(bounds.lower)} and ${percent(bounds.upper)} (gap ${(100 * (bounds.upper - bounds.lower)).toFixed(3)} points)`,
  ];
}

/** `--household a,b --household c` → ['a', 'b', 'c']. */
const householdColumnsOf = (values: readonly string[] | undefined): string[] =>
  (values ?? []).flatMap((value) => value.split(',')).map((name) => name.trim());

/** `--check`: prints one numbered line per check; 0 when all pass, 1 otherwise. */
async function checkLotteryFile(
  lotteryPath: string,
  quotasPath: string,
  respondentsPath: string,
  householdOption: string[],
): Promise<number> {
  const json: unknown = JSON.parse(readFileSync(lotteryPath, 'utf8'));
  const report = checkLottery(json);
  const checks: Check[] = [...report.checks];
  // The rule the lottery says it kept; --household may repeat it, never contradict it.
  const isWellFormed = report.checks[0]?.ok === true;
  const recorded = isWellFormed
    ? (json as { householdColumns?: string[] }).householdColumns
    : undefined;
  const householdColumns = recorded ?? (householdOption.length > 0 ? householdOption : undefined);
  if (recorded !== undefined && householdOption.length > 0) {
    const same =
      householdOption.join('\u0000').toLowerCase() === recorded.join('\u0000').toLowerCase();
    checks.push({
      number: 0,
      name: 'lottery-household-columns',
      ok: same,
      detail: same
        ? `the household columns ${recorded.join(', ')}, as the lottery records`
        : `--household names ${householdOption.join(', ')} but the lottery records ${recorded.join(', ')}`,
    });
  }
  const quotas = parseQuotaRows(csvRecords(readFileSync(quotasPath), quotasPath).rows, quotasPath);
  const respondents = parseRespondentRows(
    csvRecords(readFileSync(respondentsPath), respondentsPath).rows,
    quotas,
    respondentsPath,
    householdColumns === undefined ? {} : { householdColumns },
  );
  const lottery = json as {
    ids?: unknown;
    panelSize?: unknown;
    rounds?: unknown;
    panels?: number[][];
    algorithm?: unknown;
  };
  const sameIds =
    Array.isArray(lottery.ids) &&
    lottery.ids.length === respondents.length &&
    respondents.every((r, i) => (lottery.ids as unknown[])[i] === r.id);
  checks.push({
    number: 0,
    name: 'lottery-respondents',
    ok: sameIds,
    detail: sameIds
      ? `the ${respondents.length} respondents of ${respondentsPath}, in the file's row order`
      : `the lottery's ids are not those of ${respondentsPath}, row for row`,
  });
  if (isWellFormed && sameIds)
    checks.push(
      ...checkPanelsAgainstRespondents(lottery.panels ?? [], quotas, respondents, householdColumns),
    );
  if (checks[0]?.ok === true && sameIds)
    checks.push(
      ...(await (lottery.algorithm === 'nash'
        ? checkNashCertificate(json as Lottery, quotas, respondents)
        : checkRoundCertificates(json as Lottery, quotas, respondents))),
    );
  checks.forEach((check, i) => (check.number = i + 1));
  const width = String(checks.length).length;
  for (const check of checks)
    process.stdout.write(
      `${check.ok ? 'PASS' : 'FAIL'} ${String(check.number).padStart(width)} ${check.name}: ${check.detail}\n`,
    );
  const failed = checks.filter((check) => !check.ok);
  process.stdout.write(
    failed.length === 0
      ? `OK: all ${checks.length} checks passed for ${lotteryPath}\n`
      : `INVALID: ${failed.length} of ${checks.length} checks failed\n`,
  );
  return failed.length === 0 ? ExitCode.Ok : ExitCode.VerificationFailed;
}

await runCli('stratify', async () => {
  const started = performance.now();
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
      household: { type: 'string', multiple: true },
      budget: { type: 'string' },
      check: { type: 'string' },
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
  if (values.check !== undefined)
    return checkLotteryFile(
      values.check,
      values.quotas,
      values.respondents,
      householdColumnsOf(values.household),
    );
  if (values.out === undefined) throw new UsageError('--out is required');
  const algorithm = (values.algorithm ?? 'leximin') as Algorithm;
  if (!ALGORITHMS.includes(algorithm))
    throw new UsageError(`--algorithm must be one of ${ALGORITHMS.join(', ')}`);
  const naiveRuns = values['naive-runs'] === undefined ? 2000 : Number(values['naive-runs']);
  if (!Number.isInteger(naiveRuns) || naiveRuns < 0)
    throw new UsageError('--naive-runs must be a whole number');
  const budgetSeconds = values.budget === undefined ? undefined : Number(values.budget);
  if (budgetSeconds !== undefined && !(Number.isFinite(budgetSeconds) && budgetSeconds > 0))
    throw new UsageError('--budget must be a positive number of seconds');
  // Progress is reported after every master solve: print each closed round, and otherwise every 5 s.
  let lastPrinted = -Infinity;
  let lastClosed = 0;
  const lottery = await stratify({
    quotas: { bytes: readFileSync(values.quotas), file: values.quotas },
    respondents: { bytes: readFileSync(values.respondents), file: values.respondents },
    panelSize: positiveInteger(values['panel-size'], 'panel-size'),
    panelCount: positiveInteger(values.panels, 'panels', 1000),
    algorithm,
    seed: values.seed ?? 'kleroterion-stratify',
    naiveRuns,
    householdColumns: householdColumnsOf(values.household),
    ...(budgetSeconds === undefined
      ? {}
      : { shouldStop: () => performance.now() - started > budgetSeconds * 1000 }),
    onProgress: (p) => {
      const now = performance.now();
      if (p.roundsClosed === lastClosed && now - lastPrinted < 5000) return;
      lastPrinted = now;
      lastClosed = p.roundsClosed;
      process.stderr.write(`${progressLine(p, budgetSeconds, algorithm)}\n`);
    },
  });
  writeFileAtomic(values.out, `${JSON.stringify(lottery)}\n`);
  process.stdout.write(
    [
      `${lottery.algorithm}: ${lottery.panelCount} panels of ${lottery.panelSize} from ${lottery.respondents} respondents in ${lottery.seconds.toFixed(2)} s`,
      `  optimal distribution: minimum ${percent(lottery.minProbability)}, maximum ${percent(lottery.maxProbability)}, Gini ${lottery.gini.toFixed(4)}, below k/n ${percent(lottery.shareBelowFair)}`,
      ...completionLines(lottery),
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
