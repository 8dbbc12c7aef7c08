// A volunteer's receipt (docs/lottery-spec.md, section 5): their pseudonym, position and audit path to the
// committed pool's root. Written once: the server issues `Receipt` (server/services/poolTrees.ts) and the
// public page reads a pasted one with `PastedReceipt`, the same fields with only the id, position and path
// required (a person may paste part of it; the page checks it against what it publishes, never its claims).

import { z } from 'zod';

export const RECEIPT_PROTOCOL = 'kleroterion-draw/1';

/** A receipt as issued; the field order is the order of the receipt files and mails. */
export const Receipt = z.strictObject({
  protocol: z.literal(RECEIPT_PROTOCOL),
  process: z.string(),
  poolRoot: z.string(),
  poolSize: z.number().int(),
  id: z.string().min(1).max(200),
  index: z.number().int().min(0),
  proof: z.array(z.string()),
  url: z.string(),
});
export type Receipt = z.infer<typeof Receipt>;

/** A receipt as pasted: the issued fields, all but the id, position and path optional, extra ones kept. */
export const PastedReceipt = Receipt.extend({ protocol: z.string() })
  .partial({ protocol: true, process: true, poolRoot: true, poolSize: true, url: true })
  .loose();
export type PastedReceipt = z.infer<typeof PastedReceipt>;
