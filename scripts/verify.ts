// `npm run -s verify -- RECORD.json [--pool POOL | --strata DIR] [--stage-one STAGE1.json] [--json]`, and
// `npm run -s verify -- receipt RECEIPT.json --record STAGE2.json [--stage-one STAGE1.json]` (a receipt):
// re-derives a kleroterion-draw/1 or /2 record, a kleroterion-stratified/1 record or a
// kleroterion-invitations/1 record; with --stage-one, also the link between a stage-two draw and the
// stage-one record its pool comes from (docs/lottery-spec.md, section 18).
// Prints one numbered line per check; exits 0 only when every check passes, 1 otherwise.

import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { recogniseArtefact } from '../shared/audit/recogniseArtefact';
import { openRecordTimelocksInBytes } from '../shared/lottery/openRecordTimelocks';
import { verifyRecordBytes } from '../shared/stratify/verifyRecordBytes';
import { verifyStageLink } from '../shared/invitations/verifyStageLink';
import { appendReport, type VerificationReport } from '../shared/verificationReport';
import { ExitCode, UsageError, runCli } from './lib/cliRunner';
import { loadPool } from './lib/poolLoader';
import { loadStrataDir } from './lib/strataDir';
import { RECEIPT_HELP, verifyReceiptFiles } from './lib/verifyReceiptCommand';

const HELP = `Usage: verify RECORD.json [--pool POOL | --strata DIR] [--stage-one STAGE1.json] [--json]
  Checks the record file's canonical form, the commitment hash, every revealed value and beacon
  signature, every timelock source (decrypted offline with its round's signature), the seed, every pick and every inclusion proof. With --pool (text, one id per line, or
  CSV with an "id" column) it also checks the pool root, its size and each picked id. A stage-one
  invitations record (kleroterion-invitations/1) gets its own checks (allocation, each stratum's seed,
  picks and proofs); with --strata DIR (one pool file per stratum, NAME.txt or NAME.csv) also each
  stratum's root and size, that no id is in two strata, and each invited id. With --stage-one, the
  record is a stage-two draw whose commitment names the stage-one record: that record's own checks,
  the response counts by stratum, and that everyone picked (with --pool, everyone in the pool) was
  invited at stage one.
  Exit status: 0 all checks passed, 1 a check failed, 2 unusable arguments or files.

${RECEIPT_HELP}`;

/** A JSON file, or a usage error naming it. */
function readJson(path: string): unknown {
  const text = readFileSync(path, 'utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(`${path} is not JSON: ${(error as Error).message}`);
  }
}

/** The record's JSON; a record that is not JSON has already failed its first check. */
function parsedOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** One numbered line per check and a summary, or the report as JSON. */
function printReport(file: string, report: VerificationReport, isJson: boolean): void {
  if (isJson) {
    process.stdout.write(`${JSON.stringify({ file, ...report }, null, 2)}\n`);
  } else {
    const width = String(report.checks.length).length;
    for (const check of report.checks) {
      process.stdout.write(
        `${check.ok ? 'PASS' : 'FAIL'} ${String(check.number).padStart(width)} ${check.name}: ${check.detail}\n`,
      );
    }
    const failed = report.checks.filter((check) => !check.ok);
    process.stdout.write(
      failed.length === 0
        ? `OK: all ${report.checks.length} checks passed for ${file}\n`
        : `INVALID: ${failed.length} of ${report.checks.length} checks failed (${failed.map((check) => `${check.number} ${check.name}`).join(', ')})\n`,
    );
  }
}

await runCli('verify', async () => {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    options: {
      pool: { type: 'string' },
      strata: { type: 'string' },
      'stage-one': { type: 'string' },
      record: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help === true) {
    process.stdout.write(`${HELP}\n`);
    return ExitCode.Ok;
  }
  if (positionals[0] === 'receipt') {
    if (positionals.length !== 2) throw new UsageError('expected exactly one RECEIPT.json');
    if (values.pool !== undefined || values.strata !== undefined)
      throw new UsageError('verify receipt takes --record and --stage-one, not --pool or --strata');
    const receiptPath = positionals[1] as string;
    const report = verifyReceiptFiles(receiptPath, {
      ...(values.record === undefined ? {} : { record: values.record }),
      ...(values['stage-one'] === undefined ? {} : { stageOne: values['stage-one'] }),
    });
    printReport(receiptPath, report, values.json === true);
    return report.ok ? ExitCode.Ok : ExitCode.VerificationFailed;
  }
  if (positionals.length !== 1) throw new UsageError('expected exactly one RECORD.json');
  if (values.record !== undefined)
    throw new UsageError('--record is for "verify receipt RECEIPT.json --record STAGE2.json"');
  const recordPath = positionals[0] as string;
  const bytes = readFileSync(recordPath);
  if (values.pool !== undefined && values.strata !== undefined)
    throw new UsageError('--pool and --strata cannot be used together');
  // The pools of a stratified stage one come by stratum; a plain draw's pool is one file.
  const recognition = recogniseArtefact(bytes);
  const isInvitations = recognition.isArtefact && recognition.kind === 'invitations-record';
  if (isInvitations && values.pool !== undefined)
    throw new UsageError(
      `${recordPath} is a kleroterion-invitations/1 record: give its strata's pools with --strata DIR, not --pool`,
    );
  if (!isInvitations && values.strata !== undefined)
    throw new UsageError(
      `--strata is for a kleroterion-invitations/1 record; ${recordPath} is not one (use --pool for a draw record)`,
    );
  const pool = values.pool === undefined ? undefined : await loadPool(values.pool);
  const strata =
    values.strata === undefined
      ? undefined
      : await loadStrataDir(values.strata, { disjoint: false });
  // Timelock sources are opened offline with the signatures the record carries.
  const timelockOpenings = await openRecordTimelocksInBytes(bytes);
  const drawReport = verifyRecordBytes(bytes, {
    ...(pool === undefined ? {} : { canonicalPool: pool.ids, poolTree: pool.tree }),
    timelockOpenings,
    ...(strata === undefined ? {} : { strataPools: new Map(strata.map((s) => [s.name, s])) }),
  });
  const stageOnePath = values['stage-one'];
  const report =
    stageOnePath === undefined
      ? drawReport
      : appendReport(
          drawReport,
          verifyStageLink(
            parsedOrUndefined(bytes.toString('utf8')),
            readJson(stageOnePath),
            pool === undefined ? {} : { pool: pool.ids },
          ),
        );
  printReport(recordPath, report, values.json === true);
  return report.ok ? ExitCode.Ok : ExitCode.VerificationFailed;
});
