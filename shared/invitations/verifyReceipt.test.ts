import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import drawVector from '../../fixtures/vectors/kleroterion-draw-1.json';
import vector from '../../fixtures/vectors/kleroterion-invitations-1.json';
import { RECEIPT_PROTOCOL, type Receipt, type ReceiptStageOne } from '../api/receipt';
import { sha256HexOfText } from '../crypto/hash';
import { drawRecord } from '../lottery/drawRecord';
import { auditPathHex, buildMerkleTree, poolRootHex } from '../lottery/merkle';
import { compareUtf8 } from '../lottery/poolId';
import { stageTwoDraw } from '../testing/stageTwoDraw';
import type { InvitationsRecord } from './record';
import { receiptStageOneParts } from './receiptStageOne';
import { parseStageOneRecord, stageOneRecordHash } from './stageLink';
import { verifyReceipt } from './verifyReceipt';

// Stage one: the known-answer vector (six invitations over three départements). Stage two: a draw among
// those who registered, its commitment naming stage one's record. Each receipt is built as the server
// issues it: the stage-two path from the pool's tree, the stage-one part from the record.
const stageOne = vector.record as InvitationsRecord;
const invited = stageOne.strata.flatMap((s) => s.selection.map((p) => p.id));
const parts = receiptStageOneParts(parseStageOneRecord(stageOne)!, stageOneRecordHash(stageOne));

function issue(pool: readonly string[], record: unknown = stageOne) {
  const { ids, record: stageTwo } = stageTwoDraw(record, pool, { seats: 1 });
  const tree = buildMerkleTree(ids);
  /** `'none'`: a version-1 receipt, without a stage-one part. */
  const receiptOf = (
    id: string,
    part: ReceiptStageOne | 'none' = parts.get(id) ?? 'none',
  ): Receipt => {
    const stageOnePart = part === 'none' ? undefined : part;
    const index = ids.indexOf(id);
    return {
      protocol: RECEIPT_PROTOCOL,
      ...(stageOnePart === undefined ? {} : { version: 2 as const }),
      process: 'p-1',
      poolRoot: stageTwo.commitment.poolRoot,
      poolSize: ids.length,
      id,
      index,
      proof: auditPathHex(tree, index),
      ...(stageOnePart === undefined ? {} : { stageOne: stageOnePart }),
      url: 'https://example.org/p/p-1',
    };
  };
  return { commitment: stageTwo.commitment, receiptOf };
}

const failed = (report: { checks: { name: string; ok: boolean }[] }) =>
  report.checks.filter((c) => !c.ok).map((c) => c.name);
const detail = (report: { checks: { name: string; detail: string }[] }, name: string) =>
  report.checks.find((c) => c.name === name)?.detail;
/** The hex digit at `at` of `hash`, changed. */
const flip = (hash: string, at = 0) =>
  `${hash.slice(0, at)}${hash[at] === '0' ? '1' : '0'}${hash.slice(at + 1)}`;

