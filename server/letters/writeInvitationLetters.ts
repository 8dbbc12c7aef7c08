// Writes the invitation letters of stage one as one PDF, one A4 page per invitee, addressed for a French
// DL window envelope (positions in docs/letters.md), streamed: each page goes to the Writable as soon as
// it is drawn, so memory stays bounded whatever the number of letters. The QR code is drawn as rectangles
// (no image to encode) and carries the registration link with the invitee's code.

import { once } from 'node:events';
import type { Writable } from 'node:stream';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { registrationLink, registrationPage } from '../../shared/registration/registrationCode';
import { toWinAnsi } from '../pdf/renderProcesVerbalPdf';
import { checkAddressLines } from './addressLines';
import { LETTER_WORDS, letterDate, type LetterLanguage } from './letterText';

export interface LetterInvitee {
  /** The plain registration code, "XXXX-XXXX-…" (server/registration/registrationCodes.ts). */
  code: string;
  /** The postal address, printed exactly as given: 1 to 6 lines of at most 38 characters. */
  addressLines: readonly string[];
}

export interface LetterProcess {
  title: string;
  description: string;
  /** The sender: the process's organiser, a name and optionally a postal address. */
  organiser: { name: string; addressLines?: readonly string[] };
  /** The public base URL of the server, e.g. "https://jury.example.fr". */
  baseUrl: string;
  /** The date printed on the letters (and written in the file's metadata). */
  date: Date;
  /** The last day to register, when there is one. */
  replyBy?: Date;
  language?: LetterLanguage;
}

export interface LettersWritten {
  pages: number;
  bytes: number;
}

const MM = 72 / 25.4;
const LEFT = 20 * MM;
const WIDTH = 170 * MM;
const INK = '#161616';
const GREY = '#3a3a3a';
const FONT = { text: 'Helvetica', bold: 'Helvetica-Bold', code: 'Courier-Bold' } as const;

/** Where the envelope's window shows the letter (DL 110 × 220 mm, window 45 × 100 mm, see docs/letters.md). */
export const ADDRESS_BLOCK_MM = { left: 110, top: 55, width: 85, height: 33 } as const;
/** Folds of the A4 sheet in three for a DL envelope, from the top. */
export const FOLDS_MM = [99, 198] as const;

const TEXT_TOP = 108 * MM;
// Below the second fold (198 mm), so that the fold never crosses the code.
const CODE_BOX_TOP = 201 * MM;
const QR_TOP = 236 * MM;
const QR_SIZE = 34 * MM;
const FOOTER_TOP = 282 * MM;

type Doc = PDFKit.PDFDocument;

/**
 * Writes one letter per invitee to `out`, in the order given, then ends `out`.
 * @throws KleroterionError INVALID_ARGUMENT for an address that breaks NF Z 10-011 (named by its letter's
 * number); `out` then holds a truncated file and is not ended: the caller destroys it
 */
export async function writeInvitationLetters(
  process: LetterProcess,
  invitees: AsyncIterable<LetterInvitee> | Iterable<LetterInvitee>,
  out: Writable,
): Promise<LettersWritten> {
  const language = process.language ?? 'fr';
  const words = LETTER_WORDS[language];
  const doc = new PDFDocument({
    autoFirstPage: false,
    size: 'A4',
    margins: { top: 10 * MM, bottom: 8 * MM, left: LEFT, right: 20 * MM },
    lang: language === 'fr' ? 'fr-FR' : 'en-GB',
    displayTitle: true,
    info: {
      Title: toWinAnsi(words.subject(process.title)),
      Creator: 'Kleroterion',
      CreationDate: process.date,
    },
  });
  let bytes = 0;
  let failure: unknown;
  doc.on('data', (chunk: Buffer) => {
    bytes += chunk.length;
    out.write(chunk);
  });
  doc.on('error', (error: unknown) => (failure = error));
  const ended = once(doc, 'end');
  const page = staticText(doc, process, language);

  let pages = 0;
  for await (const invitee of invitees) {
    checkAddressLines(invitee.addressLines, pages + 1);
    doc.addPage();
    drawLetter(doc, page, invitee);
    pages++;
    // pdfkit hands its bytes over on a later tick: let it, so that the page leaves memory now (an
    // iterable that never waits would otherwise keep the whole file), then wait while the file (or the
    // HTTP answer) has not taken what was written.
    await new Promise((resolve) => setImmediate(resolve));
    if (failure !== undefined) throw failure;
    if (out.writableNeedDrain) await once(out, 'drain');
  }
  doc.end();
  await ended;
  if (failure !== undefined) throw failure;
  out.end();
  if (!out.writableFinished) await once(out, 'finish');
  return { pages, bytes };
}

