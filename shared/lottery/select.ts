// Sparse Fisher–Yates selection of T = min(S + A, N) pool indices from the random stream.
// Spec: docs/lottery-spec.md, section 8 "Selection".

import { ErrorCode, KleroterionError } from '../errors';
import { openRandomStream, uniformInt } from './randomStream';

/**
 * Returns the picked pool indices in pick order. Only touched positions of the implicit array
 * a[i] = i are stored, so time and memory are O(T) whatever N is.
 * @throws {KleroterionError} SEATS_EXCEED_POOL when seats > poolSize, INVALID_ARGUMENT on bad counts.
 */
export function selectIndices(
  seed: Uint8Array,
  poolSize: number,
  seats: number,
  alternates: number,
): number[] {
  for (const [name, value, min] of [
    ['poolSize', poolSize, 1],
    ['seats', seats, 1],
    ['alternates', alternates, 0],
  ] as const) {
    if (!Number.isSafeInteger(value) || value < min) {
      throw new KleroterionError(
        ErrorCode.InvalidArgument,
        `${name} must be an integer ≥ ${min}, got ${value}`,
        {
          field: name,
        },
      );
    }
  }
  if (seats > poolSize) {
    throw new KleroterionError(
      ErrorCode.SeatsExceedPool,
      `cannot draw ${seats} seats from a pool of ${poolSize}`,
      { field: 'seats' },
    );
  }
  const total = Math.min(seats + alternates, poolSize);
  const stream = openRandomStream(seed);
  const moved = new Map<number, number>();
  const picks: number[] = [];
  for (let t = 0; t < total; t++) {
    const j = t + uniformInt(stream, poolSize - t);
    const atJ = moved.get(j) ?? j;
    const atT = moved.get(t) ?? t;
    moved.set(j, atT);
    moved.delete(t); // position t is final and never read again
    picks.push(atJ);
  }
  return picks;
}
