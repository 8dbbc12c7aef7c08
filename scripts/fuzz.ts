// `npm run test:fuzz [-- --seed N --runs N]`: sends N seeded hostile HTTP requests and socket messages
// (default 10,000) to a real server from every kind of caller and checks that each is answered with a
// typed error or an allowed result, that no rejection changes the state, and that nothing leaks.
// Prints the counts by category and by error code; exits 1 on any finding.

import { parseArgs } from 'node:util';
import { createFuzzWorld } from '../server/testing/fuzz/fuzzWorld';
import { runFuzzCampaign } from '../server/testing/fuzz/fuzzCampaign';
import { ExitCode, UsageError, runCli } from './lib/cliRunner';

const HELP = `Usage: test:fuzz [--seed N] [--runs N]
  Sends N hostile inputs (default 10000; seed default: random, printed) to a real server and checks
  every answer. Re-run a failure with the printed seed.`;

function integer(text: string | undefined, fallback: number, name: string): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 0)
    throw new UsageError(`--${name} must be an integer`);
  return value;
}

await runCli('test:fuzz', async () => {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      seed: { type: 'string' },
      runs: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help === true) {
    process.stdout.write(`${HELP}\n`);
    return ExitCode.Ok;
  }
  const seed = integer(values.seed, Math.floor(Math.random() * 2 ** 31), 'seed');
  const runs = integer(values.runs, 10_000, 'runs');
  process.stdout.write(
    `seed ${seed}, ${runs} inputs (re-run: npm run test:fuzz -- --seed ${seed} --runs ${runs})\n`,
  );
  const crashes: string[] = [];
  process.on('uncaughtException', (error) => crashes.push(String(error)));
  const world = await createFuzzWorld();
  const started = performance.now();
  try {
    const report = await runFuzzCampaign(world, seed, runs, (done) => {
      if (done % 1000 === 0) process.stderr.write(`  ${done} inputs\n`);
    });
    const seconds = (performance.now() - started) / 1000;
    process.stdout.write(
      `\n${runs} inputs in ${seconds.toFixed(1)} s\n\nby category (sent / rejected / accepted):\n`,
    );
    for (const [category, tally] of Object.entries(report.byCategory).sort())
      process.stdout.write(
        `  ${category.padEnd(32)} ${String(tally.sent).padStart(6)} ${String(tally.rejected).padStart(6)} ${String(tally.accepted).padStart(6)}\n`,
      );
    process.stdout.write('\nby answer:\n');
    for (const [code, count] of Object.entries(report.byCode).sort((a, b) => b[1] - a[1]))
      process.stdout.write(`  ${code.padEnd(32)} ${String(count).padStart(6)}\n`);
    for (const crash of crashes)
      report.violations.push({ input: '(process)', problem: `uncaught: ${crash}` });
    process.stdout.write(
      `\n${report.acceptedWrites.length} accepted write(s), by callers allowed to make them:\n`,
    );
    for (const write of report.acceptedWrites.slice(0, 20)) process.stdout.write(`  ${write}\n`);
    process.stdout.write(`\n${report.violations.length} finding(s)\n`);
    for (const violation of report.violations.slice(0, 50))
      process.stdout.write(`  ${violation.problem}\n    ${violation.input}\n`);
    return report.violations.length === 0 ? ExitCode.Ok : ExitCode.VerificationFailed;
  } finally {
    await world.close();
  }
});
