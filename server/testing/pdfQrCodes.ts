// Test helper: finds the QR code each page of a PDF draws and reads it, as a scanner would, from the file's
// bytes alone: every page's content stream is inflated, its filled rectangles (with the current
// transformation) are painted on a bitmap, and the QR code there is read by jsQR, a decoder independent of
// the encoder that drew it. It reads vector QR codes (rectangles filled with
// `re … f`), as server/letters/ draws them; text, strokes and curves are not painted.

import { inflateSync } from 'node:zlib';
import jsQR from 'jsqr';

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `m` applied after `n`, as PDF's `cm` concatenates: a point goes through `m`, then `n`. */
function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

interface Bitmap {
  width: number;
  height: number;
  dark: Uint8Array;
}

const PIXELS_PER_POINT = 4;

/** The filled rectangles of one content stream, painted black on white. */
function paint(content: string, pageWidth: number, pageHeight: number): Bitmap {
  const width = Math.ceil(pageWidth * PIXELS_PER_POINT);
  const height = Math.ceil(pageHeight * PIXELS_PER_POINT);
  const dark = new Uint8Array(width * height);
  // Text objects hold strings that would read as operators: leave them out.
  const tokens = content.replace(/\bBT\b[^]*?\bET\b/g, ' ').split(/\s+/);
  let ctm = IDENTITY;
  const stack: Matrix[] = [];
  let operands: number[] = [];
  let path: { x: number; y: number; w: number; h: number; ctm: Matrix }[] = [];
  for (const token of tokens) {
    if (token === '') continue;
    const number = Number(token);
    if (!Number.isNaN(number)) {
      operands.push(number);
      continue;
    }
    if (token === 'q') stack.push(ctm);
    else if (token === 'Q') ctm = stack.pop() ?? IDENTITY;
    else if (token === 'cm') ctm = multiply(operands.slice(-6) as Matrix, ctm);
    else if (token === 're') {
      const [x = 0, y = 0, w = 0, h = 0] = operands.slice(-4);
      path.push({ x, y, w, h, ctm });
    } else if (token === 'f' || token === 'f*' || token === 'F') {
      for (const rect of path) fill(rect);
      path = [];
    } else if (/^(S|s|n|B|B\*|b|b\*|W|W\*)$/.test(token)) path = [];
    operands = [];
  }
  return { width, height, dark };

  function fill(rect: { x: number; y: number; w: number; h: number; ctm: Matrix }): void {
    const [a, b, c, d, e, f] = rect.ctm;
    if (b !== 0 || c !== 0) throw new Error('pdfQrCodes: a rotated rectangle is not painted here');
    const xs = [rect.x * a + e, (rect.x + rect.w) * a + e];
    // Device space has y up; the bitmap has row 0 at the top of the page.
    const ys = [pageHeight - (rect.y * d + f), pageHeight - ((rect.y + rect.h) * d + f)];
    const [x0, x1] = [Math.min(...xs), Math.max(...xs)].map((v) => v * PIXELS_PER_POINT);
    const [y0, y1] = [Math.min(...ys), Math.max(...ys)].map((v) => v * PIXELS_PER_POINT);
    // A pixel is dark when its centre is inside the rectangle.
    for (let row = Math.max(0, Math.ceil(y0! - 0.5)); row < Math.min(height, y1! - 0.5); row++)
      for (let col = Math.max(0, Math.ceil(x0! - 0.5)); col < Math.min(width, x1! - 0.5); col++)
        dark[row * width + col] = 1;
  }
}

/**
 * Reads the QR code a bitmap shows with an independent decoder (jsQR), as a phone would from the printed
 * page: the dark area's bounding box, with a quiet zone of four modules around it, as a black-on-white image.
 */
function readQr(bitmap: Bitmap): string {
  const { width, height, dark } = bitmap;
  let top = -1;
  let left = width;
  let right = -1;
  let bottom = -1;
  for (let row = 0; row < height; row++)
    for (let col = 0; col < width; col++)
      if (dark[row * width + col] === 1) {
        if (top < 0) top = row;
        bottom = row;
        left = Math.min(left, col);
        right = Math.max(right, col);
      }
  if (top < 0) throw new Error('pdfQrCodes: the page paints no filled rectangle');
  let finder = 0;
  while (dark[top * width + left + finder] === 1) finder++;
  const margin = Math.ceil((4 * finder) / 7);
  const imageWidth = right - left + 1 + 2 * margin;
  const imageHeight = bottom - top + 1 + 2 * margin;
  const rgba = new Uint8ClampedArray(imageWidth * imageHeight * 4).fill(255);
  for (let row = top; row <= bottom; row++)
    for (let col = left; col <= right; col++)
      if (dark[row * width + col] === 1) {
        const at = ((row - top + margin) * imageWidth + (col - left + margin)) * 4;
        rgba[at] = rgba[at + 1] = rgba[at + 2] = 0;
      }
  const found = jsQR(rgba, imageWidth, imageHeight);
  if (found === null) throw new Error('pdfQrCodes: no QR code could be read on the page');
  return found.data;
}

/** The text of the QR code on each page, in page order (pdfkit writes one content stream per page). */
export function pdfQrCodes(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  const objects = new Map<string, { dictionary: string; stream?: Buffer }>();
  for (const match of raw.matchAll(
    /(\d+) 0 obj\s*<<([^]*?)>>\s*(?:stream\r?\n([^]*?)\r?\nendstream)?\s*endobj/dg,
  )) {
    // A stream is its /Length bytes: the data may itself end in a carriage return, which the pattern's
    // line break before `endstream` would otherwise take away.
    const start = match.indices?.[3]?.[0];
    const length = /\/Length (\d+)/.exec(match[2]!)?.[1];
    const data =
      start === undefined
        ? undefined
        : length === undefined
          ? match[3]
          : raw.slice(start, start + Number(length));
    objects.set(match[1]!, {
      dictionary: match[2]!,
      stream: data === undefined ? undefined : Buffer.from(data, 'latin1'),
    });
  }
  const texts: string[] = [];
  // Pages in the order of the page tree's Kids.
  const kids = /\/Type \/Pages[^]*?\/Kids \[([^\]]*)\]/.exec(raw)?.[1] ?? '';
  for (const [, id] of kids.matchAll(/(\d+) 0 R/g)) {
    const page = objects.get(id!);
    const box = /\/MediaBox \[([\d.\s]+)\]/
      .exec(page?.dictionary ?? '')?.[1]
      ?.trim()
      .split(/\s+/);
    const contents = /\/Contents (\d+) 0 R/.exec(page?.dictionary ?? '')?.[1];
    const stream = objects.get(contents ?? '');
    if (box === undefined || stream?.stream === undefined)
      throw new Error(`pdfQrCodes: page object ${id} has no media box or content stream`);
    const content = (
      stream.dictionary.includes('/FlateDecode') ? inflateSync(stream.stream) : stream.stream
    ).toString('latin1');
    const bitmap = paint(content, Number(box[2]), Number(box[3]));
    texts.push(readQr(bitmap));
  }
  return texts;
}
