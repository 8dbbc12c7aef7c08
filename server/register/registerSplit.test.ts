import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvSplitter, type CsvRecords, type CsvSyntaxProblem } from './registerSplit';

/** Splits `bytes` fed in the chunks given by `cuts` (byte offsets). */
function split(bytes: Buffer, delimiter: string, cuts: number[] = []) {
  const splitter = new CsvSplitter(delimiter);
  const out: CsvRecords = { records: [], lines: [] };
  let problem: CsvSyntaxProblem | undefined;
  let from = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    if (cut <= from || cut >= bytes.length) continue;
    problem ??= splitter.push(bytes.subarray(from, cut), out);
    from = cut;
  }
  problem ??= splitter.push(bytes.subarray(from), out);
  problem ??= splitter.end(out);
  return { ...out, problem };
}

/** What the import read with csv-parse: its records, or its refusal; lines counted as the import did. */
function reference(bytes: Buffer, delimiter: string) {
  let records: string[][];
  try {
    records = parse(bytes, { bom: true, delimiter, relax_column_count: true }) as string[][];
  } catch (error) {
    return { refused: String((error as { code?: unknown }).code) };
  }
  const lines: number[] = [];
  let last = 0;
  for (const record of records) {
    lines.push(last + 1);
    last++;
    for (const cell of record)
      for (let at = cell.indexOf('\n'); at !== -1; at = cell.indexOf('\n', at + 1)) last++;
  }
  return { records, lines };
}

const CSV_TEXT = fc
  .array(fc.constantFrom('a', 'é', ' ', ';', ',', '"', '""', '\n', '\r', '\r\n', '\uFEFF'), {
    maxLength: 40,
  })
  .map((parts) => parts.join(''));

describe('CsvSplitter', () => {
  it('splits as csv-parse does, or refuses what it refuses, in chunks of any size', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        CSV_TEXT,
        fc.constantFrom(';', ','),
        fc.array(fc.nat(200)),
        (bom, text, delimiter, cuts) => {
          const bytes = Buffer.from((bom ? '\uFEFF' : '') + text);
          const expected = reference(bytes, delimiter);
          const got = split(bytes, delimiter, cuts);
          if ('refused' in expected) {
            expect(got.problem, `csv-parse refused (${expected.refused})`).toBeDefined();
          } else {
            expect(got.problem).toBeUndefined();
            expect(got.records).toEqual(expected.records);
            expect(got.lines).toEqual(expected.lines);
          }
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('decodes characters and invalid bytes cut across chunks as a whole file would', () => {
    const bytes = Buffer.concat([
      Buffer.from('nom;ville\nÉloïse;Brest\nA;'),
      Buffer.from([0xe9]),
      Buffer.from('vry\n'),
    ]);
    for (let cut = 1; cut < bytes.length; cut++) {
      const got = split(bytes, ';', [cut]);
      expect(got.records).toEqual([
        ['nom', 'ville'],
        ['Éloïse', 'Brest'],
        ['A', '\uFFFDvry'],
      ]);
    }
  });

  it.each([
    ['an unclosed quote', 'nom;ville\nA;"Brest\nB;Paris\n', 'QUOTE_NOT_CLOSED', 2],
    ['a quote inside a field', 'nom;ville\nA;Br"est\n', 'INVALID_OPENING_QUOTE', 2],
    ['text after a closing quote', 'nom;ville\nA;"Brest" x\n', 'INVALID_CLOSING_QUOTE', 2],
    [
      'a quote after a line break in a field',
      'nom;ville\nA;"Br\nest"x\n',
      'INVALID_CLOSING_QUOTE',
      3,
    ],
  ])('refuses %s, naming its line', (_, text, reason, line) => {
    expect(split(Buffer.from(text), ';').problem).toEqual({ reason, line });
  });

  it('counts physical lines across CRLF line ends, empty lines and quoted line breaks', () => {
    const got = split(Buffer.from('a;b\r\n\r\n"x\r\ny";z\r\nc;d\r\n'), ';');
    expect(got.records).toEqual([['a', 'b'], [''], ['x\r\ny', 'z'], ['c', 'd']]);
    expect(got.lines).toEqual([1, 2, 3, 5]);
  });
});
