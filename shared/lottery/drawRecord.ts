// Builds a complete kleroterion-draw/1 record (or /2, with timelock sources) from a commitment, the
// canonical pool and the revealed values.
// Spec: docs/lottery-spec.md, sections 3–9.

import { ErrorCode, KleroterionError } from '../errors';
import { bytesToHex } from '../crypto/bytes';
import { auditPathHex, merkleRoot, type MerkleTree } from './merkle';
import {
  Commitment,
  PickRole,
  describeIssues,
  type BeaconProof,
  type DrawRecord,
  type Pick,
} from './protocol';
import { checkReveal } from './reveal';
import type { TimelockOpening } from './timelock';
import { commitmentHashOf, deriveSeed } from './seed';
import { selectIndices } from './select';

export interface DrawInput {
  commitment: unknown;
  /** Pool ids in canonical order. */
  canonicalIds: readonly string[];
  /** The tree over `canonicalIds`; built by the caller so that it can be timed and reused. */
  tree: MerkleTree;
  /** One value per source, in source order; null only for an unrevealed optional source. */
  values: readonly (string | null)[];
  beacons: readonly BeaconProof[];
  /** Timelock sources opened beforehand (openTimelock), by source position. */
  timelockOpenings?: ReadonlyMap<number, TimelockOpening>;
}

/**
 * Runs the draw and returns the record.
 * @throws {KleroterionError} COMMITMENT_MALFORMED, REVEAL_MISMATCH, BEACON_INVALID or SEATS_EXCEED_POOL,
 * and when the pool does not match the committed root or size.
 */
export function drawRecord(input: DrawInput): DrawRecord {
  const parsed = Commitment.safeParse(input.commitment);
  if (!parsed.success) {
    throw new KleroterionError(
      ErrorCode.CommitmentMalformed,
      `commitment: ${describeIssues(parsed.error)}`,
    );
  }
  const commitment = parsed.data;
  const root = bytesToHex(merkleRoot(input.tree));
  if (input.canonicalIds.length !== commitment.poolSize || root !== commitment.poolRoot) {
    throw new KleroterionError(
      ErrorCode.CommitmentMalformed,
      `the pool (${input.canonicalIds.length} ids, root ${root}) is not the committed pool (${commitment.poolSize} ids, root ${commitment.poolRoot})`,
      { field: 'poolRoot' },
    );
  }
  if (input.values.length !== commitment.sources.length) {
    throw new KleroterionError(
      ErrorCode.RevealMissing,
      `${commitment.sources.length} sources need ${commitment.sources.length} values, got ${input.values.length}`,
      { field: 'values' },
    );
  }
  commitment.sources.forEach((source, i) => {
    const outcome = checkReveal(
      source,
      i,
      input.values[i],
      input.beacons,
      input.timelockOpenings?.get(i),
    );
    if (!outcome.ok) {
      const code = source.beacon === undefined ? ErrorCode.RevealMismatch : ErrorCode.BeaconInvalid;
      throw new KleroterionError(code, outcome.problem, { field: `sources.${i}` });
    }
  });
  const commitmentHash = commitmentHashOf(input.commitment);
  const seed = deriveSeed(commitmentHash, input.values);
  const indices = selectIndices(seed, commitment.poolSize, commitment.seats, commitment.alternates);
  const selection: Pick[] = indices.map((index, i) => ({
    rank: i + 1,
    index,
    id: input.canonicalIds[index] as string,
    role: i < commitment.seats ? PickRole.Seat : PickRole.Alternate,
    proof: auditPathHex(input.tree, index),
  }));
  return {
    // The record carries its commitment's protocol name (the schema ties the two).
    protocol: commitment.protocol,
    commitment: input.commitment as Commitment,
    commitmentHash,
    values: [...input.values],
    seed: bytesToHex(seed),
    selection,
    beacons: [...input.beacons].sort((a, b) => a.source - b.source),
  };
}
