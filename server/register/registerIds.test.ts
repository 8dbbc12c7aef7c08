import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REGISTER_ID, registerIdFromBytes, registerIdSource } from './registerIds';

describe('registerIdSource', () => {
  it('issues, batch after batch, the ids registerIdFromBytes gives for the same random bytes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (seed) => {
        let state = seed;
        const fills: Uint8Array[] = [];
        const source = registerIdSource((buffer) => {
          for (let i = 0; i < buffer.length; i++) {
            state = (Math.imul(state, 1103515245) + 12345) >>> 0;
            buffer[i] = state >>> 24;
          }
          // Some bytes at their extremes, so that every digit value is met.
          buffer[0] = 0xff;
          buffer[5] = 0x00;
          fills.push(buffer.slice());
        });
        const issued = Array.from({ length: 4096 + 5 }, () => source());
        issued.forEach((id, i) => {
          const fill = fills[Math.floor(i / 4096)] as Uint8Array;
          expect(id).toBe(registerIdFromBytes(fill, (i % 4096) * 10));
          expect(id).toMatch(REGISTER_ID);
        });
      }),
      { numRuns: 20 },
    );
  });

  it('encodes the extremes of each half', () => {
    const bytes = Uint8Array.from([0, 0, 0, 0, 0, 255, 255, 255, 255, 255]);
    const source = registerIdSource((buffer) => buffer.set(bytes));
    expect(source()).toBe('00000000ZZZZZZZZ');
    expect(registerIdFromBytes(bytes)).toBe('00000000ZZZZZZZZ');
  });
});
