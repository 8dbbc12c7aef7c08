// Writes a procès-verbal (shared/audit/procesVerbal.ts) as an A4 PDF: the same sections, facts, tables and
// signature blocks as the public page, numbered "page n / N". Standard PDF fonts only (Helvetica, Courier),
// so the file needs nothing from the machine it is made on.

import PDFDocument from 'pdfkit';
import type { ProcesVerbal, PvBlock, PvColumn, PvFact } from '../../shared/audit/procesVerbal';

const MM = 72 / 25.4;
const MARGIN = { top: 20 * MM, bottom: 22 * MM, left: 18 * MM, right: 18 * MM };
const FONT = { text: 'Helvetica', bold: 'Helvetica-Bold', code: 'Courier' } as const;
const INK = '#161616';
const RULE = '#929292';

// The characters of Windows-1252 above 0x7F that the standard fonts can draw, besides Latin-1.
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Text the standard fonts can draw: narrow no-break spaces become no-break spaces, the rest "?". */
export function toWinAnsi(text: string): string {
  return [...text.replace(/[\u202f\u2009]/g, '\u00a0')]
    .map((char) => {
      const code = char.codePointAt(0) ?? 0;
      if (code === 0x0a || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff))
        return char;
      return WIN_ANSI_EXTRA.has(char) ? char : '?';
    })
    .join('');
}

type Doc = PDFKit.PDFDocument;

/** Renders the record; `createdAt` is written in the file's metadata (the server's clock). */
export function renderProcesVerbalPdf(pv: ProcesVerbal, createdAt: Date): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    lang: pv.language === 'fr' ? 'fr-FR' : 'en-GB',
    displayTitle: true,
    info: {
      Title: toWinAnsi(`${pv.title} — ${pv.processTitle}`),
      Creator: 'Kleroterion',
      CreationDate: createdAt,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.fillColor(INK);
  doc.font(FONT.bold).fontSize(18).text(toWinAnsi(pv.title));
  doc.font(FONT.bold).fontSize(13).text(toWinAnsi(pv.processTitle));
  doc.moveDown(0.6);
  writeFacts(doc, pv.header);
  for (const section of pv.sections) {
    ensureRoom(doc, 60);
    doc.moveDown(0.8);
    doc.font(FONT.bold).fontSize(13).fillColor(INK).text(toWinAnsi(section.title), MARGIN.left);
    doc.moveDown(0.3);
    for (const block of section.blocks) writeBlock(doc, block);
  }
  writePageNumbers(doc, pv);
  doc.end();
  return done;
}

const contentWidth = (doc: Doc) => doc.page.width - MARGIN.left - MARGIN.right;
const bottom = (doc: Doc) => doc.page.height - MARGIN.bottom;

