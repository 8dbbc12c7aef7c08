import { describe, expect, it } from 'vitest';
import { readReceipt } from './readReceipt';

const receipt = {
  protocol: 'kleroterion-draw/1',
  process: 'p-1',
  poolRoot: 'a'.repeat(64),
  poolSize: 3,
  id: 'V-0002',
  index: 1,
  proof: ['b'.repeat(64), 'c'.repeat(64)],
  url: 'http://127.0.0.1/p/p-1',
};
const entries = [
  { receipt: { ...receipt, id: 'V-0001', index: 0 }, name: 'P 0', email: 'p0@example.org' },
  { receipt, name: 'P 1', email: 'p1@example.org' },
  { receipt: { ...receipt, id: 'V-0003', index: 2 }, name: 'P 2', email: 'p2@example.org' },
];
// The organiser's file is written as the route writes it: one space of indentation per level.
const file = `${JSON.stringify(entries, null, 1)}\n`;
/** The lines of entry `n` in the file, as selected with a mouse: from its "{" to its "}," line. */
function linesOfEntry(n: number): string {
  const lines = file.split('\n');
  const starts = lines.flatMap((line, i) => (line === ' {' ? [i] : []));
  const end = lines.findIndex((line, i) => i > starts[n]! && /^ },?$/.test(line));
  return lines.slice(starts[n], end + 1).join('\n');
}

describe('reading a pasted receipt', () => {
  it('reads the entry as the organiser’s file holds it, final comma included', () => {
    const pasted = linesOfEntry(1);
    expect(pasted.trimEnd().endsWith('},')).toBe(true);
    expect(readReceipt(pasted)).toEqual({ ok: true, receipt });
  });

  it('reads the last entry (no comma), the entry without its outer braces, and the receipt alone', () => {
    expect(readReceipt(linesOfEntry(2))).toMatchObject({ ok: true, receipt: { id: 'V-0003' } });
    const inner = linesOfEntry(1).trim().replace(/^\{/, '').replace(/\},?$/, '');
    expect(readReceipt(inner)).toEqual({ ok: true, receipt });
    expect(readReceipt(JSON.stringify(receipt))).toEqual({ ok: true, receipt });
    expect(readReceipt(`\uFEFF${JSON.stringify(receipt, null, 2)}\n`)).toEqual({
      ok: true,
      receipt,
    });
    expect(readReceipt(JSON.stringify([entries[1]]))).toEqual({ ok: true, receipt });
  });

  it('reads the receipt inside the whole mail as sent, quoted in a reply, or with non-breaking spaces', () => {
    const mail = [
      'Bonjour Camille,',
      '',
      'Votre reçu ci-dessous prouve que vous figurez dans cette liste (position 1).',
      '',
      JSON.stringify(receipt, null, 2),
      '',
      'Pour le vérifier, ouvrez la page publique du tirage, à « Vérifier mon reçu » :',
      'http://127.0.0.1/p/p-1#receipt-heading',
    ].join('\n');
    expect(readReceipt(mail)).toEqual({ ok: true, receipt });
    const quoted = mail
      .split('\n')
      .map((line) => `> ${line}`)
      .join('\r\n');
    expect(readReceipt(quoted)).toEqual({ ok: true, receipt });
    expect(readReceipt(mail.replace(/ {2}/g, '\u00a0\u00a0'))).toEqual({ ok: true, receipt });
    expect(readReceipt('Bonjour,\n\nAucun reçu ici { pas du JSON }.')).toEqual({
      ok: false,
      problem: 'not-json',
    });
  });

  it('names each problem with a code, never with validation text', () => {
    expect(readReceipt('   ')).toEqual({ ok: false, problem: 'empty' });
    expect(readReceipt('V-0002')).toEqual({ ok: false, problem: 'not-json' });
    expect(readReceipt(linesOfEntry(1).slice(0, 80))).toEqual({ ok: false, problem: 'not-json' });
    expect(readReceipt(file)).toEqual({ ok: false, problem: 'several' });
    expect(readReceipt(JSON.stringify({ name: 'P 1', email: 'p1@example.org' }))).toEqual({
      ok: false,
      problem: 'incomplete',
    });
    expect(readReceipt(JSON.stringify({ ...receipt, index: 'one' }))).toEqual({
      ok: false,
      problem: 'incomplete',
    });
  });
});
