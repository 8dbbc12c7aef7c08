import { describe, expect, it } from 'vitest';
import vector from '../../fixtures/vectors/kleroterion-draw-1.json';
import { vectorRecord } from '../../fixtures/vectors/vectorRecord';
import { canonicalize } from '../crypto/jcs';
import { canonicalPool } from './poolId';
import { buildMerkleTree, poolRootHex } from './merkle';
import { commitmentHashOf, deriveSeed, seedInput } from './seed';
import { openRandomStream } from './randomStream';
import { drawRecord } from './drawRecord';
import { verifyRecord } from './verifyRecord';
import { bytesToHex } from '../crypto/bytes';

describe('kleroterion-draw/1 known-answer vector', () => {
  const ids = canonicalPool(vector.poolIds.map((id) => ({ id })));
  const tree = buildMerkleTree(ids);

  it('reproduces the pool root', () => {
    expect(poolRootHex(ids)).toBe(vector.commitment.poolRoot);
  });

  it('reproduces the commitment JCS and hash', () => {
    expect(canonicalize(vector.commitment)).toBe(vector.commitmentJcs);
    expect(commitmentHashOf(vector.commitment)).toBe(vector.commitmentHash);
  });

  it('reproduces the seed input, the seed and the first stream words', () => {
    expect(seedInput(vector.commitmentHash, vector.values)).toBe(vector.seedInputJcs);
    const seed = deriveSeed(vector.commitmentHash, vector.values);
    expect(bytesToHex(seed)).toBe(vector.seed);
    const stream = openRandomStream(seed);
    expect(vector.firstStreamWords.map(() => stream.nextWord().toString())).toEqual(
      vector.firstStreamWords,
    );
  });

  it('reproduces the whole selection, bit for bit', () => {
    const record = drawRecord({
      commitment: vector.commitment,
      canonicalIds: ids,
      tree,
      values: vector.values,
      beacons: [],
    });
    expect(record.selection).toEqual(vector.selection);
    expect(record.beacons).toEqual(vector.beacons);
    expect(record.seed).toBe(vector.seed);
    expect(record.commitmentHash).toBe(vector.commitmentHash);
  });

  it('verifies the vector as a record, with and without the pool', () => {
    const record = vectorRecord;
    const report = verifyRecord(record, { canonicalPool: ids });
    expect(report.checks.filter((check) => !check.ok)).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.checks.map((c) => c.name)).toContain('pool-root');
    expect(verifyRecord(record).ok).toBe(true);
  });
});
