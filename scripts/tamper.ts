// `npm run test:tamper [-- --seed N --flips N]`: flips seeded random bytes, one at a time, in a genuine
// audit bundle, draw record and stratified record, and prints how the verifiers rejected each flip, by
// the first failing check. Exits 1 if any flip was accepted or made a verifier throw.

import { parseArgs } from 'node:util';
import { verifyBundleBytes } from '../shared/audit/verifyBundle';
import { verifyRecordBytes } from '../shared/stratify/verifyRecordBytes';
import { genuineArtefacts } from '../shared/testing/tamperArtefacts';
import { runTamperCampaign, type TamperOutcome } from '../shared/testing/tamperCampaign';
import { genuineStratifiedRecord } from '../server/testing/stratifiedArtefact';
import { ExitCode, UsageError, runCli } from './lib/cliRunner';

const HELP = `Usage: test:tamper [--seed N] [--flips N] [--every-byte]
  Flips N random bytes (default 1000, seed default 2026), one at a time, in a genuine audit bundle,
  draw record and stratified record; every flip must be rejected by a named check. --every-byte flips
  each byte of each file in turn (XOR 0x01, then 0x02) instead: slower (minutes), exhaustive.`;

function positiveInteger(text: string | undefined, fallback: number, name: string): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 0)
    throw new UsageError(`--${name} must be an integer`);
  return value;
}

function print(outcome: TamperOutcome, bytes: number): void {
  process.stdout.write(
    `${outcome.artefact} (${bytes} bytes): ${outcome.rejected}/${outcome.flips} flips rejected, ${outcome.accepted.length} accepted, ${outcome.threw.length} threw\n`,
  );
  const rows = Object.entries(outcome.byCheck).sort((a, b) => b[1] - a[1]);
  for (const [check, count] of rows)
    process.stdout.write(`  ${String(count).padStart(5)}  ${check}\n`);
  for (const flip of outcome.accepted)
    process.stdout.write(`  ACCEPTED: byte ${flip.offset} XOR 0x${flip.mask.toString(16)}\n`);
  for (const { flip, message } of outcome.threw)
    process.stdout.write(
      `  THREW: byte ${flip.offset} XOR 0x${flip.mask.toString(16)}: ${message}\n`,
    );
}

await runCli('test:tamper', async () => {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      seed: { type: 'string' },
      flips: { type: 'string' },
      'every-byte': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help === true) {
    process.stdout.write(`${HELP}\n`);
    return ExitCode.Ok;
  }
  const seed = positiveInteger(values.seed, 2026, 'seed');
  const flips =
    values['every-byte'] === true ? 'every-byte' : positiveInteger(values.flips, 1000, 'flips');
  process.stdout.write(
    flips === 'every-byte'
      ? 'every byte of each artefact, XOR 0x01 then 0x02\n'
      : `seed ${seed}, ${flips} flips per artefact\n`,
  );
  const { bundle, record } = genuineArtefacts();
  const stratified = await genuineStratifiedRecord();
  const outcomes = [
    [runTamperCampaign('audit bundle', bundle, verifyBundleBytes, flips, seed), bundle.length],
    [
      runTamperCampaign('draw record', record, (b) => verifyRecordBytes(b), flips, seed),
      record.length,
    ],
    [
      runTamperCampaign('stratified record', stratified, (b) => verifyRecordBytes(b), flips, seed),
      stratified.length,
    ],
  ] as const;
  for (const [outcome, size] of outcomes) print(outcome, size);
  const isClean = outcomes.every(([o]) => o.accepted.length === 0 && o.threw.length === 0);
  process.stdout.write(isClean ? 'OK: every flip was rejected by a named check\n' : 'FAILED\n');
  return isClean ? ExitCode.Ok : ExitCode.VerificationFailed;
});