describe('a volunteer’s receipt of both stages', () => {
  it('proves an invitee was invited at stage one (stratum, rank) and is in the stage-two pool', () => {
    const { commitment, receiptOf } = issue([invited[0]!, invited[3]!, invited[5]!]);
    const report = verifyReceipt(receiptOf(invited[3]!), commitment, stageOne);
    expect(report.checks.map((c) => [c.number, c.name, c.ok])).toEqual([
      [1, 'receipt', true],
      [2, 'pool-proof', true],
      [3, 'stage-one-commitment', true],
      [4, 'stage-one-record', true],
      [5, 'stage-one-invited', true],
      [6, 'stage-one-proof', true],
    ]);
    expect(report.ok).toBe(true);
    expect(report.pool).toEqual({ id: invited[3], index: 2, size: 3 });
    // invited[3] is Aisne's second invitation (the vector's picks: index 4, then 7).
    expect(report.stageOne).toEqual({ stratum: 'Aisne', rank: 2, invitations: 2 });
    expect(detail(report, 'stage-one-invited')).toBe(
      `"${invited[3]}" was invited at stage one: stratum "Aisne", rank 2, index 7, of 2 invitations`,
    );
  });

  it('issues the stage-one part of section 18.1’s worked example', () => {
    expect(parts.get('FXX17XTS05')).toEqual({
      recordHash: '3a997ab5f4c1d833c5702fa98359d60350c13f8a997ab18fed6ca20b8c6ba29f',
      stratum: 'Aisne',
      rank: 1,
      index: 4,
      proof: [
        'e2733391e2985a697954b1150ca8f4d1fd608c49e4df0ebd015824d5c96be788',
        'e749e0f0f80077e62d152c3d0deb52bf519bd7d0d4051ee303f066bdddc18c4f',
        '61951f803e1cb39a0c2353f49b207187b8eb8e0575a1e55d88cc1752e4a8bed5',
      ],
    });
    expect(stageOne.commitment.strata[1]).toMatchObject({ name: 'Aisne', poolSize: 8 });
  });

  it('checks an old receipt (no stage-one part) by looking its id up in the named record', () => {
    const { commitment, receiptOf } = issue([invited[1]!, invited[4]!]);
    const old = receiptOf(invited[4]!, 'none');
    expect(old).not.toHaveProperty('stageOne');
    const report = verifyReceipt(old, commitment, stageOne);
    expect(failed(report)).toEqual([]);
    expect(report.stageOne).toEqual({ stratum: 'Allier', rank: 1, invitations: 2 });
    // A process without a stage one: the stage-two checks only, as before.
    const { stageOne: _link, ...plain } = commitment;
    const alone = verifyReceipt(old, plain);
    expect(alone.checks.map((c) => c.name)).toEqual(['receipt', 'pool-proof']);
    expect(alone.ok).toBe(true);
    expect(alone.stageOne).toBeUndefined();
  });

  it('checks a plain kleroterion-draw stage one, whose one stratum is ""', () => {
    const ids = [...drawVector.poolIds].sort(compareUtf8);
    const tree = buildMerkleTree(ids);
    const secret = 'plain stage one';
    const plainStageOne = drawRecord({
      commitment: {
        protocol: 'kleroterion-draw/1',
        poolRoot: poolRootHex(ids),
        poolSize: ids.length,
        seats: 8,
        alternates: 0,
        sources: [{ label: 'organiser', commitment: sha256HexOfText(secret) }],
      },
      canonicalIds: ids,
      tree,
      values: [secret],
      beacons: [],
    });
    const picked = plainStageOne.selection.map((p) => p.id);
    const plainParts = receiptStageOneParts(plainStageOne, stageOneRecordHash(plainStageOne));
    const { commitment, receiptOf } = issue(picked.slice(2, 5), plainStageOne);
    const report = verifyReceipt(
      receiptOf(picked[3]!, plainParts.get(picked[3]!)),
      commitment,
      plainStageOne,
    );
    expect(failed(report)).toEqual([]);
    expect(report.stageOne).toEqual({ stratum: '', rank: 4, invitations: 8 });
  });

  it('fails, by name, an id that was never invited', () => {
    const stranger = 'ZZZZZZZZZZ';
    expect(invited).not.toContain(stranger);
    const { commitment, receiptOf } = issue([invited[0]!, stranger]);
    // The stranger's receipt borrows an invitee's stage-one part: the record does not hold the stranger.
    const borrowed = receiptOf(stranger, parts.get(invited[0]!));
    const report = verifyReceipt(borrowed, commitment, stageOne);
    expect(failed(report)).toEqual(['stage-one-invited', 'stage-one-proof']);
    expect(report.pool).toEqual({ id: stranger, index: 1, size: 2 });
    expect(report.stageOne).toBe('not-invited');
    expect(detail(report, 'stage-one-invited')).toBe(
      '"ZZZZZZZZZZ" was never invited at stage one: the stage-one record\'s selection does not hold it',
    );
    // Without a stage-one part, the same: the id is not in the record.
    expect(failed(verifyReceipt(receiptOf(stranger, 'none'), commitment, stageOne))).toEqual([
      'stage-one-invited',
      'stage-one-proof',
    ]);
  });

  it('fails, by name, a wrong position: another rank, another stratum, another index', () => {
    const { commitment, receiptOf } = issue([invited[2]!, invited[3]!]);
    const genuine = receiptOf(invited[2]!);
    const part = genuine.stageOne!;
    const rank = verifyReceipt(
      { ...genuine, stageOne: { ...part, rank: 2 } },
      commitment,
      stageOne,
    );
    expect(failed(rank)).toEqual(['stage-one-invited']);
    expect(detail(rank, 'stage-one-invited')).toBe(
      `"${invited[2]}" was invited at stratum "Aisne", rank 1, index 4, not at stratum "Aisne", rank 2, index 4 as the receipt says`,
    );
    const stratum = verifyReceipt(
      { ...genuine, stageOne: { ...part, stratum: 'Paris' } },
      commitment,
      stageOne,
    );
    expect(failed(stratum)).toEqual(['stage-one-invited', 'stage-one-proof']);
    expect(detail(stratum, 'stage-one-invited')).toContain('(stage one has no such stratum)');
    const index = verifyReceipt(
      { ...genuine, stageOne: { ...part, index: 5 } },
      commitment,
      stageOne,
    );
    expect(failed(index)).toEqual(['stage-one-invited', 'stage-one-proof']);
  });

  it('fails, by name, a doctored stage-one proof, and a doctored stage-two one', () => {
    const { commitment, receiptOf } = issue(invited);
    const genuine = receiptOf(invited[5]!);
    const part = genuine.stageOne!;
    expect(part.proof.length).toBeGreaterThan(0);
    const doctored = verifyReceipt(
      { ...genuine, stageOne: { ...part, proof: [flip(part.proof[0]!), ...part.proof.slice(1)] } },
      commitment,
      stageOne,
    );
    expect(failed(doctored)).toEqual(['stage-one-proof']);
    expect(doctored.stageOne).toBe('failed');
    const shortened = verifyReceipt(
      { ...genuine, stageOne: { ...part, proof: part.proof.slice(1) } },
      commitment,
      stageOne,
    );
    expect(failed(shortened)).toEqual(['stage-one-proof']);
    const poolProof = verifyReceipt(
      { ...genuine, proof: [flip(genuine.proof[0]!, 63), ...genuine.proof.slice(1)] },
      commitment,
      stageOne,
    );
    expect(failed(poolProof)).toEqual(['pool-proof']);
    expect(poolProof.pool).toBeUndefined();
  });

  it('fails, by name, a stage-one hash that is not the commitment’s, and a record that is not the one named', () => {
    const { commitment, receiptOf } = issue([invited[0]!, invited[1]!]);
    const genuine = receiptOf(invited[1]!);
    const otherHash = flip(genuine.stageOne!.recordHash);
    const report = verifyReceipt(
      { ...genuine, stageOne: { ...genuine.stageOne!, recordHash: otherHash } },
      commitment,
      stageOne,
    );
    expect(failed(report)).toEqual(['stage-one-commitment']);
    expect(detail(report, 'stage-one-commitment')).toBe(
      `the receipt names stage-one record ${otherHash}, the stage-two commitment names ${(commitment.stageOne as { recordHash: string }).recordHash}`,
    );
    // A doctored record: the selection is no longer the one the commitment's hash fixes.
    const doctored = structuredClone(stageOne);
    doctored.strata[0]!.selection[0]!.index = 3;
    const forged = verifyReceipt(genuine, commitment, doctored);
    expect(failed(forged)).toEqual(['stage-one-record']);
    expect(forged.checks.map((c) => c.name).at(-1)).toBe('stage-one-record');
    expect(failed(verifyReceipt(genuine, commitment))).toEqual(['stage-one-record']);
    expect(detail(verifyReceipt(genuine, commitment), 'stage-one-record')).toBe(
      'no stage-one record was given',
    );
    // A receipt claiming a stage one for a process that has none.
    const { stageOne: _link, ...plain } = commitment;
    const claimed = verifyReceipt(genuine, plain, stageOne);
    expect(failed(claimed)).toEqual(['stage-one-commitment']);
  });

  it('names an unknown version, a malformed stage-one part and a receipt without its proof', () => {
    const { commitment, receiptOf } = issue([invited[0]!]);
    const genuine = receiptOf(invited[0]!);
    const cases: [unknown, RegExp][] = [
      [{ ...genuine, version: 3 }, /receipt version 3 is not one this checker knows/],
      [
        { ...genuine, stageOne: { ...genuine.stageOne!, rank: 0 } },
        /stage-one part is malformed \(rank:/,
      ],
      [{ ...genuine, stageOne: 'Ain' }, /stage-one part is malformed/],
      [{ id: genuine.id, index: 0 }, /lacks its id, its position \(index\) or its proof/],
    ];
    for (const [receipt, message] of cases) {
      const report = verifyReceipt(receipt, commitment, stageOne);
      expect(report.checks).toHaveLength(1);
      expect(report.checks[0]).toMatchObject({ name: 'receipt', ok: false });
      expect(report.checks[0]!.detail).toMatch(message);
    }
  });

  it('passes every registered invitee’s genuine receipt and fails any one changed hex digit', () => {
    fc.assert(
      fc.property(
        fc.subarray(invited, { minLength: 1 }),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        (pool, who, which, at) => {
          const { commitment, receiptOf } = issue(pool);
          const receipt = receiptOf(pool[who % pool.length]!);
          expect(failed(verifyReceipt(receipt, commitment, stageOne))).toEqual([]);
          // Every hash the receipt carries: its stage-two path, its stage-one path, the record's hash.
          const part = receipt.stageOne!;
          const hashes = [
            ...receipt.proof.map((_, i) => ['proof', i] as const),
            ...part.proof.map((_, i) => ['stageOne.proof', i] as const),
            ['stageOne.recordHash', 0] as const,
          ];
          const [field, i] = hashes[which % hashes.length]!;
          const digit = at % 64;
          const changed: Receipt =
            field === 'proof'
              ? { ...receipt, proof: receipt.proof.map((h, j) => (j === i ? flip(h, digit) : h)) }
              : field === 'stageOne.proof'
                ? {
                    ...receipt,
                    stageOne: {
                      ...part,
                      proof: part.proof.map((h, j) => (j === i ? flip(h, digit) : h)),
                    },
                  }
                : { ...receipt, stageOne: { ...part, recordHash: flip(part.recordHash, digit) } };
          const report = verifyReceipt(changed, commitment, stageOne);
          expect(report.ok).toBe(false);
          expect(failed(report)).toEqual([
            field === 'proof'
              ? 'pool-proof'
              : field === 'stageOne.proof'
                ? 'stage-one-proof'
                : 'stage-one-commitment',
          ]);
        },
      ),
      { numRuns: 60 },
    );
  });
});
