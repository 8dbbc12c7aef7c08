import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bytesToHex } from '../crypto/bytes';
import {
  auditPathHex,
  buildMerkleTree,
  hashLeaves,
  joinSubtrees,
  leafHash,
  levelsAbove,
  merkleRoot,
  nodeHash,
  splitPoint,
  verifyInclusion,
} from './merkle';

// RFC 6962 §2.1 written as the RFC states it (recursive split at the largest power of two below n),
// independent of the level-by-level builder under test.
function largestPowerOfTwoBelow(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}
function referenceRoot(ids: string[]): Uint8Array {
  if (ids.length === 1) return leafHash(ids[0]!);
  const k = largestPowerOfTwoBelow(ids.length);
  return nodeHash(referenceRoot(ids.slice(0, k)), referenceRoot(ids.slice(k)));
}
function referencePath(m: number, ids: string[]): string[] {
  if (ids.length === 1) return [];
  const k = largestPowerOfTwoBelow(ids.length);
  return m < k
    ? [...referencePath(m, ids.slice(0, k)), bytesToHex(referenceRoot(ids.slice(k)))]
    : [...referencePath(m - k, ids.slice(k)), bytesToHex(referenceRoot(ids.slice(0, k)))];
}

const idsOf = (n: number) =>
  Array.from({ length: n }, (_, i) => `id-${String(i).padStart(4, '0')}`);

describe('RFC 6962 pool tree', () => {
  it('matches the recursive definition for every size up to 70 and every leaf', () => {
    for (let n = 1; n <= 70; n++) {
      const ids = idsOf(n);
      const tree = buildMerkleTree(ids);
      const root = bytesToHex(merkleRoot(tree));
      expect(root).toBe(bytesToHex(referenceRoot(ids)));
      for (let m = 0; m < n; m++) {
        const path = auditPathHex(tree, m);
        expect(path).toEqual(referencePath(m, ids));
        expect(verifyInclusion(ids[m]!, m, n, path, root)).toBe(true);
      }
    }
  });

  it('the root of one id is its leaf hash', () => {
    expect(bytesToHex(merkleRoot(buildMerkleTree(['solo'])))).toBe(bytesToHex(leafHash('solo')));
  });

  it('hashes ids as UTF-8 bytes', () => {
    const tree = buildMerkleTree(['é', '日本', '😀']);
    expect(bytesToHex(merkleRoot(tree))).toBe(bytesToHex(referenceRoot(['é', '日本', '😀'])));
  });

  it('rejects any altered proof, id, index or size (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 200 }), fc.nat(), fc.nat(), (n, a, b) => {
        const ids = idsOf(n);
        const tree = buildMerkleTree(ids);
        const root = bytesToHex(merkleRoot(tree));
        const m = a % n;
        const path = auditPathHex(tree, m);
        const other = (m + 1 + (b % (n - 1))) % n;
        expect(verifyInclusion(ids[m]!, other, n, path, root)).toBe(false);
        expect(verifyInclusion(ids[other]!, m, n, path, root)).toBe(false);
        expect(verifyInclusion(ids[m]!, m, n, path.slice(1), root)).toBe(false);
        expect(verifyInclusion(ids[m]!, m, n, [...path, path[0]!], root)).toBe(false);
        const bent = path.map((p, i) =>
          i === b % path.length ? (p[0] === '0' ? '1' : '0') + p.slice(1) : p,
        );
        expect(verifyInclusion(ids[m]!, m, n, bent, root)).toBe(false);
        expect(
          verifyInclusion(
            ids[m]!,
            m,
            n,
            path,
            root.replace(/^./, (c) => (c === 'a' ? 'b' : 'a')),
          ),
        ).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it('returns false rather than throwing on malformed proofs', () => {
    const tree = buildMerkleTree(idsOf(5));
    const root = bytesToHex(merkleRoot(tree));
    expect(verifyInclusion('id-0000', 0, 5, ['xyz'], root)).toBe(false);
    expect(verifyInclusion('id-0000', -1, 5, [], root)).toBe(false);
    expect(verifyInclusion('id-0000', 0, 0, [], root)).toBe(false);
    expect(verifyInclusion('id-0000', 0.5, 5, [], root)).toBe(false);
    expect(() => auditPathHex(tree, 5)).toThrow(RangeError);
  });
});

describe('parallel-friendly tree assembly', () => {
  it('joining the two RFC 6962 subtrees gives the same tree as building it whole', () => {
    for (const n of [2, 3, 4, 5, 7, 8, 9, 31, 33, 64, 65, 100, 129]) {
      const ids = Array.from({ length: n }, (_, i) => `p${i}`);
      const whole = buildMerkleTree(ids);
      const k = splitPoint(n);
      const left = levelsAbove(hashLeaves(ids.slice(0, k)), k);
      const right = levelsAbove(hashLeaves(ids.slice(k)), n - k);
      const joined = joinSubtrees(left, right, n);
      expect(joined.levels.map(bytesToHex)).toEqual(whole.levels.map(bytesToHex));
    }
  });
});
