// RFC 6962 Merkle tree over the canonical pool: root, audit paths and inclusion checks.
// Spec: docs/lottery-spec.md, section 2 "Pool root" (RFC 6962 §2.1, verification as RFC 9162 §2.1.3.2).

import {
  bytesToHex,
  concatBytes,
  equalBytes,
  hexToBytesStrict,
  utf8ToBytes,
} from '../crypto/bytes';
import { createCompactSha256 } from '../crypto/compactSha256';
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
  const engine = createCompactSha256();
  const encoder = new TextEncoder();
  // 1 prefix byte + at most 128 id bytes (ids are validated before they reach here; 4× covers any string).
  let scratch = new Uint8Array(1 + 4 * 128);
  const leaves = new Uint8Array(ids.length * 32);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as string;
    if (scratch.length < 1 + id.length * 3) scratch = new Uint8Array(1 + id.length * 3);
    scratch[0] = LEAF_PREFIX;
    const { written } = encoder.encodeInto(id, scratch.subarray(1));
    engine.digestInto(scratch, 1 + written, leaves, i * 32);
  }
  const levels: Uint8Array[] = [leaves];
  const pair = new Uint8Array(65);
  pair[0] = NODE_PREFIX;
  let current = leaves;
  let count = ids.length;
  while (count > 1) {
    const parentCount = Math.ceil(count / 2);
    const parents = new Uint8Array(parentCount * 32);
    for (let p = 0; p < Math.floor(count / 2); p++) {
      pair.set(current.subarray(p * 64, p * 64 + 64), 1);
      engine.digestInto(pair, 65, parents, p * 32);
    }
    if (count % 2 === 1)
      parents.set(current.subarray((count - 1) * 32, count * 32), (parentCount - 1) * 32);
    levels.push(parents);
    current = parents;
    count = parentCount;
  }
  return { size: ids.length, levels };
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
