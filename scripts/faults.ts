// `npm run test:faults [-- --cycles N --seed S]`: kill -9 the real server while 15 scripted jurors score,
// restart it, and check that no acknowledged action is lost or duplicated and that every chain verifies;
// then the torn-write cases. Prints one line per cycle and the totals; exits 1 if an invariant fails.

import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ExitCode, UsageError, runCli } from './lib/cliRunner';
import { CYCLE_HEADER, runFaults } from './lib/faults/runFaults';
import { summarise } from './lib/faults/faultSummary';

await runCli('test:faults', async () => {
  const { values } = parseArgs({
    options: {
      cycles: { type: 'string', default: '20' },
      seed: { type: 'string' },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(
      'usage: npm run test:faults -- [--cycles N (20)] [--seed S] [--keep (keep the scratch folder)]',
    );
    return ExitCode.Ok;
  }
  const cycles = z.coerce.number().int().min(1).max(200).safeParse(values.cycles);
  if (!cycles.success) throw new UsageError('--cycles takes a whole number from 1 to 200');
  const seed = values.seed ?? randomBytes(6).toString('hex');
  const workDir = mkdtempSync(join(tmpdir(), 'kleroterion-faults-'));
  console.log(`fault injection: ${cycles.data} cycles, seed ${seed} (rerun with --seed ${seed})`);
  console.log(`scratch folder: ${workDir}`);
  console.log(CYCLE_HEADER);
  try {
    const report = await runFaults({
      cycles: cycles.data,
      seed,
      workDir,
      killAfterMs: { min: 50, max: 1500 },
      acksAfterResume: 20,
      print: (line) => console.log(line),
    });
    for (const line of summarise(report)) console.log(line);
    return report.problems.length === 0 ? ExitCode.Ok : ExitCode.VerificationFailed;
  } finally {
    if (!values.keep) rmSync(workDir, { recursive: true, force: true });
  }
});