/** What every letter of the process says, laid out once. */
interface StaticText {
  language: LetterLanguage;
  sender: string[];
  senderName: string;
  dated: string;
  subject: string;
  drawn: string;
  description: string;
  freeChoice: string;
  url: string;
  baseUrl: string;
}

const BODY = 11;
const LINE_GAP = 1.5;

function staticText(doc: Doc, process: LetterProcess, language: LetterLanguage): StaticText {
  const words = LETTER_WORDS[language];
  const text = (value: string) => toWinAnsi(value.normalize('NFC'));
  const replyBy = process.replyBy === undefined ? undefined : letterDate(process.replyBy, language);
  const page: StaticText = {
    language,
    senderName: text(process.organiser.name),
    sender: (process.organiser.addressLines ?? []).map(text),
    dated: text(words.dated(letterDate(process.date, language))),
    subject: text(words.subject(process.title)),
    drawn: text(words.drawn(process.title)),
    description: text(process.description.trim()),
    freeChoice: text(words.freeChoice(replyBy)),
    url: text(registrationPage(process.baseUrl)),
    baseUrl: process.baseUrl,
  };
  // The description gets the room left between the fixed parts; a longer one is cut at a word, with "…".
  doc.font(FONT.text).fontSize(BODY);
  const options = { width: WIDTH, lineGap: LINE_GAP };
  const fixed =
    doc.font(FONT.bold).fontSize(13).heightOfString(page.subject, options) +
    doc.font(FONT.text).fontSize(BODY).heightOfString(words.greeting, options) +
    doc.heightOfString(page.drawn, options) +
    doc.font(FONT.bold).heightOfString(words.aboutIt, options) +
    doc.font(FONT.text).heightOfString(page.freeChoice, options) +
    5 * 0.5 * BODY;
  const room = CODE_BOX_TOP - 4 * MM - TEXT_TOP - fixed;
  let description = page.description;
  while (description.length > 0 && doc.heightOfString(description, options) > room)
    description = `${description.slice(0, description.lastIndexOf(' ', description.length - 2))}…`;
  page.description = description;
  return page;
}

