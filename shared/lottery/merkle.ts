// RFC 6962 Merkle tree over the canonical pool: root, audit paths and inclusion checks.
// Spec: docs/lottery-spec.md, section 2 "Pool root" (RFC 6962 §2.1, verification as RFC 9162 §2.1.3.2).

import {
  bytesToHex,
  concatBytes,
  equalBytes,
  hexToBytesStrict,
  utf8ToBytes,
} from '../crypto/bytes';
import { CompactSha256 } from '../crypto/compactSha256';
import { sha256 } from '../crypto/hash';

const LEAF_PREFIX = 0x00;
const NODE_PREFIX = 0x01;

/** SHA-256(0x00 ‖ utf8(id)). */
export function leafHash(id: string): Uint8Array {
  return sha256(concatBytes(Uint8Array.of(LEAF_PREFIX), utf8ToBytes(id)));
}

/** SHA-256(0x01 ‖ left ‖ right). */
export function nodeHash(left: Uint8Array, right: Uint8Array): Uint8Array {
  return sha256(concatBytes(Uint8Array.of(NODE_PREFIX), left, right));
}

/**
 * Every level of the tree, leaves first, each a packed array of 32-byte hashes. Building bottom-up and
 * carrying an unpaired last node to the next level unchanged yields exactly RFC 6962's tree, whose
 * left subtree always holds the largest power of two smaller than n leaves.
 */
export interface MerkleTree {
  readonly size: number;
  readonly levels: readonly Uint8Array[];
}

/**
 * Builds the tree over ids already in canonical order.
 * @throws {Error} when the list is empty (RFC 6962 defines the empty tree, the protocol forbids it).
 */
export function buildMerkleTree(ids: readonly string[]): MerkleTree {
  if (ids.length === 0) throw new Error('a pool tree needs at least one id');
  return { size: ids.length, levels: levelsAbove(hashLeaves(ids), ids.length) };
}

/** Leaf hashes of `ids`, packed 32 bytes each, in the given order. */
export function hashLeaves(ids: readonly string[]): Uint8Array {
  const engine = new CompactSha256();
  const encoder = new TextEncoder();
  let scratch = new Uint8Array(1 + 3 * 128);
  scratch[0] = LEAF_PREFIX;
  const leaves = new Uint8Array(ids.length * 32);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as string;
    if (engine.asciiLeafInto(id, leaves, i * 32)) continue;
    // A UTF-16 unit encodes to at most 3 UTF-8 bytes.
    if (scratch.length < 1 + id.length * 3) {
      scratch = new Uint8Array(1 + id.length * 3);
      scratch[0] = LEAF_PREFIX;
    }
    const { written } = encoder.encodeInto(id, scratch.subarray(1));
    engine.digestInto(scratch, 1 + written, leaves, i * 32);
  }
  return leaves;
}

/**
 * All levels from packed leaf hashes up to the root (levels[0] is `leaves`). Bottom-up pairing, with an
 * unpaired last node carried up unchanged, yields exactly RFC 6962's recursive tree.
 */
export function levelsAbove(leaves: Uint8Array, count: number): Uint8Array[] {
  const engine = new CompactSha256();
  const levels: Uint8Array[] = [leaves];
  let current = leaves;
  let width = count;
  while (width > 1) {
    const parentWidth = Math.ceil(width / 2);
    const parents = new Uint8Array(parentWidth * 32);
    const pairs = Math.floor(width / 2);
    for (let p = 0; p < pairs; p++) engine.nodeInto(current, p * 64, parents, p * 32);
    if (width % 2 === 1)
      parents.set(current.subarray((width - 1) * 32, width * 32), (parentWidth - 1) * 32);
    levels.push(parents);
    current = parents;
    width = parentWidth;
  }
  return levels;
}

/** RFC 6962's split point: the largest power of two strictly smaller than n (n ≥ 2). */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/**
 * Joins the levels of the left subtree (the first splitPoint(n) leaves) and the right subtree (the rest)
 * into the whole tree, so that the two halves can be hashed in parallel.
 */
export function joinSubtrees(
  left: readonly Uint8Array[],
  right: readonly Uint8Array[],
  size: number,
): MerkleTree {
  const levels: Uint8Array[] = [];
  for (let level = 0; level < left.length; level++) {
    // The right subtree is never deeper than the left; past its top its root is carried up.
    const rightLevel = right[Math.min(level, right.length - 1)] as Uint8Array;
    const leftLevel = left[level] as Uint8Array;
    const joined = new Uint8Array(leftLevel.length + rightLevel.length);
    joined.set(leftLevel, 0);
    joined.set(rightLevel, leftLevel.length);
    levels.push(joined);
  }
  const top = levels[levels.length - 1] as Uint8Array;
  levels.push(nodeHash(top.subarray(0, 32), top.subarray(32, 64)));
  return { size, levels };
}

/** The tree's root hash. */
export function merkleRoot(tree: MerkleTree): Uint8Array {
  return (tree.levels[tree.levels.length - 1] as Uint8Array).slice(0, 32);
}

/** Root of the canonical pool as lowercase hex. */
export function poolRootHex(canonicalIds: readonly string[]): string {
  return bytesToHex(merkleRoot(buildMerkleTree(canonicalIds)));
}

/**
 * RFC 6962 audit path for leaf `index`, deepest sibling first.
 * @throws {RangeError} when the index is outside the tree.
 */
export function auditPath(tree: MerkleTree, index: number): Uint8Array[] {
  if (!Number.isInteger(index) || index < 0 || index >= tree.size) {
    throw new RangeError(`leaf index ${index} is outside a tree of ${tree.size}`);
  }
  const path: Uint8Array[] = [];
  let position = index;
  let count = tree.size;
  for (let level = 0; count > 1; level++) {
    const sibling = position ^ 1;
    // An unpaired last node has no sibling at this level; it is carried up unchanged.
    if (sibling < count) {
      const nodes = tree.levels[level] as Uint8Array;
      path.push(nodes.slice(sibling * 32, sibling * 32 + 32));
    }
    position >>= 1;
    count = Math.ceil(count / 2);
  }
  return path;
}

/** The audit path as lowercase hex strings, as published in records and receipts. */
export function auditPathHex(tree: MerkleTree, index: number): string[] {
  return auditPath(tree, index).map(bytesToHex);
}

/**
 * Checks that `id` sits at `index` in a tree of `size` leaves with root `rootHex` (RFC 9162 §2.1.3.2).
 * Returns false, never throws, on any malformed input.
 */
export function verifyInclusion(
  id: string,
  index: number,
  size: number,
  proofHex: readonly string[],
  rootHex: string,
): boolean {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size)
    return false;
  let proof: Uint8Array[];
  let root: Uint8Array;
  try {
    proof = proofHex.map(hexToBytesStrict);
    root = hexToBytesStrict(rootHex);
  } catch {
    return false;
  }
  if (root.length !== 32 || proof.some((p) => p.length !== 32)) return false;
  let fn = index;
  let sn = size - 1;
  let hash = leafHash(id);
  for (const sibling of proof) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      hash = nodeHash(sibling, hash);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      hash = nodeHash(hash, sibling);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && equalBytes(hash, root);
}
