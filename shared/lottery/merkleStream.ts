// The section-2 pool root over ids given one at a time in canonical order, in O(log n) memory: a register of
// millions of ids never has to be held whole to be committed. Same tree as merkle.ts (RFC 6962 §2.1).
// Spec: docs/lottery-spec.md, section 2 "Pool root".

import { CompactSha256 } from '../crypto/compactSha256';

const LEAF_PREFIX = 0x00;

/**
 * Keeps the roots of the perfect subtrees seen so far, largest first (the binary decomposition of the
 * count). Folding them from the right at the end gives RFC 6962's root: its left subtree always holds the
 * largest power of two smaller than n leaves, which is the first of these perfect subtrees.
 */
export class StreamingMerkleRoot {
  private readonly engine = new CompactSha256();
  private readonly encoder = new TextEncoder();
  /** Up to 54 perfect subtree roots (2^53 leaves), 32 bytes each, largest first. */
  private readonly stack = new Uint8Array(54 * 32);
  private depth = 0;
  private scratch = new Uint8Array(1 + 3 * 128);
  private count = 0;

  /** How many ids were added. */
  get size(): number {
    return this.count;
  }

  /** Adds the next id (the caller keeps canonical order and distinctness). */
  add(id: string): void {
    const offset = this.depth * 32;
    if (!this.engine.asciiLeafInto(id, this.stack, offset)) {
      if (this.scratch.length < 1 + id.length * 3) this.scratch = new Uint8Array(1 + id.length * 3);
      this.scratch[0] = LEAF_PREFIX;
      const { written } = this.encoder.encodeInto(id, this.scratch.subarray(1));
      this.engine.digestInto(this.scratch, 1 + written, this.stack, offset);
    }
    this.pushed();
  }

  /** Adds the next leaf as its 32-byte hash, `hash[offset .. offset + 32)`. */
  addLeafHash(hash: Uint8Array, offset = 0): void {
    this.stack.set(hash.subarray(offset, offset + 32), this.depth * 32);
    this.pushed();
  }

  private pushed(): void {
    this.depth++;
    this.count++;
    // Leaf number c closes one perfect subtree per trailing zero bit of c.
    for (let c = this.count; c % 2 === 0; c /= 2) {
      this.depth--;
      const left = (this.depth - 1) * 32;
      this.engine.nodeInto(this.stack, left, this.stack, left);
    }
  }

  /**
   * The root of the ids added so far (more may be added afterwards).
   * @throws {Error} when none were added (the protocol forbids an empty pool).
   */
  root(): Uint8Array {
    if (this.count === 0) throw new Error('a pool tree needs at least one id');
    const pair = new Uint8Array(64);
    pair.set(this.stack.subarray((this.depth - 1) * 32, this.depth * 32), 32);
    for (let j = this.depth - 2; j >= 0; j--) {
      pair.set(this.stack.subarray(j * 32, j * 32 + 32), 0);
      this.engine.nodeInto(pair, 0, pair, 32);
    }
    return pair.slice(32, 64);
  }
}
