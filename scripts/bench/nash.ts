// `npm run bench:nash`: Nash welfare on the demo pool (fixtures/demo/, 2,000 volunteers, 15 seats) and on
// the French instance of fixtures/stratify/ (1,500 volunteers, 15 seats). Prints, per instance, the time,
// the iterations, the panels generated and in the support, the geometric mean of the probabilities, the
// minimum, the Gini coefficient, and the certificate's relative gap ln(G/N). NASH_BUDGET (seconds, default
// 120) stops a run that has not completed; it then reports the gap it reached.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { fairness } from '../../shared/stratify/fairness';
import { buildInstance } from '../../shared/stratify/instance';
import { nashWelfare } from '../../shared/stratify/nash';
import { parseQuotaRows } from '../../shared/stratify/quotas';
import { parseRespondentRows } from '../../shared/stratify/respondents';
import { createHighsBackend } from '../../server/stratify/highsBackend';

const root = fileURLToPath(new URL('../../', import.meta.url));
const rows = (file: string) =>
  parse(readFileSync(file), { bom: true, skip_empty_lines: true }) as string[][];
const percent = (x: number) => `${(100 * x).toFixed(3)}%`;
const budgetSeconds = Number(process.env.NASH_BUDGET ?? 120);

async function measure(name: string, quotasFile: string, respondentsFile: string, k: number) {
  const quotas = parseQuotaRows(rows(quotasFile), quotasFile);
  const respondents = parseRespondentRows(rows(respondentsFile), quotas, respondentsFile);
  const instance = buildInstance(quotas, respondents, k);
  const backend = await createHighsBackend(instance);
  const started = performance.now();
  const result = nashWelfare(instance, backend, {
    now: () => performance.now(),
    shouldStop: () => performance.now() - started > budgetSeconds * 1000,
  });
  const seconds = (performance.now() - started) / 1000;
  const probabilities = instance.typeOf.map((t) => result.typeProbabilities[t]!);
  const figures = fairness(probabilities, k);
  const { nash } = result;
  process.stdout.write(
    `${name}: ${instance.types.length} types, ${result.complete ? 'complete' : `NOT complete (budget ${budgetSeconds} s)`} in ${seconds.toFixed(1)} s, ` +
      `${nash.iterations} iterations, ${result.columns} panels generated, ${result.panels.length} in the support\n` +
      `  geometric mean ${percent(Math.exp(nash.objective / nash.selectable))}, minimum ${percent(figures.minProbability)}, ` +
      `maximum ${percent(figures.maxProbability)}, Gini ${figures.gini.toFixed(4)}; ` +
      `relative gap ln(G/N) = ${(nash.gap / nash.selectable).toExponential(3)} (G = ${nash.bestPanel.toFixed(4)}, N = ${nash.selectable})\n`,
  );
}

await measure(
  'demo pool, 15 seats',
  `${root}fixtures/demo/quotas.csv`,
  `${root}fixtures/demo/volunteers.csv`,
  15,
);
const french = `${root}fixtures/stratify/french-1500/`;
await measure(
  'French instance, 15 seats',
  `${french}quotas-15.csv`,
  `${french}respondents.csv`,
  15,
);
