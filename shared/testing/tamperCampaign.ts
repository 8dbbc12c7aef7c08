// Test helper: applies seeded byte flips one at a time to a genuine file and counts how its verifier
// rejects each, by the first failing check. A flip the verifier accepts, or one that makes it throw, is a bug.

import type { VerificationReport } from '../verificationReport';
import { applyFlip, byteFlips, everyByteFlip, type ByteFlip } from './byteFlips';

export interface TamperOutcome {
  artefact: string;
  flips: number;
  rejected: number;
  /** First failing check's name → how many flips it caught. */
  byCheck: Record<string, number>;
  /** Flips the verifier accepted: each one is a weakness. */
  accepted: ByteFlip[];
  /** Flips that made the verifier throw instead of naming a check. */
  threw: { flip: ByteFlip; message: string }[];
}

/**
 * Runs `count` seeded flips of `bytes` (or every byte, XOR 0x01 and XOR 0x02) through `verify`; the
 * genuine file must pass first.
 */
export function runTamperCampaign(
  artefact: string,
  bytes: Uint8Array,
  verify: (bytes: Uint8Array) => VerificationReport,
  count: number | 'every-byte',
  seed: number,
): TamperOutcome {
  const genuine = verify(bytes);
  if (!genuine.ok)
    throw new Error(
      `the genuine ${artefact} does not verify: ${genuine.checks.find((c) => !c.ok)?.name ?? '?'}`,
    );
  const outcome: TamperOutcome = {
    artefact,
    flips: 0,
    rejected: 0,
    byCheck: {},
    accepted: [],
    threw: [],
  };
  const flips =
    count === 'every-byte'
      ? everyByteFlip(bytes.length, [0x01, 0x02])
      : byteFlips(bytes.length, count, seed);
  for (const flip of flips) {
    outcome.flips++;
    let report: VerificationReport;
    try {
      report = verify(applyFlip(bytes, flip));
    } catch (error) {
      outcome.threw.push({ flip, message: error instanceof Error ? error.message : String(error) });
      continue;
    }
    const failed = report.checks.find((check) => !check.ok);
    if (report.ok || failed === undefined) {
      outcome.accepted.push(flip);
      continue;
    }
    outcome.rejected++;
    outcome.byCheck[failed.name] = (outcome.byCheck[failed.name] ?? 0) + 1;
  }
  return outcome;
}
