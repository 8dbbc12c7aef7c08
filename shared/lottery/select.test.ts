import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ErrorCode } from '../errors';
import { uniformInt, type RandomStream } from './randomStream';
import { selectIndices } from './select';

const seedArb = fc.uint8Array({ minLength: 32, maxLength: 32 });

describe('selection', () => {
  it('is deterministic: same seed, same picks (property)', () => {
    fc.assert(
      fc.property(
        seedArb,
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 0, max: 30 }),
        (seed, n, a) => {
          const s = Math.min(15, n);
          expect(selectIndices(seed, n, s, a)).toEqual(
            selectIndices(Uint8Array.from(seed), n, s, a),
          );
        },
      ),
    );
  });

  it('picks distinct in-range indices, min(S + A, N) of them (property)', () => {
    fc.assert(
      fc.property(
        seedArb,
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 40 }),
        (seed, n, s0, a) => {
          const s = Math.min(s0, n);
          const picks = selectIndices(seed, n, s, a);
          expect(picks).toHaveLength(Math.min(s + a, n));
          expect(new Set(picks).size).toBe(picks.length);
          for (const p of picks) expect(Number.isInteger(p) && p >= 0 && p < n).toBe(true);
        },
      ),
    );
  });

  it('the first S + A picks do not depend on asking for more alternates (property)', () => {
    fc.assert(
      fc.property(
        seedArb,
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 1, max: 30 }),
        (seed, n, a, more) => {
          const s = Math.min(15, n);
          const fewer = selectIndices(seed, n, s, a);
          const longer = selectIndices(seed, n, s, a + more);
          expect(longer.slice(0, fewer.length)).toEqual(fewer);
        },
      ),
    );
  });

  it('drawing the whole pool yields a permutation', () => {
    const seed = new Uint8Array(32).fill(7);
    const picks = selectIndices(seed, 100, 60, 40);
    expect([...picks].sort((x, y) => x - y)).toEqual(Array.from({ length: 100 }, (_, i) => i));
  });

  it('never allocates in proportion to N: a pool of 2^53 − 1 works', () => {
    const picks = selectIndices(new Uint8Array(32), Number.MAX_SAFE_INTEGER, 15, 30);
    expect(new Set(picks).size).toBe(45);
  });

  it('refuses more seats than the pool and non-integer counts', () => {
    const seed = new Uint8Array(32);
    expect(() => selectIndices(seed, 10, 11, 0)).toThrowError(
      expect.objectContaining({ code: ErrorCode.SeatsExceedPool }),
    );
    expect(() => selectIndices(seed, 10, 0, 0)).toThrowError(
      expect.objectContaining({ code: ErrorCode.InvalidArgument }),
    );
    expect(() => selectIndices(seed, 10, 2, -1)).toThrowError(
      expect.objectContaining({ code: ErrorCode.InvalidArgument }),
    );
    expect(() => selectIndices(seed, 10.5, 2, 0)).toThrowError(
      expect.objectContaining({ code: ErrorCode.InvalidArgument }),
    );
  });
});

describe('uniform integers', () => {
  const scripted = (words: bigint[]): RandomStream => {
    let position = 0;
    return {
      nextWord: () => words[position++] as bigint,
      get position() {
        return position;
      },
    };
  };

  it('rejects words at or above 2^64 − (2^64 mod m) and takes the next', () => {
    // 2^64 mod 3 = 1, so the largest word 2^64 − 1 falls in the biased tail.
    const stream = scripted([(1n << 64n) - 1n, 5n]);
    expect(uniformInt(stream, 3)).toBe(2);
    expect(stream.position).toBe(2);
  });

  it('accepts the largest unbiased word', () => {
    const stream = scripted([(1n << 64n) - 2n]);
    expect(uniformInt(stream, 3)).toBe(Number(((1n << 64n) - 2n) % 3n));
    expect(stream.position).toBe(1);
  });

  it('m = 1 still consumes one word and returns 0', () => {
    const stream = scripted([123n]);
    expect(uniformInt(stream, 1)).toBe(0);
    expect(stream.position).toBe(1);
  });
});
