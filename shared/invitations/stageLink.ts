// The link between the two stages of a civic lottery: the stage-two commitment names the stage-one record
// it draws from (the SHA-256 of its canonical bytes) and publishes, by stratum, how many were invited and
// how many registered. Spec: docs/lottery-spec.md, section 18 "The link between the stages".

import { z } from 'zod';
import { sha256HexOfText } from '../crypto/hash';
import { canonicalize } from '../crypto/jcs';
import { DrawRecord } from '../lottery/protocol';
import { InvitationsRecord } from './record';

const hex32 = z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lowercase hex digits (SHA-256)');
const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** One stratum's answers: its name (`""` for an unstratified stage one), invitations sent, registrations. */
export const StageOneResponses = z.strictObject({
  stratum: z.string(),
  invited: count,
  registered: count,
});
export type StageOneResponses = z.infer<typeof StageOneResponses>;

/** The `stageOne` field of a stage-two commitment. */
export const StageOneLink = z.strictObject({
  recordHash: hex32,
  responses: z.array(StageOneResponses).min(1),
});
export type StageOneLink = z.infer<typeof StageOneLink>;

/** The stage-one record's hash as the link names it: SHA-256 of JCS(record), without the final LF. */
export const stageOneRecordHash = (record: unknown): string =>
  sha256HexOfText(canonicalize(record));

/** A stage one is a plain draw (one stratum, named "") or a stratified invitations draw. */
export type StageOneRecord = DrawRecord | InvitationsRecord;

export function parseStageOneRecord(input: unknown): StageOneRecord | undefined {
  const invitations = InvitationsRecord.safeParse(input);
  if (invitations.success) return invitations.data;
  const draw = DrawRecord.safeParse(input);
  return draw.success ? draw.data : undefined;
}

/** The ids each stratum invited, in the record's order. */
export function invitedByStratum(record: StageOneRecord): { stratum: string; ids: string[] }[] {
  if ('strata' in record)
    return record.strata.map((s) => ({ stratum: s.name, ids: s.selection.map((p) => p.id) }));
  return [{ stratum: '', ids: record.selection.map((p) => p.id) }];
}

/**
 * The responses a stage-two commitment publishes, from the stage-one record and the ids that registered
 * (every one of them invited; the caller checks it).
 */
export function stageOneResponses(
  record: StageOneRecord,
  registered: ReadonlySet<string>,
): StageOneResponses[] {
  return invitedByStratum(record).map(({ stratum, ids }) => ({
    stratum,
    invited: ids.length,
    registered: ids.filter((id) => registered.has(id)).length,
  }));
}
