// Test helper: a stage-two draw (kleroterion-draw/1) among people who registered after a stage one, its
// commitment naming the stage-one record and the responses by stratum (docs/lottery-spec.md, section 18).

import { bytesToHex } from '../crypto/bytes';
import { sha256HexOfText } from '../crypto/hash';
import {
  parseStageOneRecord,
  stageOneRecordHash,
  stageOneResponses,
} from '../invitations/stageLink';
import { drawRecord } from '../lottery/drawRecord';
import { buildMerkleTree, merkleRoot } from '../lottery/merkle';
import { compareUtf8 } from '../lottery/poolId';
import type { DrawRecord } from '../lottery/protocol';

export const STAGE_TWO_SECRET = 'stage two secret';

/**
 * Draws `seats` from `pool` (ids in any order). The published responses count `registered` (default: the
 * pool) against the invitations of `stageOne`.
 */
export function stageTwoDraw(
  stageOne: unknown,
  pool: readonly string[],
  options: { seats?: number; registered?: readonly string[] } = {},
): { ids: string[]; record: DrawRecord } {
  const ids = [...pool].sort(compareUtf8);
  const tree = buildMerkleTree(ids);
  const parsed = parseStageOneRecord(stageOne);
  if (parsed === undefined) throw new Error('stageTwoDraw: not a stage-one record');
  const commitment = {
    protocol: 'kleroterion-draw/1',
    title: 'Stage two',
    poolRoot: bytesToHex(merkleRoot(tree)),
    poolSize: ids.length,
    seats: options.seats ?? 2,
    alternates: 0,
    sources: [{ label: 'organiser', commitment: sha256HexOfText(STAGE_TWO_SECRET) }],
    stageOne: {
      recordHash: stageOneRecordHash(stageOne),
      responses: stageOneResponses(parsed, new Set(options.registered ?? pool)),
    },
  };
  return {
    ids,
    record: drawRecord({
      commitment,
      canonicalIds: ids,
      tree,
      values: [STAGE_TWO_SECRET],
      beacons: [],
    }),
  };
}
