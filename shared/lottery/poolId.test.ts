import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareBytes, utf8ToBytes } from '../crypto/bytes';
import { ErrorCode } from '../errors';
import { assertValidId, canonicalPool, compareUtf8, sortCanonical } from './poolId';
import { parsePoolText } from './poolText';

const entries = (...ids: string[]) => ids.map((id, i) => ({ id, line: i + 1 }));

describe('pool ids', () => {
  it('sorts by UTF-8 bytes, not UTF-16 code units', () => {
    // U+FF21 (3 UTF-8 bytes, EF BC A1) sorts before U+1F600 (4 bytes, F0 9F 98 80) in UTF-8,
    // but after it in UTF-16 (FF21 > D83D).
    expect(canonicalPool(entries('😀', 'Ａ', 'a', 'B'))).toEqual(['B', 'a', 'Ａ', '😀']);
  });

  it('compareUtf8 agrees with byte comparison (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        expect(Math.sign(compareUtf8(a, b))).toBe(
          Math.sign(compareBytes(utf8ToBytes(a), utf8ToBytes(b))),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('the bucketed sort equals a plain UTF-8 byte sort (property)', () => {
    const idArb = fc.oneof(
      fc.string({
        unit: fc.constantFrom('a', 'b', 'A', 'é', '~', '0', ' ', 'ü', '中'),
        minLength: 1,
        maxLength: 4,
      }),
      fc.string({ minLength: 1, maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(idArb, { maxLength: 60 }), (ids) => {
        const plain = ids.filter((id) => !/[\ud800-\uffff]/.test(id));
        const expected = [...plain].sort((a, b) => compareBytes(utf8ToBytes(a), utf8ToBytes(b)));
        expect(sortCanonical([...plain], false)).toEqual(expected);
        const all = ids.filter((id) => !/\p{Cs}/u.test(id));
        expect(sortCanonical([...all], true)).toEqual(
          [...all].sort((a, b) => compareBytes(utf8ToBytes(a), utf8ToBytes(b))),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('canonical order does not depend on input order (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[A-Z0-9]{1,12}$/), { minLength: 1, maxLength: 40 }),
        fc.nat(),
        (ids, rotation) => {
          const rotated = [
            ...ids.slice(rotation % ids.length),
            ...ids.slice(0, rotation % ids.length),
          ];
          expect(canonicalPool(entries(...rotated))).toEqual(canonicalPool(entries(...ids)));
        },
      ),
    );
  });

  it.each([
    ['', ErrorCode.PoolIdEmpty],
    [' padded', ErrorCode.PoolIdWhitespace],
    ['padded\t', ErrorCode.PoolIdControlChar],
    ['trailing ', ErrorCode.PoolIdWhitespace],
    ['nbsp\u00a0', ErrorCode.PoolIdWhitespace],
    ['\u3000ideographic', ErrorCode.PoolIdWhitespace],
    ['nel\u0085', ErrorCode.PoolIdWhitespace],
    ['bell\u0007', ErrorCode.PoolIdControlChar],
    ['del\u007f', ErrorCode.PoolIdControlChar],
    ['x'.repeat(129), ErrorCode.PoolIdTooLong],
    ['é'.repeat(65), ErrorCode.PoolIdTooLong],
    ['lone\ud800', ErrorCode.PoolIdInvalidUtf8],
  ])('rejects %j with %s', (id, code) => {
    expect(() => assertValidId(id, { file: 'pool.txt', line: 7 })).toThrowError(
      expect.objectContaining({
        code,
        details: expect.objectContaining({ file: 'pool.txt', line: 7 }),
      }),
    );
  });

  it('accepts ids of exactly 128 bytes and inner spaces', () => {
    expect(() => assertValidId('x'.repeat(128))).not.toThrow();
    expect(() => assertValidId('é'.repeat(64))).not.toThrow();
    expect(() => assertValidId('Jean Dupont')).not.toThrow();
    expect(() => assertValidId('\ufeffbom-is-not-white-space')).not.toThrow();
  });

  it('names both lines of a duplicate', () => {
    expect(() => canonicalPool(entries('A', 'B', 'C', 'B'), 'pool.txt')).toThrowError(
      expect.objectContaining({
        code: ErrorCode.PoolIdDuplicate,
        message: 'pool.txt: duplicate id "B" on lines 2 and 4',
        details: expect.objectContaining({ line: 4, otherLines: [2, 4] }),
      }),
    );
  });

  it('refuses an empty pool', () => {
    expect(() => canonicalPool([], 'empty.txt')).toThrowError(
      expect.objectContaining({ code: ErrorCode.PoolEmpty }),
    );
  });
});

describe('text pool files', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('accepts LF, CRLF, a BOM and one final empty line', () => {
    const expected = [
      { id: 'A', line: 1 },
      { id: 'B', line: 2 },
    ];
    expect(parsePoolText(bytes('A\nB\n'), 'p')).toEqual(expected);
    expect(parsePoolText(bytes('A\r\nB\r\n'), 'p')).toEqual(expected);
    expect(parsePoolText(bytes('\ufeffA\nB'), 'p')).toEqual(expected);
  });

  it('keeps inner blank lines so that they are reported with their line number', () => {
    const parsed = parsePoolText(bytes('A\n\nB\n'), 'p');
    expect(() => canonicalPool(parsed, 'p')).toThrowError(
      expect.objectContaining({
        code: ErrorCode.PoolIdEmpty,
        details: expect.objectContaining({ line: 2 }),
      }),
    );
  });

  it('reports two final empty lines as an empty id', () => {
    expect(() => canonicalPool(parsePoolText(bytes('A\n\n'), 'p'), 'p')).toThrowError(
      expect.objectContaining({ code: ErrorCode.PoolIdEmpty }),
    );
  });

  it('names the line holding invalid UTF-8', () => {
    const data = new Uint8Array([0x41, 0x0a, 0x42, 0x0a, 0xc3, 0x28, 0x0a]);
    expect(() => parsePoolText(data, 'bad.txt')).toThrowError(
      expect.objectContaining({
        code: ErrorCode.PoolIdInvalidUtf8,
        message: 'bad.txt, line 3: not valid UTF-8',
      }),
    );
  });

  it('treats an empty file as an empty pool', () => {
    expect(parsePoolText(bytes(''), 'p')).toEqual([]);
  });
});
