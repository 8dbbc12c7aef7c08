// kleroterion-draw/2 is kleroterion-draw/1 plus timelock sources: a timelock source under the frozen /1 name
// is refused (a v1 verifier would take it for a public value and accept any value for it), and /1 records
// without timelock sources are unchanged. Spec: docs/lottery-spec.md, sections 3 and 4.1.

import { describe, expect, it } from 'vitest';
import v1 from '../../fixtures/vectors/kleroterion-draw-1.json';
import vector from '../../fixtures/vectors/kleroterion-timelock-1.json';
import { vectorRecord } from '../../fixtures/vectors/vectorRecord';
import { bytesToHex } from '../crypto/bytes';
import { canonicalize } from '../crypto/jcs';
import { ErrorCode, KleroterionError } from '../errors';
import { drawRecord } from './drawRecord';
import { auditPathHex, buildMerkleTree } from './merkle';
import { canonicalPool } from './poolId';
import { hasTimelockSources, openRecordTimelocks } from './openRecordTimelocks';
import {
  Commitment,
  DRAW_PROTOCOL,
  DRAW_PROTOCOL_V2,
  DrawRecord,
  TIMELOCK_NEEDS_V2,
  drawProtocolFor,
  type Source,
} from './protocol';
import { commitmentHashOf, deriveSeed } from './seed';
import { selectIndices } from './select';
import { verifyRecord } from './verifyRecord';
import { verifyRecordBytes } from '../stratify/verifyRecordBytes';

type Record = typeof vector.record;
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const bytesOf = (record: unknown) => new TextEncoder().encode(`${canonicalize(record)}\n`);
const tree = buildMerkleTree(vector.poolIds);

/**
 * The record a forger would publish under another protocol name: the commitment relabelled and every
 * derived field (hash, seed, picks and proofs) recomputed, so that only the protocol rule can catch it.
 */
function relabelled(protocol: string): Record {
  const record = clone(vector.record);
  record.protocol = protocol;
  record.commitment.protocol = protocol;
  record.commitmentHash = commitmentHashOf(record.commitment);
  const seed = deriveSeed(record.commitmentHash, record.values);
  record.seed = bytesToHex(seed);
  const { seats, alternates, poolSize } = record.commitment;
  record.selection = selectIndices(seed, poolSize, seats, alternates).map((index, i) => ({
    rank: i + 1,
    index,
    id: vector.poolIds[index] as string,
    role: i < seats ? 'seat' : 'alternate',
    proof: auditPathHex(tree, index),
  }));
  return record;
}

