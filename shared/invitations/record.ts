// The published record of a stratified stage-one draw (kleroterion-invitations/1).
// Spec: docs/lottery-spec.md, section 17 "kleroterion-invitations/1", "Record".

import { z } from 'zod';
import { BeaconProof } from '../lottery/protocol';
import { INVITATIONS_PROTOCOL, InvitationsCommitment } from './commitment';

const hex32 = z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lowercase hex digits (SHA-256)');
const count = (min: number) => z.number().int().min(min).max(Number.MAX_SAFE_INTEGER);

/** One invitation: its rank within the stratum (1-based), its pool index, the id and its proof. */
export const Invitation = z.strictObject({
  rank: count(1),
  index: count(0),
  id: z.string(),
  proof: z.array(hex32),
});
export type Invitation = z.infer<typeof Invitation>;

export const StratumDraw = z.strictObject({
  name: z.string(),
  seed: hex32,
  selection: z.array(Invitation),
});
export type StratumDraw = z.infer<typeof StratumDraw>;

/** The record: exactly these fields; `strata` has one entry per commitment stratum, in the same order. */
export const InvitationsRecord = z
  .strictObject({
    protocol: z.literal(INVITATIONS_PROTOCOL),
    commitment: InvitationsCommitment,
    commitmentHash: hex32,
    values: z.array(z.string().nullable()),
    beacons: z.array(BeaconProof),
    seed: hex32,
    strata: z.array(StratumDraw),
  })
  .superRefine((record, ctx) => {
    const committed = record.commitment.strata.map((s) => s.name);
    const drawn = record.strata.map((s) => s.name);
    if (committed.length !== drawn.length || committed.some((name, i) => name !== drawn[i]))
      ctx.addIssue({
        code: 'custom',
        path: ['strata'],
        message: `the record's strata (${drawn.map((n) => JSON.stringify(n)).join(', ')}) are not the commitment's, in its order (${committed.map((n) => JSON.stringify(n)).join(', ')})`,
      });
  });
export type InvitationsRecord = z.infer<typeof InvitationsRecord>;
