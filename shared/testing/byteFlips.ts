// Test helper: a seeded list of single-byte changes ("flips") to apply, one at a time, to a published file.
// Pure: the same seed gives the same flips in the browser, in Vitest and in `npm run test:tamper`.

import fc from 'fast-check';

/** Byte `offset` is replaced by itself XOR `mask` (never 0, so the byte always changes). */
export interface ByteFlip {
  offset: number;
  mask: number;
}

/**
 * `count` flips over a file of `length` bytes, drawn from `seed`.
 * @throws RangeError when the file is empty or the count is not a positive integer.
 */
export function byteFlips(length: number, count: number, seed: number): ByteFlip[] {
  if (length < 1) throw new RangeError('cannot flip a byte of an empty file');
  if (!Number.isInteger(count) || count < 1)
    throw new RangeError('count must be a positive integer');
  const flip = fc.record({
    offset: fc.nat({ max: length - 1 }),
    mask: fc.integer({ min: 1, max: 255 }),
  });
  return fc.sample(flip, { seed, numRuns: count });
}

/** A copy of `bytes` with one flip applied. */
export function applyFlip(bytes: Uint8Array, flip: ByteFlip): Uint8Array {
  const copy = bytes.slice();
  copy[flip.offset] = (copy[flip.offset] ?? 0) ^ flip.mask;
  return copy;
}

/** Every byte of a file of `length` bytes, flipped with each of `masks` in turn (exhaustive mode). */
export function everyByteFlip(length: number, masks: readonly number[]): ByteFlip[] {
  return Array.from({ length }, (_, offset) => masks.map((mask) => ({ offset, mask }))).flat();
}