function drawLetter(doc: Doc, page: StaticText, invitee: LetterInvitee): void {
  const words = LETTER_WORDS[page.language];
  doc.fillColor(INK);

  // Sender, top left (above the fold, outside the window).
  doc
    .font(FONT.text)
    .fontSize(8)
    .fillColor(GREY)
    .text(toWinAnsi(words.sender), LEFT, 14 * MM);
  doc
    .font(FONT.bold)
    .fontSize(10)
    .fillColor(INK)
    .text(page.senderName, LEFT, doc.y, {
      width: 80 * MM,
    });
  for (const line of page.sender)
    doc
      .font(FONT.text)
      .fontSize(9)
      .text(line, { width: 80 * MM });

  // Recipient, in the window: the lines exactly as given, 10 pt, or 9 pt when a line would not fit.
  const lines = invitee.addressLines.map((line) => toWinAnsi(line.normalize('NFC')));
  const box = ADDRESS_BLOCK_MM;
  doc.font(FONT.text).fontSize(10);
  const widest = Math.max(...lines.map((line) => doc.widthOfString(line)));
  doc.fontSize(widest > box.width * MM ? 9 : 10);
  let y = box.top * MM;
  for (const line of lines) {
    doc.text(line, box.left * MM, y, { lineBreak: false });
    y += doc.currentLineHeight(true) + 1;
  }

  // Fold marks on the left edge, and the date under the top third.
  doc.lineWidth(0.5).strokeColor(GREY);
  for (const fold of FOLDS_MM)
    doc
      .moveTo(4 * MM, fold * MM)
      .lineTo(9 * MM, fold * MM)
      .stroke();
  doc.font(FONT.text).fontSize(BODY).fillColor(INK);
  doc.text(page.dated, LEFT, 101 * MM, { width: WIDTH, align: 'right' });

  // The letter.
  const options = { width: WIDTH, lineGap: LINE_GAP, paragraphGap: 0.5 * BODY };
  doc.font(FONT.bold).fontSize(13).text(page.subject, LEFT, TEXT_TOP, options);
  doc.font(FONT.text).fontSize(BODY).text(toWinAnsi(words.greeting), options);
  doc.text(page.drawn, options);
  doc.font(FONT.bold).text(toWinAnsi(words.aboutIt), options);
  doc.font(FONT.text).text(page.description, options);
  doc.text(page.freeChoice, options);

  // The code, large, in a frame.
  doc
    .lineWidth(1.2)
    .strokeColor(INK)
    .roundedRect(LEFT, CODE_BOX_TOP, WIDTH, 31 * MM, 3 * MM)
    .stroke();
  doc
    .font(FONT.bold)
    .fontSize(12)
    .text(toWinAnsi(words.yourCode), LEFT + 5 * MM, CODE_BOX_TOP + 4 * MM);
  doc
    .font(FONT.code)
    .fontSize(20)
    .text(invitee.code, LEFT + 5 * MM, CODE_BOX_TOP + 11 * MM, { lineBreak: false });
  doc
    .font(FONT.text)
    .fontSize(10)
    .text(toWinAnsi(words.codeNote), LEFT + 5 * MM, CODE_BOX_TOP + 22 * MM);

  // How to register: the steps beside the QR code.
  drawQrCode(doc, registrationLink(page.baseUrl, invitee.code), LEFT, QR_TOP, QR_SIZE);
  const stepsLeft = LEFT + QR_SIZE + 8 * MM;
  const stepsWidth = WIDTH - QR_SIZE - 8 * MM;
  const steps = { width: stepsWidth, lineGap: 1 };
  doc
    .font(FONT.bold)
    .fontSize(12)
    .text(toWinAnsi(words.howTo), stepsLeft, QR_TOP + 1 * MM, steps);
  doc.moveDown(0.3);
  doc.font(FONT.text).fontSize(BODY).text(toWinAnsi(words.stepGo), steps);
  doc.font(FONT.bold).fontSize(13).text(page.url, steps);
  doc.moveDown(0.3);
  doc.font(FONT.text).fontSize(BODY).text(toWinAnsi(words.stepCode), steps);
  doc.moveDown(0.3);
  doc.text(toWinAnsi(words.stepScan), steps);

  doc
    .font(FONT.text)
    .fontSize(8)
    .fillColor(GREY)
    .text(toWinAnsi(words.privacy), LEFT, FOOTER_TOP, { width: WIDTH, lineBreak: true });
}

/** The QR code of `text` (error correction M) as filled rectangles, one per run of dark modules. */
function drawQrCode(doc: Doc, text: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const count = modules.size;
  // A quiet zone of 4 modules on each side, inside `size`.
  const module = size / (count + 8);
  const left = x + 4 * module;
  const top = y + 4 * module;
  for (let row = 0; row < count; row++) {
    let col = 0;
    while (col < count) {
      if (modules.get(row, col) === 0) {
        col++;
        continue;
      }
      const start = col;
      while (col < count && modules.get(row, col) !== 0) col++;
      doc.rect(left + start * module, top + row * module, (col - start) * module, module);
    }
  }
  doc.fillColor('#000000').fill();
}
