// `npm run -s verify -- receipt RECEIPT.json --record STAGE2.json [--stage-one STAGE1.json] [--json]`: checks
// a volunteer's receipt against the published stage-two record's commitment and, when that commitment names
// a stage one, the stage-one record (docs/lottery-spec.md, section 18 "The volunteer's receipt").

import { readFileSync } from 'node:fs';
import { verifyReceipt } from '../../shared/invitations/verifyReceipt';
import type { VerificationReport } from '../../shared/verificationReport';
import { UsageError } from './cliRunner';

export const RECEIPT_HELP = `Usage: verify receipt RECEIPT.json --record STAGE2.json [--stage-one STAGE1.json] [--json]
  Checks a volunteer's receipt (the receipt alone, or the organiser's entry {"receipt": …}) against the
  published stage-two record's commitment: the proof places the id in the committed pool. When that
  commitment names a stage one, give its record with --stage-one: the record must be the one named, and
  the id must be invited there, at the stratum, rank and index the receipt states, its proof reaching the
  stratum's committed root. The stage-two record's own checks are "verify STAGE2.json".`;

/** A JSON file's content, or a usage error naming the file and what is wrong. */
function readJson(path: string, what: string): unknown {
  const text = readFileSync(path, 'utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(`${path} (${what}) is not JSON: ${(error as Error).message}`);
  }
}

/** The receipt check's report; throws a UsageError for a missing or unreadable file. */
export function verifyReceiptFiles(
  receiptPath: string,
  options: { record?: string; stageOne?: string },
): VerificationReport {
  if (options.record === undefined)
    throw new UsageError('verify receipt needs the stage-two record: --record STAGE2.json');
  const pasted = readJson(receiptPath, 'the receipt');
  // An entry of the organiser's receipts file holds the receipt beside whom to send it to.
  const receipt =
    typeof pasted === 'object' && pasted !== null && 'receipt' in pasted
      ? (pasted as { receipt: unknown }).receipt
      : pasted;
  const record = readJson(options.record, 'the stage-two record');
  const commitment =
    typeof record === 'object' && record !== null && 'commitment' in record
      ? (record as { commitment: unknown }).commitment
      : record;
  const stageOne =
    options.stageOne === undefined ? undefined : readJson(options.stageOne, 'the stage-one record');
  return verifyReceipt(receipt, commitment, stageOne);
}
