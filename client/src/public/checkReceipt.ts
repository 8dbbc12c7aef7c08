// Checks a volunteer's receipt against what the page publishes (never against the receipt's own claims).

import { z } from 'zod';
import { verifyInclusion } from '../../../shared/lottery/merkle';
import type { PublicView } from '../../../shared/process/publicView';
import { drawSelection } from '../../../shared/process/processStratified';

export const Receipt = z.looseObject({
  id: z.string().min(1).max(200),
  index: z.number().int().min(0),
  proof: z.array(z.string()),
  poolRoot: z.string().optional(),
  poolSize: z.number().int().optional(),
});

export type ReceiptOutcome =
  | { kind: 'malformed'; problem: string }
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
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { kind: 'malformed', problem: error instanceof Error ? error.message : 'not JSON' };
  }
  const parsed = Receipt.safeParse(json);
  if (!parsed.success)
    return {
      kind: 'malformed',
      problem: parsed.error.issues
        .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
        .join('; '),
    };
  const receipt = parsed.data;
  const pool = view.pool;
  if (
    pool === undefined ||
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
