// Stage one at scale: an unstratified stage one is kleroterion-draw/1 with seats = k, alternates = 0
// (docs/lottery-spec.md, section 17). Here k = 10,000 invitations from N = 1,000,003 synthesised ids (a size
// that is no power of two, so the tree has unpaired nodes at several levels),
// and the whole record (every pick and every proof) goes through the public verifier.
// The pool's tree is built here with node:crypto and without holding the ids (`npm run bench:register`
// measures ten million); the levels above the leaves are kept for the proofs.

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bytesToHex } from '../shared/crypto/bytes';
import { sha256HexOfText } from '../shared/crypto/hash';
import { compareUtf8 } from '../shared/lottery/poolId';
import { DRAW_PROTOCOL, type DrawRecord } from '../shared/lottery/protocol';
import { commitmentHashOf, deriveSeed } from '../shared/lottery/seed';
import { selectIndices } from '../shared/lottery/select';
import { verifyRecord } from '../shared/lottery/verifyRecord';

const N = 1_000_003;
const K = 10_000;
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Id i: 10 Crockford base32 digits of i; fixed width and an ascending alphabet keep index order. */
function idOf(i: number): string {
  let id = '';
  for (let d = 9, v = i; d >= 0; d--, v = Math.floor(v / 32)) id = CROCKFORD.charAt(v % 32) + id;
  return id;
}

const leaf = (i: number) =>
  createHash('sha256')
    .update(Buffer.from([0]))
    .update(idOf(i), 'utf8')
    .digest();
const node = (l: Uint8Array, r: Uint8Array) =>
  createHash('sha256')
    .update(Buffer.from([1]))
    .update(l)
    .update(r)
    .digest();

/** Levels 1 and up of the RFC 6962 tree (bottom-up, an unpaired last node carried up unchanged). */
function upperLevels(): Uint8Array[] {
  const levels: Uint8Array[] = [];
  let count = Math.ceil(N / 2);
  let level = new Uint8Array(count * 32);
  for (let p = 0; p < count; p++) {
    const left = leaf(2 * p);
    level.set(2 * p + 1 < N ? node(left, leaf(2 * p + 1)) : left, p * 32);
  }
  levels.push(level);
  while (count > 1) {
    const below = level;
    const belowCount = count;
    count = Math.ceil(count / 2);
    level = new Uint8Array(count * 32);
    for (let p = 0; p < count; p++) {
      const left = below.subarray(2 * p * 32, 2 * p * 32 + 32);
      level.set(
        2 * p + 1 < belowCount
          ? node(left, below.subarray((2 * p + 1) * 32, (2 * p + 2) * 32))
          : left,
        p * 32,
      );
    }
    levels.push(level);
  }
  return levels;
}

function proofOf(levels: Uint8Array[], index: number): string[] {
  const path: string[] = [];
  if ((index ^ 1) < N) path.push(bytesToHex(leaf(index ^ 1)));
  let position = index >> 1;
  let count = Math.ceil(N / 2);
  for (const level of levels) {
    if (count === 1) break;
    const sibling = position ^ 1;
    if (sibling < count) path.push(bytesToHex(level.subarray(sibling * 32, sibling * 32 + 32)));
    position >>= 1;
    count = Math.ceil(count / 2);
  }
  return path;
}

describe('an unstratified stage one at scale (kleroterion-draw/1)', () => {
  it('draws 10,000 invitations from 1,000,003 ids and the whole record verifies', () => {
    expect(compareUtf8(idOf(31), idOf(32))).toBeLessThan(0);
    const levels = upperLevels();
    const root = bytesToHex((levels.at(-1) as Uint8Array).subarray(0, 32));
    const commitment = {
      protocol: DRAW_PROTOCOL,
      title: 'Stage one at scale',
      poolRoot: root,
      poolSize: N,
      seats: K,
      alternates: 0,
      sources: [{ label: 'organiser', commitment: sha256HexOfText('scale secret') }],
    };
    const commitmentHash = commitmentHashOf(commitment);
    const values = ['scale secret'];
    const seed = deriveSeed(commitmentHash, values);
    const indices = selectIndices(seed, N, K, 0);
    expect(new Set(indices).size).toBe(K);
    const record: DrawRecord = {
      protocol: DRAW_PROTOCOL,
      commitment,
      commitmentHash,
      values,
      seed: bytesToHex(seed),
      selection: indices.map((index, i) => ({
        rank: i + 1,
        index,
        id: idOf(index),
        role: 'seat',
        proof: proofOf(levels, index),
      })),
      beacons: [],
    };
    const report = verifyRecord(record);
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    expect(report.checks.filter((c) => c.name.startsWith('proof-'))).toHaveLength(K);
    // A proof from the sample, doctored, fails exactly its own check.
    const doctored = structuredClone(record);
    const pick = doctored.selection[4321]!;
    pick.id = idOf((pick.index + 1) % N);
    expect(
      verifyRecord(doctored)
        .checks.filter((c) => !c.ok)
        .map((c) => c.name),
    ).toEqual(['proof-4322']);
    // About two million SHA-256 on one core: past the default per-test limit on a loaded machine.
  }, 600_000);
});
