import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { largestRemainder } from './allocation';

const sizes = (...n: number[]) => n.map((poolSize, i) => ({ name: `S${i}`, poolSize }));

describe('largestRemainder', () => {
  it('gives the leftover seat to the largest remainder (the vector: 6 over 7, 8, 6)', () => {
    // floors 2, 2, 1; remainders 42 mod 21 = 0, 48 mod 21 = 6, 36 mod 21 = 15
    expect(largestRemainder(6, sizes(7, 8, 6))).toEqual([2, 2, 2]);
  });

  it('breaks a tie between equal remainders by the UTF-8 bytes of the names', () => {
    // 1 seat over two equal strata: both remainders are 1·5 mod 10 = 5; the smaller name wins.
    const strata = [
      { name: 'b', poolSize: 5 },
      { name: 'a', poolSize: 5 },
    ];
    expect(largestRemainder(1, strata)).toEqual([0, 1]);
    // U+FF5E sorts before U+1F600 in UTF-8 bytes, though not in UTF-16 code units.
    const astral = [
      { name: '\u{1F600}', poolSize: 3 },
      { name: '\uFF5E', poolSize: 3 },
    ];
    expect(largestRemainder(1, astral)).toEqual([0, 1]);
  });

  it('stays exact where k·N_s passes 2^53 (integer arithmetic only)', () => {
    const big = 2 ** 52;
    const result = largestRemainder(20_000, [
      { name: 'a', poolSize: big + 1 },
      { name: 'b', poolSize: big - 1 },
      { name: 'c', poolSize: 3 },
    ]);
    expect(result).toEqual([10_000, 10_000, 0]);
  });

  it('refuses an empty list of strata and a negative k', () => {
    expect(() => largestRemainder(3, [])).toThrow(/at least one stratum/);
    expect(() => largestRemainder(-1, sizes(4))).toThrow(/k must be/);
  });

  it('sums to k and keeps every stratum within 1 of k·N_s/N (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 50_000_000 }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 0, max: 20_000 }),
        (pools, k) => {
          const strata = sizes(...pools);
          const result = largestRemainder(k, strata);
          const total = BigInt(pools.reduce((a, b) => a + b, 0));
          expect(result.reduce((a, b) => a + b, 0)).toBe(k);
          result.forEach((seats, i) => {
            // |seats − k·N_s/N| < 1, in integers: |seats·N − k·N_s| < N.
            const gap = BigInt(seats) * total - BigInt(k) * BigInt(pools[i] as number);
            expect(gap > -total && gap < total).toBe(true);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
