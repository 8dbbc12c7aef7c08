// `npm run -s audit -- verify BUNDLE.json [--json]`: re-verifies a kleroterion-audit/1 bundle from its
// bytes: the draw, the hash chain, every event, then every grade count, aggregate, rank and the shortlist
// recomputed from the raw grades. Prints one numbered line per check; exits 0 only when all pass.

import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { verifyBundleBytes } from '../shared/audit/verifyBundle';
import { openRecordTimelocksInBytes } from '../shared/lottery/openRecordTimelocks';
import { ExitCode, UsageError, runCli } from './lib/cliRunner';

const HELP = `Usage: audit verify BUNDLE.json [--json]
  Checks that the bundle file is canonical JSON, re-verifies the draw record and the event chain,
  replays every event (sealed ballots, tie lotteries, the publication), and recomputes the grade
  counts, conflicts, abstentions, merit profiles, majority grades, ranks and the shortlist, comparing
  each with the bundle. Exit status: 0 all checks passed, 1 a check failed, 2 unusable arguments or files.`;

await runCli('audit', async () => {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help === true) {
    process.stdout.write(`${HELP}\n`);
    return ExitCode.Ok;
  }
  const [command, file, ...rest] = positionals;
  if (command !== 'verify') throw new UsageError('expected the command "verify"');
  if (file === undefined || rest.length > 0)
    throw new UsageError('expected exactly one BUNDLE.json');
  const bytes = readFileSync(file);
  // A timelocked witness in the bundle's record is opened offline first.
  const report = verifyBundleBytes(bytes, await openRecordTimelocksInBytes(bytes));
  if (values.json === true) {
    process.stdout.write(`${JSON.stringify({ file, ...report }, null, 2)}\n`);
  } else {
    const width = String(report.checks.length).length;
    for (const check of report.checks)
      process.stdout.write(
        `${check.ok ? 'PASS' : 'FAIL'} ${String(check.number).padStart(width)} ${check.name}: ${check.detail}\n`,
      );
    const failed = report.checks.filter((check) => !check.ok);
    process.stdout.write(
      failed.length === 0
        ? `OK: all ${report.checks.length} checks passed for ${file}\n`
        : `INVALID: ${failed.length} of ${report.checks.length} checks failed (${failed.map((c) => `${c.number} ${c.name}`).join(', ')})\n`,
    );
  }
  return report.ok ? ExitCode.Ok : ExitCode.VerificationFailed;
});
