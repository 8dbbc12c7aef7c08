// A volunteer's receipt (docs/lottery-spec.md, sections 5 and 18): their pseudonym, position and audit path
// to the committed pool's root, and, when the pool came from a stage one, where they were invited and the
// path of their id to their stratum's committed root. Written once: the server issues `Receipt`
// (server/services/poolTrees.ts) and the public page reads a pasted one with `PastedReceipt`, the same fields
// with only the id, position and path required (a person may paste part of it; the page checks it against
// what it publishes, never its claims).

import { z } from 'zod';

export const RECEIPT_PROTOCOL = 'kleroterion-draw/1';
/** The receipt's version when it carries a stage-one part; a receipt without `version` is version 1. */
export const RECEIPT_VERSION_STAGES = 2;

const hex32 = z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lowercase hex digits (SHA-256)');

/**
 * Stage one in a version-2 receipt: the stage-one record's hash (the one the stage-two commitment names),
 * the stratum (`""` for a plain kleroterion-draw stage one), the 1-based rank of the invitation in that
 * stratum's selection, the id's index in the stratum's pool and its audit path to the stratum's root.
 */
export const ReceiptStageOne = z.strictObject({
  recordHash: hex32,
  stratum: z.string(),
  rank: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  index: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  proof: z.array(hex32),
});
export type ReceiptStageOne = z.infer<typeof ReceiptStageOne>;

/** A receipt as issued; the field order is the order of the receipt files and mails. */
export const Receipt = z.strictObject({
  protocol: z.literal(RECEIPT_PROTOCOL),
  version: z.literal(RECEIPT_VERSION_STAGES).optional(),
  process: z.string(),
  poolRoot: z.string(),
  poolSize: z.number().int(),
  id: z.string().min(1).max(200),
  index: z.number().int().min(0),
  proof: z.array(z.string()),
  stageOne: ReceiptStageOne.optional(),
  url: z.string(),
});
export type Receipt = z.infer<typeof Receipt>;

/**
 * A receipt as pasted: the issued fields, all but the id, position and path optional, extra ones kept. The
 * version and the stage-one part are kept as pasted: the check (shared/invitations/verifyReceipt.ts) names
 * an unknown version or a malformed stage-one part.
 */
export const PastedReceipt = Receipt.extend({
  protocol: z.string(),
  version: z.unknown().optional(),
  stageOne: z.unknown().optional(),
})
  .partial({ protocol: true, process: true, poolRoot: true, poolSize: true, url: true })
  .loose();
export type PastedReceipt = z.infer<typeof PastedReceipt>;