/** Starts a new page unless `height` points still fit on this one. */
function ensureRoom(doc: Doc, height: number): void {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

function writeBlock(doc: Doc, block: PvBlock): void {
  switch (block.kind) {
    case 'paragraph':
      doc
        .font(FONT.text)
        .fontSize(9.5)
        .text(toWinAnsi(block.text), MARGIN.left, doc.y, {
          width: contentWidth(doc),
        });
      doc.moveDown(0.4);
      return;
    case 'facts':
      writeFacts(doc, block.facts);
      return;
    case 'list':
      for (const item of block.items) {
        ensureRoom(doc, 14);
        doc
          .font(FONT.text)
          .fontSize(9.5)
          .text(`•  ${toWinAnsi(item)}`, MARGIN.left + 6, doc.y, {
            width: contentWidth(doc) - 6,
          });
        doc.moveDown(0.2);
      }
      doc.moveDown(0.3);
      return;
    case 'table':
      writeTable(doc, block.caption, block.columns, block.rows);
      return;
    case 'signatures':
      writeSignatures(doc, block);
      return;
  }
}

function writeFacts(doc: Doc, facts: readonly PvFact[]): void {
  const termWidth = 150;
  const valueWidth = contentWidth(doc) - termWidth - 8;
  for (const fact of facts) {
    const value = toWinAnsi(fact.value);
    doc.font(fact.code === true ? FONT.code : FONT.text).fontSize(fact.code === true ? 8 : 9.5);
    const valueHeight = doc.heightOfString(value, { width: valueWidth });
    doc.font(FONT.bold).fontSize(9.5);
    const termHeight = doc.heightOfString(toWinAnsi(fact.term), { width: termWidth });
    const height = Math.max(valueHeight, termHeight);
    ensureRoom(doc, height);
    const y = doc.y;
    doc.text(toWinAnsi(fact.term), MARGIN.left, y, { width: termWidth });
    doc
      .font(fact.code === true ? FONT.code : FONT.text)
      .fontSize(fact.code === true ? 8 : 9.5)
      .text(value, MARGIN.left + termWidth + 8, y, { width: valueWidth });
    doc.x = MARGIN.left;
    doc.y = y + height + 4;
  }
  doc.moveDown(0.3);
}

const CELL = { padX: 3, padY: 2.5, size: 7.5 };

function writeTable(
  doc: Doc,
  caption: string,
  columns: readonly PvColumn[],
  rows: readonly string[][],
): void {
  const width = contentWidth(doc);
  const fontOf = (c: number, header: boolean) =>
    header ? FONT.bold : columns[c]?.code === true ? FONT.code : c === 0 ? FONT.bold : FONT.text;
  const widths = columnWidths(doc, width, columns, rows, fontOf);
  const rowHeight = (cells: readonly string[], header: boolean) =>
    Math.max(
      ...cells.map((cell, c) => {
        doc.font(fontOf(c, header)).fontSize(CELL.size);
        return doc.heightOfString(toWinAnsi(cell), {
          width: (widths[c] ?? 20) - 2 * CELL.padX,
        });
      }),
    ) +
    2 * CELL.padY;
  const drawRow = (cells: readonly string[], header: boolean) => {
    const height = rowHeight(cells, header);
    const y = doc.y;
    let x = MARGIN.left;
    if (header) doc.rect(x, y, width, height).fill('#eeeeee').fillColor(INK);
    cells.forEach((cell, c) => {
      doc
        .font(fontOf(c, header))
        .fontSize(CELL.size)
        .fillColor(INK)
        .text(toWinAnsi(cell), x + CELL.padX, y + CELL.padY, {
          width: (widths[c] ?? 20) - 2 * CELL.padX,
        });
      x += widths[c] ?? 20;
    });
    doc
      .moveTo(MARGIN.left, y + height)
      .lineTo(MARGIN.left + width, y + height)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    doc.x = MARGIN.left;
    doc.y = y + height;
  };
  const labels = columns.map((column) => column.label);
  doc.font(FONT.bold).fontSize(9);
  const captionHeight = doc.heightOfString(toWinAnsi(caption), { width });
  // A caption never ends a page alone: it stays with its header and first row.
  ensureRoom(
    doc,
    captionHeight + rowHeight(labels, true) + rowHeight(rows[0] ?? labels, false) + 6,
  );
  doc.font(FONT.bold).fontSize(9).fillColor(INK);
  doc.text(toWinAnsi(caption), MARGIN.left, doc.y, { width });
  doc.moveDown(0.2);
  drawRow(labels, true);
  for (const row of rows) {
    if (doc.y + rowHeight(row, false) > bottom(doc)) {
      doc.addPage();
      // The header is repeated on each page the table spans.
      drawRow(labels, true);
    }
    drawRow(row, false);
  }
  doc.moveDown(0.8);
}

/**
 * Column widths: each column gets at least its longest word (so no word is cut), and what is left is
 * shared in proportion to the text each column holds.
 */
function columnWidths(
  doc: Doc,
  width: number,
  columns: readonly PvColumn[],
  rows: readonly string[][],
  fontOf: (c: number, header: boolean) => string,
): number[] {
  const cells = (c: number) => [
    { text: columns[c]?.label ?? '', header: true },
    ...rows.map((row) => ({ text: row[c] ?? '', header: false })),
  ];
  const measure = (text: string, font: string) => {
    doc.font(font).fontSize(CELL.size);
    return doc.widthOfString(toWinAnsi(text));
  };
  // A hash may break anywhere: its column needs no more than sixteen characters' width.
  const hashCap = (c: number) =>
    columns[c]?.code === true ? measure('0'.repeat(16), FONT.code) : Infinity;
  const least = columns.map(
    (_, c) =>
      Math.min(
        hashCap(c),
        Math.max(
          ...cells(c).flatMap(({ text, header }) =>
            text.split(/\s+/).map((word) => measure(word, fontOf(c, header))),
          ),
        ),
      ) +
      2 * CELL.padX +
      1,
  );
  const wanted = columns.map(
    (_, c) =>
      Math.max(...cells(c).map(({ text, header }) => measure(text, fontOf(c, header)))) +
      2 * CELL.padX,
  );
  const floor = least.reduce((a, b) => a + b, 0);
  if (floor >= width) return least.map((w) => (w / floor) * width);
  const extra = wanted.map((w, c) => Math.max(0, w - (least[c] ?? 0)));
  const extraSum = extra.reduce((a, b) => a + b, 0);
  const spare = width - floor;
  return least.map((w, c) =>
    extraSum === 0 ? w + spare / columns.length : w + ((extra[c] ?? 0) / extraSum) * spare,
  );
}

function writeSignatures(doc: Doc, block: Extract<PvBlock, { kind: 'signatures' }>): void {
  const width = contentWidth(doc);
  doc.font(FONT.text).fontSize(9.5);
  ensureRoom(doc, 60);
  doc.text(toWinAnsi(block.text), MARGIN.left, doc.y, { width });
  doc.moveDown(0.6);
  doc.text(toWinAnsi(block.place), MARGIN.left, doc.y, { width });
  doc.moveDown(0.8);
  const boxHeight = 150;
  const gap = 10;
  const boxWidth = (width - gap * (block.signatories.length - 1)) / block.signatories.length;
  // The three blocks sit side by side, never split across pages.
  ensureRoom(doc, boxHeight);
  const y = doc.y;
  block.signatories.forEach((signatory, i) => {
    const x = MARGIN.left + i * (boxWidth + gap);
    doc.rect(x, y, boxWidth, boxHeight).lineWidth(0.7).strokeColor(RULE).stroke();
    doc
      .font(FONT.bold)
      .fontSize(8.5)
      .fillColor(INK)
      .text(toWinAnsi(signatory.role), x + 6, y + 6, { width: boxWidth - 12 });
    let fieldY = y + 44;
    for (const field of signatory.fields) {
      doc
        .font(FONT.text)
        .fontSize(8.5)
        .text(toWinAnsi(field), x + 6, fieldY, { width: boxWidth - 12 });
      fieldY += 22;
    }
  });
  doc.x = MARGIN.left;
  doc.y = y + boxHeight + 8;
}

/** "page n / N" at the foot of every page, with the process title. */
function writePageNumbers(doc: Doc, pv: ProcesVerbal): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing inside the bottom margin must not open a new page.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - margin + 14;
    const label = pv.pageLabel
      .replace('{n}', String(i + 1))
      .replace('{total}', String(range.count));
    doc.font(FONT.text).fontSize(8).fillColor(INK);
    doc.text(toWinAnsi(`${pv.title} — ${pv.processTitle}`), MARGIN.left, y, {
      width: contentWidth(doc) - 80,
      lineBreak: false,
      ellipsis: true,
    });
    doc.text(label, MARGIN.left, y, { width: contentWidth(doc), align: 'right', lineBreak: false });
    doc.page.margins.bottom = margin;
  }
}
