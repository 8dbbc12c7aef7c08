// Checks a volunteer's receipt against what the page publishes (never against the receipt's own claims).
// Reading what was pasted is readReceipt's job.

import { verifyInclusion } from '../../../shared/lottery/merkle';
import type { PublicView } from '../../../shared/process/publicView';
import { drawSelection } from '../../../shared/process/drawSelection';
import { readReceipt, type ReceiptProblem } from './readReceipt';

export type ReceiptOutcome =
  | { kind: 'malformed'; problem: ReceiptProblem }
  | { kind: 'other-process' }
  | { kind: 'invalid' }
  | {
      kind: 'in-pool';
      id: string;
      index: number;
      size: number;
      draw: { role: 'seat' | 'alternate'; rank: number } | 'not-drawn' | 'not-yet';
    };

export function checkReceipt(text: string, view: PublicView): ReceiptOutcome {
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
  // The published root and size are the reference; the receipt only brings the id, index and path.
  if (!verifyInclusion(receipt.id, receipt.index, pool.size, receipt.proof, pool.root))
    return { kind: 'invalid' };
  const pick = drawSelection(view.record).find((entry) => entry.id === receipt.id);
  const draw =
    view.record === undefined
      ? 'not-yet'
      : pick === undefined
        ? 'not-drawn'
        : { role: pick.role, rank: pick.rank };
  return { kind: 'in-pool', id: receipt.id, index: receipt.index, size: pool.size, draw };
}