describe('kleroterion-draw/2: a record with a timelock source', () => {
  it('the timelock vector names kleroterion-draw/2 and verifies byte for byte, every check passing', async () => {
    expect(vector.protocol).toBe(DRAW_PROTOCOL_V2);
    expect(vector.record.protocol).toBe(DRAW_PROTOCOL_V2);
    expect(vector.commitment.protocol).toBe(DRAW_PROTOCOL_V2);
    const openings = await openRecordTimelocks(vector.record);
    expect([...openings.keys()]).toEqual([1]);
    const report = verifyRecordBytes(bytesOf(vector.record), {
      timelockOpenings: openings,
      canonicalPool: vector.poolIds,
    });
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    expect(report.checks.find((c) => c.name === 'record-structure')?.detail).toMatch(
      /^well-formed kleroterion-draw\/2 record/,
    );
  });

  it('drawRecord names the record after its commitment: /2 with a timelock source', async () => {
    const openings = await openRecordTimelocks(vector.record);
    const record = drawRecord({
      commitment: vector.commitment,
      canonicalIds: vector.poolIds,
      tree,
      values: vector.values,
      beacons: vector.record.beacons,
      timelockOpenings: openings,
    });
    expect(canonicalize(record)).toBe(canonicalize(vector.record));
  });

  it('the same record relabelled kleroterion-draw/1 fails with the clear check, before anything else', async () => {
    const forged = relabelled(DRAW_PROTOCOL);
    // Nothing to open: under /1 the source is not a timelock, so nothing is decrypted.
    expect(hasTimelockSources(forged)).toBe(false);
    expect((await openRecordTimelocks(forged)).size).toBe(0);
    const report = verifyRecordBytes(bytesOf(forged), { canonicalPool: vector.poolIds });
    expect(report.ok).toBe(false);
    const failed = report.checks.filter((c) => !c.ok);
    expect(failed.map((c) => c.name)).toEqual(['record-structure']);
    expect(failed[0]?.detail).toContain(
      'commitment.sources.1.timelock: a timelock source needs protocol kleroterion-draw/2',
    );
    expect(TIMELOCK_NEEDS_V2).toBe('a timelock source needs protocol kleroterion-draw/2');
    // A substituted contribution under the /1 label is refused the same way, whatever its value.
    forged.values[1] = 'any value at all';
    expect(verifyRecord(forged).checks.map((c) => [c.name, c.ok])).toEqual([
      ['record-structure', false],
    ]);
  });

  it('relabelled only at the top, the record contradicts its commitment and fails', () => {
    const record = clone(vector.record);
    record.protocol = DRAW_PROTOCOL;
    const report = verifyRecord(record);
    expect(report.checks).toEqual([
      expect.objectContaining({
        name: 'record-structure',
        ok: false,
        detail: expect.stringContaining(
          'protocol: the record names kleroterion-draw/1, its commitment kleroterion-draw/2',
        ),
      }),
    ]);
  });

  it('a /1 commitment with a timelock source is refused by the schema and by drawRecord', () => {
    const commitment = { ...clone(vector.commitment), protocol: DRAW_PROTOCOL };
    const parsed = Commitment.safeParse(commitment);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({
      path: ['sources', 1, 'timelock'],
      message: expect.stringContaining(TIMELOCK_NEEDS_V2),
    });
    let error: unknown;
    try {
      drawRecord({
        commitment,
        canonicalIds: vector.poolIds,
        tree,
        values: vector.values,
        beacons: vector.record.beacons,
      });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(KleroterionError);
    expect((error as KleroterionError).code).toBe(ErrorCode.CommitmentMalformed);
    expect((error as KleroterionError).message).toContain(TIMELOCK_NEEDS_V2);
  });

  it('an unknown later name is not a draw record', () => {
    expect(DrawRecord.safeParse(relabelled('kleroterion-draw/3')).success).toBe(false);
  });
});

describe('kleroterion-draw/1 without timelock sources is unchanged', () => {
  it('the v1 known-answer record still names /1 and verifies byte for byte', () => {
    expect(v1.protocol).toBe(DRAW_PROTOCOL);
    const report = verifyRecordBytes(bytesOf(vectorRecord));
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    const ids = canonicalPool(v1.poolIds.map((id) => ({ id })));
    const record = drawRecord({
      commitment: v1.commitment,
      canonicalIds: ids,
      tree: buildMerkleTree(ids),
      values: v1.values,
      beacons: v1.beacons,
    });
    expect(record.protocol).toBe(DRAW_PROTOCOL);
    expect(canonicalize(record)).toBe(canonicalize(vectorRecord));
  });

  it('the protocol a commitment must name follows from its sources', () => {
    expect(drawProtocolFor(v1.commitment.sources)).toBe(DRAW_PROTOCOL);
    expect(drawProtocolFor(vector.commitment.sources)).toBe(DRAW_PROTOCOL_V2);
    const beaconOnly: Source[] = [
      { label: 'a' },
      { label: 'b', beacon: { network: 'drand-quicknet', round: 7 } },
    ];
    expect(drawProtocolFor(beaconOnly)).toBe(DRAW_PROTOCOL);
    expect(
      drawProtocolFor([
        ...beaconOnly,
        { label: 'c', timelock: vector.commitment.sources[1]!.timelock! },
      ]),
    ).toBe(DRAW_PROTOCOL_V2);
  });

  it('a /2 commitment without a timelock source is still well formed (v2 is a superset)', () => {
    expect(Commitment.safeParse({ ...v1.commitment, protocol: DRAW_PROTOCOL_V2 }).success).toBe(
      true,
    );
  });
});
