// The deterministic random stream drawn from the seed, and unbiased integers from it.
// Spec: docs/lottery-spec.md, sections 6 "Random stream" and 7 "Uniform integer".

import { concatBytes, uint32be } from '../crypto/bytes';
import { sha256 } from '../crypto/hash';

const TWO_64 = 1n << 64n;

/** A stream of uint64 words: word j is the first 8 bytes (big-endian) of SHA-256(seed ‖ uint32_be(j)). */
export interface RandomStream {
  nextWord(): bigint;
  /** Number of words consumed so far. */
  readonly position: number;
}

/**
 * Opens the stream for a 32-byte seed.
 * @throws {Error} if the seed is not 32 bytes or the stream passes 2^32 blocks.
 */
export function openRandomStream(seed: Uint8Array): RandomStream {
  if (seed.length !== 32) throw new Error(`seed must be 32 bytes, got ${seed.length}`);
  let block = 0;
  return {
    nextWord() {
      if (block > 0xffffffff) throw new Error('random stream exhausted (2^32 blocks)');
      const digest = sha256(concatBytes(seed, uint32be(block)));
      block++;
      return new DataView(digest.buffer, digest.byteOffset, 8).getBigUint64(0, false);
    },
    get position() {
      return block;
    },
  };
}

/**
 * Uniform integer in [0, m) by rejection: accept x when x < 2^64 − (2^64 mod m), return x mod m.
 * @throws {RangeError} unless 1 ≤ m ≤ 2^53 − 1.
 */
export function uniformInt(stream: RandomStream, m: number): number {
  if (!Number.isSafeInteger(m) || m < 1)
    throw new RangeError(`uniformInt needs 1 ≤ m ≤ 2^53−1, got ${m}`);
  const modulus = BigInt(m);
  const limit = TWO_64 - (TWO_64 % modulus);
  for (;;) {
    const x = stream.nextWord();
    if (x < limit) return Number(x % modulus);
  }
}
