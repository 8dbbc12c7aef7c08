// Makes a kleroterion-invitations/1 record: checks the commitment, its allocation and each stratum's pool,
// then draws each stratum's invitations on its own stream, exactly as section 8 selects seats.
// Spec: docs/lottery-spec.md, section 17 "kleroterion-invitations/1".

import { bytesToHex } from '../crypto/bytes';
import { ErrorCode, KleroterionError } from '../errors';
import { auditPathHex, merkleRoot, type MerkleTree } from '../lottery/merkle';
import { describeIssues, type BeaconProof } from '../lottery/protocol';
import { checkReveal } from '../lottery/reveal';
import { commitmentHashOf, deriveSeedHex } from '../lottery/seed';
import { selectIndices } from '../lottery/select';
import { allocationProblems } from './allocation';
import { InvitationsCommitment, type Stratum } from './commitment';
import type { InvitationsRecord, StratumDraw } from './record';
import { stratumSeed } from './stratumSeed';

/** One stratum's pool: its ids in canonical order and the tree over them. */
export interface StratumPool {
  ids: readonly string[];
  tree: MerkleTree;
}

export interface InvitationsInput {
  /** The commitment exactly as published. */
  commitment: unknown;
  /** Each stratum's pool, by stratum name. */
  pools: ReadonlyMap<string, StratumPool>;
  /** One value per source, in source order; null only for an unrevealed optional source. */
  values: readonly (string | null)[];
  beacons: readonly BeaconProof[];
}

/**
 * The picks of one stratum: section 8's selection with S = its invitations, A = 0, N = its pool size, on
 * the stream of its own seed. A stratum with no invitation draws nothing and reads no word.
 */
export function stratumIndices(seedHex: string, stratum: Stratum): number[] {
  if (stratum.invitations === 0) return [];
  return selectIndices(
    stratumSeed(seedHex, stratum.name),
    stratum.poolSize,
    stratum.invitations,
    0,
  );
}

/**
 * Runs the draw and returns the record.
 * @throws {KleroterionError} COMMITMENT_MALFORMED (shape, allocation, or a pool that is not the committed
 * one), POOL_ID_DUPLICATE (an id in two strata), REVEAL_MISSING, REVEAL_MISMATCH or BEACON_INVALID.
 */
export function drawInvitations(input: InvitationsInput): InvitationsRecord {
  const parsed = InvitationsCommitment.safeParse(input.commitment);
  if (!parsed.success)
    throw new KleroterionError(
      ErrorCode.CommitmentMalformed,
      `commitment: ${describeIssues(parsed.error)}`,
    );
  const commitment = parsed.data;
  const problems = allocationProblems(commitment);
  if (problems.length > 0)
    throw new KleroterionError(
      ErrorCode.CommitmentMalformed,
      `commitment: allocation: ${problems.join('; ')}`,
      { field: 'strata' },
    );
  const owner = new Map<string, string>();
  for (const stratum of commitment.strata) {
    const pool = input.pools.get(stratum.name);
    if (pool === undefined)
      throw new KleroterionError(
        ErrorCode.CommitmentMalformed,
        `no pool for stratum ${JSON.stringify(stratum.name)}`,
        { field: 'strata' },
      );
    const root = bytesToHex(merkleRoot(pool.tree));
    if (pool.ids.length !== stratum.poolSize || root !== stratum.poolRoot)
      throw new KleroterionError(
        ErrorCode.CommitmentMalformed,
        `stratum ${JSON.stringify(stratum.name)}: the pool (${pool.ids.length} ids, root ${root}) is not the committed pool (${stratum.poolSize} ids, root ${stratum.poolRoot})`,
        { field: 'poolRoot' },
      );
    for (const id of pool.ids) {
      const other = owner.get(id);
      if (other !== undefined)
        throw new KleroterionError(
          ErrorCode.PoolIdDuplicate,
          `id ${JSON.stringify(id)} is in stratum ${JSON.stringify(other)} and in stratum ${JSON.stringify(stratum.name)}: a register id belongs to one stratum`,
          { field: 'strata' },
        );
      owner.set(id, stratum.name);
    }
  }
  if (input.values.length !== commitment.sources.length)
    throw new KleroterionError(
      ErrorCode.RevealMissing,
      `${commitment.sources.length} sources need ${commitment.sources.length} values, got ${input.values.length}`,
      { field: 'values' },
    );
  commitment.sources.forEach((source, i) => {
    const outcome = checkReveal(source, i, input.values[i], input.beacons);
    if (!outcome.ok) {
      const code = source.beacon === undefined ? ErrorCode.RevealMismatch : ErrorCode.BeaconInvalid;
      throw new KleroterionError(code, outcome.problem, { field: `sources.${i}` });
    }
  });
  const commitmentHash = commitmentHashOf(input.commitment);
  const seed = deriveSeedHex(commitmentHash, input.values);
  const strata: StratumDraw[] = commitment.strata.map((stratum) => {
    const pool = input.pools.get(stratum.name) as StratumPool;
    return {
      name: stratum.name,
      seed: bytesToHex(stratumSeed(seed, stratum.name)),
      selection: stratumIndices(seed, stratum).map((index, i) => ({
        rank: i + 1,
        index,
        id: pool.ids[index] as string,
        proof: auditPathHex(pool.tree, index),
      })),
    };
  });
  return {
    protocol: commitment.protocol,
    commitment: input.commitment as InvitationsCommitment,
    commitmentHash,
    values: [...input.values],
    beacons: [...input.beacons].sort((a, b) => a.source - b.source),
    seed,
    strata,
  };
}
