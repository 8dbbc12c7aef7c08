// Test helper: reads what a PDF written by pdfkit says, without a PDF library: its page count, and the text
// of its content streams (inflated, then the strings of every TJ/Tj operator decoded from Windows-1252).

import { inflateSync } from 'node:zlib';

/** Pages of the document: objects of /Type /Page (not /Pages). */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
}

// Windows-1252 above 0x7F differs from Latin-1 only in 0x80–0x9F (undefined there: 0x81, 0x8D, 0x8F,
// 0x90, 0x9D). Node's TextDecoder does not map them all, so the table is spelled out.
const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const winAnsi = {
  decode: (bytes: Buffer): string =>
    [...bytes]
      .map((byte) =>
        byte >= 0x80 && byte <= 0x9f ? CP1252_80_9F[byte - 0x80]! : String.fromCharCode(byte),
      )
      .join(''),
};

function decodeString(token: string): string {
  if (token.startsWith('<'))
    return winAnsi.decode(Buffer.from(token.slice(1, -1).replace(/\s/g, ''), 'hex'));
  // A literal string (…): undo the escapes.
  const body = token.slice(1, -1).replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, escape: string) => {
    const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
    if (simple[escape] !== undefined) return simple[escape];
    if (/^[0-7]+$/.test(escape)) return String.fromCharCode(parseInt(escape, 8));
    return escape;
  });
  return winAnsi.decode(Buffer.from(body, 'latin1'));
}

/** Every text-showing operation of every content stream, one line each, in the order written. */
export function pdfTextLines(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  const lines: string[] = [];
  const streams = /<<([^]*?)>>\s*stream\r?\n([^]*?)\r?\nendstream/g;
  for (const match of raw.matchAll(streams)) {
    const dictionary = match[1] ?? '';
    const bytes = Buffer.from(match[2] ?? '', 'latin1');
    let content: string;
    try {
      content = (dictionary.includes('/FlateDecode') ? inflateSync(bytes) : bytes).toString(
        'latin1',
      );
    } catch {
      continue;
    }
    const operations =
      /\[((?:<[0-9a-fA-F\s]*>|\((?:\\.|[^\\)])*\)|[-\d.\s])*)\]\s*TJ|(<[0-9a-fA-F\s]*>|\((?:\\.|[^\\)])*\))\s*Tj/g;
    for (const op of content.matchAll(operations)) {
      const strings = (op[1] ?? op[2] ?? '').match(/<[0-9a-fA-F\s]*>|\((?:\\.|[^\\)])*\)/g) ?? [];
      lines.push(strings.map(decodeString).join(''));
    }
  }
  return lines;
}
