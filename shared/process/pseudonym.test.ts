import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PSEUDONYM } from './processEvents';
import { distinctPseudonyms, pseudonymFromBytes } from './pseudonym';

describe('pseudonyms', () => {
  it('maps 50 bits to 10 Crockford base32 characters', () => {
    expect(pseudonymFromBytes(new Uint8Array(7))).toBe('0000000000');
    expect(pseudonymFromBytes(new Uint8Array(7).fill(0xff))).toBe('ZZZZZZZZZZ');
    const bytes = Uint8Array.of(0, 0, 0, 0, 0, 0, 0b01000000);
    expect(pseudonymFromBytes(bytes)).toBe('0000000001');
  });

  it('always yields a valid id, and different 50-bit inputs give different ids (property)', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 7, maxLength: 7 }),
        fc.uint8Array({ minLength: 7, maxLength: 7 }),
        (a, b) => {
          const x = pseudonymFromBytes(a);
          expect(x).toMatch(PSEUDONYM);
          const sameBits =
            a.slice(0, 6).every((byte, i) => byte === b[i]) && a[6]! >> 6 === b[6]! >> 6;
          expect(x === pseudonymFromBytes(b)).toBe(sameBits);
        },
      ),
    );
  });

  it('draws the requested number of distinct ids, redrawing collisions', () => {
    let calls = 0;
    // A deliberately poor source: the first batch repeats one value.
    const ids = distinctPseudonyms(3, (length) =>
      calls++ === 0
        ? new Uint8Array(length)
        : Uint8Array.from({ length }, (_, i) => (i * 37 + calls) & 0xff),
    );
    expect(new Set(ids).size).toBe(3);
    expect(calls).toBeGreaterThan(1);
  });

  it('refuses the wrong number of bytes', () => {
    expect(() => pseudonymFromBytes(new Uint8Array(6))).toThrow(RangeError);
  });
});
