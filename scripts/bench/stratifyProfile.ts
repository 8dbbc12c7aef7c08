// `npm run -s bench:stratify-profile -- [15|150] [BUDGET_SECONDS] [--solves]`: LEXIMIN on the French
// instance alone, with the time split between the master LP, the pricing MIP and the rest (local search,
// bookkeeping), and every closed round's time, value and types fixed. The loop for measuring a change to
// the solver. `--solves` also prints every tenth master solve: its simplex iterations and milliseconds,
// and so the cost of one iteration as the master grows.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { buildInstance } from '../../shared/stratify/instance';
import { leximin } from '../../shared/stratify/leximin';
import { parseQuotaRows } from '../../shared/stratify/quotas';
import { parseRespondentRows } from '../../shared/stratify/respondents';
import type { SolverBackend } from '../../shared/stratify/solverBackend';
import { createHighsBackend, masterStatistics } from '../../server/stratify/highsBackend';

const k = Number(process.argv[2] ?? 15);
const budget = Number(process.argv[3] ?? 120);
const printsSolves = process.argv.includes('--solves');
const french = fileURLToPath(new URL('../../fixtures/stratify/french-1500/', import.meta.url));
const rows = (file: string) =>
  parse(readFileSync(file), { bom: true, skip_empty_lines: true }) as string[][];
const quotas = parseQuotaRows(rows(`${french}quotas-${k}.csv`), 'quotas');
const respondents = parseRespondentRows(rows(`${french}respondents.csv`), quotas, 'respondents');
const instance = buildInstance(quotas, respondents, k);
const percent = (x: number) => `${(100 * x).toFixed(4)}%`;

const timing = { masterSeconds: 0, masterSolves: 0, pricingSeconds: 0, pricingCalls: 0 };
const timed = <T>(run: () => T, add: (seconds: number) => void): T => {
  const started = performance.now();
  try {
    return run();
  } finally {
    add((performance.now() - started) / 1000);
  }
};
const highs = await createHighsBackend(instance);
const backend: SolverBackend = {
  ...highs,
  master(typeCount) {
    const master = highs.master(typeCount);
    return {
      ...master,
      solve: () => {
        const before = masterStatistics.iterations;
        return timed(master.solve, (s) => {
          timing.masterSeconds += s;
          timing.masterSolves++;
          const iterations = masterStatistics.iterations - before;
          if (printsSolves && timing.masterSolves % 10 === 0)
            console.log(
              `  solve ${timing.masterSolves}: ${iterations} iterations in ${(1000 * s).toFixed(0)} ms (${((1000 * s) / Math.max(1, iterations)).toFixed(3)} ms each)`,
            );
        });
      },
    };
  },
  pricing() {
    const pricing = highs.pricing();
    return {
      best: (weights, start) =>
        timed(
          () => pricing.best(weights, start),
          (s) => {
            timing.pricingSeconds += s;
            timing.pricingCalls++;
          },
        ),
    };
  },
};
const started = performance.now();
let last = '';
/** Master solves and simplex iterations when each round closed. */
const atClose: { solves: number; iterations: number }[] = [];
const distribution = leximin(instance, backend, {
  now: () => performance.now(),
  shouldStop: () => performance.now() - started > budget * 1000,
  onProgress: (p) => {
    while (atClose.length < p.roundsClosed)
      atClose.push({ solves: timing.masterSolves, iterations: masterStatistics.iterations });
    last = `round ${p.round}, ${p.fixedTypes}/${p.types} fixed, ${percent(p.lower)} to ${percent(p.upper)}, ${p.columns} panels`;
  },
});
const seconds = (performance.now() - started) / 1000;
console.log(`French ${k} seats, ${instance.types.length} types, budget ${budget} s`);
let fixed = 0;
for (const r of distribution.closedRounds) {
  fixed += r.fixedTypes.length;
  console.log(
    `  round ${r.round} closed at ${r.seconds.toFixed(1)} s: ${percent(r.value)}, ${r.fixedTypes.length} fixed (${fixed}/${instance.types.length}, by ${r.fixedBy}), ${r.columns} panels, ${atClose[r.round - 1]?.solves} solves, ${atClose[r.round - 1]?.iterations} iterations`,
  );
}
console.log(
  `  ${distribution.complete ? 'complete' : `STOPPED (${last})`} in ${seconds.toFixed(1)} s; master ${timing.masterSolves} solves ${masterStatistics.iterations} iterations ${timing.masterSeconds.toFixed(1)} s; pricing ${timing.pricingCalls} calls ${timing.pricingSeconds.toFixed(1)} s; rest ${(seconds - timing.masterSeconds - timing.pricingSeconds).toFixed(1)} s; ${distribution.columns} panels, ${distribution.panels.length} used`,
);
