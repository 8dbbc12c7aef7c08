// `npm run bench:stratify`: LEXIMIN on the published replication instances (../shared/data/leximin-
// examples/, with their reference allocations) and on the French instance of fixtures/stratify/.
// Prints the time, the exact minimum probability, the Gini coefficient, and the distance to the reference
// where one exists, and every closed round's time, value and types fixed. Targets: the replication examples
// within 0.1 point in ≤ 1 s and ≤ 5 s; the French instance complete in ≤ 60 s (15 seats) and ≤ 600 s
// (150 seats), peak memory ≤ 2 GiB. A run that reaches its time budget
// stops and reports how far it got.

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { fairness } from '../../shared/stratify/fairness';
import { buildInstance } from '../../shared/stratify/instance';
import { leximin } from '../../shared/stratify/leximin';
import { parseQuotaRows } from '../../shared/stratify/quotas';
import { parseRespondentRows } from '../../shared/stratify/respondents';
import {
  largestRemainderSlots,
  panelProbabilities,
  panelsFromSlots,
  roundingProblem,
  roundToPanels,
} from '../../shared/stratify/rounding';
import { createHighsBackend } from '../../server/stratify/highsBackend';

const root = fileURLToPath(new URL('../../', import.meta.url));
// Beside the repository by default; LEXIMIN_EXAMPLES names another folder (a worktree sits deeper).
const examples = `${(process.env['LEXIMIN_EXAMPLES'] ?? `${root}../shared/data/leximin-examples`).replace(/\/+$/, '')}/`;
const rows = (file: string) =>
  parse(readFileSync(file), { bom: true, skip_empty_lines: true }) as string[][];
const percent = (x: number) => `${(100 * x).toFixed(3)}%`;

async function measure(
  name: string,
  quotasFile: string,
  respondentsFile: string,
  k: number,
  budgetSeconds: number,
  reference?: string,
) {
  const quotas = parseQuotaRows(rows(quotasFile), quotasFile);
  const respondents = parseRespondentRows(rows(respondentsFile), quotas, respondentsFile);
  const instance = buildInstance(quotas, respondents, k);
  const started = performance.now();
  const backend = await createHighsBackend(instance);
  let lastReport = '';
  const distribution = leximin(instance, backend, {
    now: () => performance.now(),
    shouldStop: () => performance.now() - started > budgetSeconds * 1000,
    onProgress: (p) =>
      (lastReport = `round ${p.round}, ${p.fixedTypes}/${p.types} types fixed, bounds ${percent(p.lower)} to ${percent(p.upper)}, ${p.columns} panels`),
  });
  const seconds = (performance.now() - started) / 1000;
  const probabilities = instance.typeOf.map((t) => distribution.typeProbabilities[t]!);
  const figures = fairness(probabilities, k);
  console.log(
    `${name}: ${respondents.length} respondents, ${instance.types.length} types, panel ${k}`,
  );
  console.log(
    `  ${distribution.complete ? 'complete' : `STOPPED at the ${budgetSeconds} s budget (${lastReport})`} in ${seconds.toFixed(2)} s: minimum ${percent(figures.minProbability)}, maximum ${percent(figures.maxProbability)}, Gini ${figures.gini.toFixed(4)}, ${distribution.columns} panels generated, ${distribution.panels.length} used`,
  );
  let fixedSoFar = 0;
  for (const r of distribution.closedRounds) {
    fixedSoFar += r.fixedTypes.length;
    console.log(
      `    round ${r.round} closed at ${r.seconds.toFixed(1)} s: value ${percent(r.value)}, ${r.fixedTypes.length} types fixed (${fixedSoFar}/${instance.types.length}), ${r.columns} panels`,
    );
  }
  // Rounding to the M = 1000 panels of the transparent lottery, and its largest per-person change.
  const roundingStarted = performance.now();
  const rounded = roundToPanels(instance, distribution, 1000, (problem, start) =>
    backend.roundSlots(problem, start),
  );
  const roundingSeconds = (performance.now() - roundingStarted) / 1000;
  const largestChange = (panels: number[][]) =>
    Math.max(
      ...panelProbabilities(instance.respondentCount, panels).map((p, i) =>
        Math.abs(p - probabilities[i]!),
      ),
    );
  const problem = roundingProblem(instance, distribution, 1000);
  const byRemainder = panelsFromSlots(
    instance,
    problem.compositions,
    largestRemainderSlots(problem),
  );
  console.log(
    `  rounded to 1000 panels by ${rounded.method} in ${roundingSeconds.toFixed(2)} s: largest per-person change ${percent(largestChange(rounded.panels))} (largest remainder alone: ${percent(largestChange(byRemainder))})`,
  );
  if (reference !== undefined && existsSync(reference)) {
    const referenceRows = rows(reference)
      .slice(1)
      .filter((r) => r[0]?.toLowerCase() === 'leximin');
    const referenceValues = referenceRows.map((r) => Number(r[2]));
    const sorted = [...probabilities].sort((a, b) => a - b);
    // The reference lists the allocation by percentile of pool members; compare at each listed percentile.
    let worst = 0;
    referenceRows.forEach((r, i) => {
      const index = Math.min(sorted.length - 1, Math.floor((Number(r[1]) / 100) * sorted.length));
      worst = Math.max(worst, Math.abs(sorted[index]! - referenceValues[i]!));
    });
    console.log(
      `  reference: minimum ${percent(Math.min(...referenceValues))}; largest difference at a listed percentile ${percent(worst)}`,
    );
  }
}

if (existsSync(examples)) {
  await measure(
    'example_small_20',
    `${examples}example_small_20/categories.csv`,
    `${examples}example_small_20/respondents.csv`,
    20,
    60,
    `${examples}example_small_20/reference_prob_allocs.csv`,
  );
  await measure(
    'example_large_200',
    `${examples}example_large_200/categories.csv`,
    `${examples}example_large_200/respondents.csv`,
    200,
    60,
    `${examples}example_large_200/reference_prob_allocs.csv`,
  );
} else console.log(`The replication instances are missing (${examples}); skipping them.`);

const french = `${root}fixtures/stratify/french-1500/`;
const budget = Number(process.env['STRATIFY_BUDGET'] ?? 120);
await measure(
  'French instance, 15 seats',
  `${french}quotas-15.csv`,
  `${french}respondents.csv`,
  15,
  budget,
);
await measure(
  'French instance, 150 seats',
  `${french}quotas-150.csv`,
  `${french}respondents.csv`,
  150,
  Number(process.env['STRATIFY_BUDGET_150'] ?? 600),
);
// maxRSS is in kibibytes: the process's peak, WebAssembly heaps included.
console.log(
  `Peak memory (resident): ${(process.resourceUsage().maxRSS / 1024 / 1024).toFixed(2)} GiB (target ≤ 2 GiB)`,
);
