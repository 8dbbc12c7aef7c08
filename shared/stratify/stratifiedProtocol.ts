// kleroterion-stratified/1: the shapes of the commitment and the record of a stratified draw, and the
// canonical leaves of its two Merkle trees (RFC 6962 hashing, as in kleroterion-draw/1):
// - the respondents tree: leaf i = JCS({"features": {...}, "id": id}) of the i-th respondent in UTF-8 id
//   order, binding each pseudonymous id to the features the quotas count;
// - the panels tree: leaf j = JCS([ids of panel j in UTF-8 order]), panels in the lottery's order.
// Spec: docs/stratification.md, section "kleroterion-stratified/1".

import { z } from 'zod';
import { canonicalize } from '../crypto/jcs';
import { compareUtf8 } from '../lottery/poolId';
import { BeaconProof, Source } from '../lottery/protocol';
import { STRATIFIED_PROTOCOL } from './stratifiedProtocolId';

export { STRATIFIED_PROTOCOL } from './stratifiedProtocolId';

const hex32 = z.string().regex(/^[0-9a-f]{64}$/);
const count = (min: number) => z.number().int().min(min).max(Number.MAX_SAFE_INTEGER);

export const StratifiedQuota = z.strictObject({
  category: z.string().min(1),
  feature: z.string().min(1),
  min: count(0),
  max: count(0),
});

export const StratifiedCommitment = z.looseObject({
  protocol: z.literal(STRATIFIED_PROTOCOL),
  respondentsRoot: hex32,
  respondentCount: count(1),
  quotas: z.array(StratifiedQuota).min(1),
  panelSize: count(1),
  panelsRoot: hex32,
  panelCount: count(1),
  alternatesPerSeat: count(0),
  sources: z.array(Source).min(1),
});
export type StratifiedCommitment = z.infer<typeof StratifiedCommitment>;

export const RespondentProof = z.strictObject({
  id: z.string().min(1),
  features: z.record(z.string(), z.string()),
  /** Position in the respondents tree (UTF-8 id order) and its audit path. */
  index: count(0),
  proof: z.array(hex32),
});
export type RespondentProof = z.infer<typeof RespondentProof>;

export const StratifiedRecord = z.strictObject({
  protocol: z.literal(STRATIFIED_PROTOCOL),
  commitment: StratifiedCommitment,
  commitmentHash: hex32,
  values: z.array(z.string().nullable()),
  beacons: z.array(BeaconProof),
  seed: hex32,
  panelIndex: count(0),
  /** The chosen panel's audit path in the panels tree. */
  panelProof: z.array(hex32),
  /** The panel's members, in UTF-8 id order, each with its features and respondents-tree proof. */
  members: z.array(RespondentProof),
  /** Per seat (member), in member order: replacements of the same type, in call order. */
  alternates: z.array(z.strictObject({ seat: z.string(), replacements: z.array(RespondentProof) })),
});
export type StratifiedRecord = z.infer<typeof StratifiedRecord>;

/** The respondents-tree leaf text of one respondent. */
export const respondentLeaf = (id: string, features: Record<string, string>): string =>
  canonicalize({ features, id });

/** The panels-tree leaf text of one panel, given its members' ids. */
export const panelLeaf = (ids: readonly string[]): string =>
  canonicalize([...ids].sort(compareUtf8));
