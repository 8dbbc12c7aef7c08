import { describe, expect, it } from 'vitest';
import vector from '../../fixtures/vectors/kleroterion-invitations-1.json';
import { buildMerkleTree } from '../lottery/merkle';
import { compareUtf8 } from '../lottery/poolId';
import { ErrorCode, KleroterionError } from '../errors';
import { drawInvitations, type StratumPool } from './draw';

const pools = () =>
  new Map<string, StratumPool>(
    vector.pools.map((p) => [p.name, { ids: p.ids, tree: buildMerkleTree(p.ids) }]),
  );
const input = () => ({
  commitment: structuredClone(vector.commitment),
  pools: pools(),
  values: [...vector.values],
  beacons: [],
});
const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    return error instanceof KleroterionError ? error.code : 'not a KleroterionError';
  }
  return undefined;
};

describe('drawInvitations', () => {
  it('gives the vector record', () => {
    expect(drawInvitations(input())).toEqual(vector.record);
  });

  it('refuses a proportional allocation that is not the largest remainder', () => {
    const bad = input();
    bad.commitment.strata[0]!.invitations = 3;
    bad.commitment.strata[2]!.invitations = 1;
    expect(codeOf(() => drawInvitations(bad))).toBe(ErrorCode.CommitmentMalformed);
    expect(() => drawInvitations(bad)).toThrow(/largest-remainder/);
  });

  it('refuses a pool that is not the committed one, naming the stratum', () => {
    const bad = input();
    const ids = vector.pools[1]!.ids.slice(1);
    bad.pools.set('Aisne', { ids, tree: buildMerkleTree(ids) });
    expect(() => drawInvitations(bad)).toThrow(/stratum "Aisne"/);
    bad.pools.delete('Aisne');
    expect(() => drawInvitations(bad)).toThrow(/no pool for stratum "Aisne"/);
  });

  it('refuses an id in two strata with POOL_ID_DUPLICATE', () => {
    const bad = input();
    const ids = [...vector.pools[2]!.ids.slice(1), vector.pools[0]!.ids[0]!].sort(compareUtf8);
    const tree = buildMerkleTree(ids);
    bad.pools.set('Allier', { ids, tree });
    bad.commitment.strata[2]!.poolRoot = Buffer.from(tree.levels.at(-1)!).toString('hex');
    expect(codeOf(() => drawInvitations(bad))).toBe(ErrorCode.PoolIdDuplicate);
  });

  it('refuses a wrong secret with REVEAL_MISMATCH and a missing value with REVEAL_MISSING', () => {
    expect(codeOf(() => drawInvitations({ ...input(), values: ['nope'] }))).toBe(
      ErrorCode.RevealMismatch,
    );
    expect(codeOf(() => drawInvitations({ ...input(), values: [] }))).toBe(ErrorCode.RevealMissing);
  });

  it('draws nothing from a stratum with no invitation', () => {
    const zero = input();
    zero.commitment.allocation = 'set';
    zero.commitment.strata[0]!.invitations = 0;
    zero.commitment.invitations = 4;
    const record = drawInvitations(zero);
    expect(record.strata[0]!.selection).toEqual([]);
    expect(record.strata[1]!.selection.length).toBe(2);
  });
});
