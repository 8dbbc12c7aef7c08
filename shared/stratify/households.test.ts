import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ErrorCode } from '../errors';
import { householdColumnIndices, householdKey, householdViolation } from './households';
import { parseQuotaRows } from './quotas';
import { parseRespondentRows } from './respondents';

const split = (text: string) =>
  text
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split(','));

/** The same text with its letters' case flipped at random and spaces added or removed around words. */
const variantOf = (text: string) =>
  fc
    .array(fc.tuple(fc.boolean(), fc.constantFrom('', ' ', '  ', '\t')), {
      minLength: text.length + 1,
      maxLength: text.length + 1,
    })
    .map((choices) =>
      [...text.replace(/\s+/g, '')]
        .map((c, i) => `${choices[i]![1]}${choices[i]![0] ? c.toUpperCase() : c.toLowerCase()}`)
        .join('')
        .concat(choices[text.length]![1]),
    );

describe('household keys', () => {
  it('are trimmed, case- and space-insensitive, over every named column (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('12 rue des Lilas', '3 Allée Verte', '12 rue des lilas bis'),
        fc.constantFrom('75 001', '69002', 'SW1A 1AA'),
        fc.nat(),
        (street, postcode, seed) => {
          const [a, b] = fc.sample(fc.tuple(variantOf(street), variantOf(postcode)), {
            seed,
            numRuns: 2,
          });
          expect(householdKey(a!)).toBe(householdKey(b!));
          expect(householdKey(a!)).toBe(householdKey([street, postcode]));
        },
      ),
    );
  });

  it('tell different addresses apart, column by column', () => {
    expect(householdKey(['12 rue des Lilas', '75001'])).not.toBe(
      householdKey(['12 rue des Lilas', '75002']),
    );
    // The columns are not concatenated: "ab"+"c" is not "a"+"bc".
    expect(householdKey(['ab', 'c'])).not.toBe(householdKey(['a', 'bc']));
    // Composed and decomposed accents are one letter.
    expect(householdKey(['Allée'])).toBe(householdKey(['Alle\u0301e']));
  });

  it('leave people without any address alone, and keep a partly empty address', () => {
    expect(householdKey(['', '  '])).toBeUndefined();
    expect(householdKey(['', '75001'])).toBe(householdKey([' ', '75 001']));
  });

  it('refuse an unknown or repeated column, naming it', () => {
    expect(() => householdColumnIndices(['id', 'Street'], ['street', 'zip'], 'r.csv')).toThrow(
      expect.objectContaining({
        code: ErrorCode.CsvInvalid,
        details: { file: 'r.csv', line: 1, field: 'zip' },
      }),
    );
    expect(() => householdColumnIndices(['id', 'Street'], ['street', 'STREET'], 'r.csv')).toThrow(
      /named twice/,
    );
    expect(householdColumnIndices(['id', 'Street', 'zip'], ['ZIP', 'street'], 'r.csv')).toEqual([
      2, 1,
    ]);
  });

  it('are read from the respondents by parseRespondentRows', () => {
    const quotas = parseQuotaRows(split('category,feature,min,max\ng,f,0,3\ng,m,0,3'), 'q.csv');
    const respondents = parseRespondentRows(
      split('id,g,street,zip\nA,f,1 Main St,AB1\nB,m,1 main st ,ab 1\nC,f,1 Main St,AB2\nD,m,,'),
      quotas,
      'r.csv',
      { householdColumns: ['street', 'zip'] },
    );
    const [a, b, c, d] = respondents.map((r) => r.household);
    expect(a).toBe(b);
    expect(a).not.toBe(c);
    expect(d).toBeUndefined();
    expect(() =>
      parseRespondentRows(split('id,g,street\nA,f,x'), quotas, 'r.csv', {
        householdColumns: ['street', 'zip'],
      }),
    ).toThrow(expect.objectContaining({ details: { file: 'r.csv', line: 1, field: 'zip' } }));
  });

  it('find the first panel seating two members of one household', () => {
    const homes = ['h1', 'h1', undefined, undefined, 'h2'];
    expect(
      householdViolation(
        [
          [0, 2],
          [2, 3],
        ],
        homes,
      ),
    ).toBeUndefined();
    expect(
      householdViolation(
        [
          [0, 4],
          [1, 2, 0],
        ],
        homes,
      ),
    ).toEqual({ panel: 1, rows: [1, 0] });
  });
});
