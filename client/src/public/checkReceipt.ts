// Checks a volunteer's receipt against what the page publishes (never against the receipt's own claims):
// stage two against the published pool, and, when the stage-two commitment names a stage one, the
// invitation against the stage-one record it names (shared/invitations/verifyReceipt.ts). Reading what was
// pasted is readReceipt's job; fetching the stage-one record is the caller's (ReceiptCheck, only then).

import { verifyReceipt } from '../../../shared/invitations/verifyReceipt';
import type { PublicView } from '../../../shared/process/publicView';
import { drawSelection } from '../../../shared/process/drawSelection';
import { readReceipt, type ReceiptProblem } from './readReceipt';

/** What the receipt proves of stage one, or the check that failed. */
export type StageOneOutcome =
  | { kind: 'invited'; stratum: string; rank: number; invitations: number }
  /** The stage-one record the commitment names does not hold the id. */
  | { kind: 'not-invited' }
  /** The receipt's part names another record than the commitment's, or the commitment names none. */
  | { kind: 'other-record' }
  /** The record served is not the one the commitment names. */
  | { kind: 'record-altered' }
  /** The id was invited, but not at the stratum, rank or index the receipt says. */
  | { kind: 'wrong-place' }
  /** The receipt's stage-one path does not reach its stratum's committed root. */
  | { kind: 'proof' }
  /** The receipt carries a stage-one part but stage two is not committed yet. */
  | { kind: 'pending' }
  /** The stage-one record could not be downloaded. */
  | { kind: 'unavailable' };

export type ReceiptOutcome =
  | { kind: 'malformed'; problem: ReceiptProblem }
  | { kind: 'other-process' }
  | { kind: 'invalid'; stageOne?: StageOneOutcome }
  | {
      kind: 'in-pool';
      id: string;
      index: number;
      size: number;
      draw: { role: 'seat' | 'alternate'; rank: number } | 'not-drawn' | 'not-yet';
      stageOne?: StageOneOutcome;
    };

/**
 * The stage-one record for the check: the parsed record, `'unavailable'` when it could not be downloaded,
 * or undefined when the process has no stage one (nothing is fetched then).
 */
export type StageOneInput = { record: unknown } | 'unavailable' | undefined;

const FAILED: Record<string, StageOneOutcome> = {
  'stage-one-commitment': { kind: 'other-record' },
  'stage-one-record': { kind: 'record-altered' },
  'stage-one-invited': { kind: 'wrong-place' },
  'stage-one-proof': { kind: 'proof' },
};

export function checkReceipt(
  text: string,
  view: PublicView,
  stageOne?: StageOneInput,
): ReceiptOutcome {
  const read = readReceipt(text);
  if (!read.ok) return { kind: 'malformed', problem: read.problem };
  const receipt = read.receipt;
  const pool = view.pool;
  if (
    pool === undefined ||
    (receipt.process !== undefined && receipt.process !== view.id) ||
    (receipt.poolRoot !== undefined && receipt.poolRoot !== pool.root) ||
    (receipt.poolSize !== undefined && receipt.poolSize !== pool.size)
  )
    return { kind: 'other-process' };
  // The published root and size are the reference (the commitment's, once there is one: the same, and it
  // names stage one); the receipt only brings the id, index and paths.
  const commitment = view.commitment?.commitment;
  const published = commitment ?? { poolRoot: pool.root, poolSize: pool.size };
  const isPending = commitment === undefined && receipt.stageOne !== undefined;
  const record = typeof stageOne === 'object' ? stageOne.record : undefined;
  const report = verifyReceipt(
    isPending ? { ...receipt, stageOne: undefined } : receipt,
    published,
    record,
  );
  if (report.checks[0]?.ok !== true) return { kind: 'malformed', problem: 'stage-one' };
  let stageOneOutcome: StageOneOutcome | undefined;
  if (isPending) stageOneOutcome = { kind: 'pending' };
  else if (report.stageOne === 'not-invited') stageOneOutcome = { kind: 'not-invited' };
  else if (typeof report.stageOne === 'object')
    stageOneOutcome = { kind: 'invited', ...report.stageOne };
  else if (report.stageOne === 'failed') {
    const first = report.checks.find((c) => !c.ok && c.name.startsWith('stage-one'));
    stageOneOutcome =
      stageOne === 'unavailable' && first?.name === 'stage-one-record'
        ? { kind: 'unavailable' }
        : (FAILED[first?.name ?? ''] ?? { kind: 'proof' });
  }
  const withStageOne = stageOneOutcome === undefined ? {} : { stageOne: stageOneOutcome };
  if (report.pool === undefined) return { kind: 'invalid', ...withStageOne };
  const pick = drawSelection(view.record).find((entry) => entry.id === receipt.id);
  const draw =
    view.record === undefined
      ? 'not-yet'
      : pick === undefined
        ? 'not-drawn'
        : { role: pick.role, rank: pick.rank };
  return {
    kind: 'in-pool',
    id: receipt.id,
    index: receipt.index,
    size: pool.size,
    draw,
    ...withStageOne,
  };
}
