// Reads a pool given as plain text, one id per line, from raw bytes.
// Spec: docs/lottery-spec.md, section "Pool files" (LF or CRLF, optional BOM, optional final empty line).

import { ErrorCode, KleroterionError } from '../errors';
import type { PoolEntry } from './poolId';

const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decodes a text pool strictly as UTF-8 (dropping a BOM) and removes the one optional final newline.
 * @throws {KleroterionError} POOL_ID_INVALID_UTF8 naming the first line that is not valid UTF-8.
 */
export function decodePoolText(bytes: Uint8Array, file: string): string {
  let text: string;
  try {
    text = strictDecoder.decode(bytes);
  } catch {
    const line = firstInvalidUtf8Line(bytes);
    throw new KleroterionError(
      ErrorCode.PoolIdInvalidUtf8,
      `${file}, line ${line}: not valid UTF-8`,
      {
        file,
        line,
      },
    );
  }
  return text.endsWith('\n') ? text.slice(0, -1) : text;
}

/**
 * Splits decoded pool text into ids, one per line, dropping one trailing CR per line. Every line,
 * blank ones included, becomes an id so that validation can name it. Empty text is an empty pool.
 */
export function splitPoolLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.endsWith('\r')) lines[i] = line.slice(0, -1);
  }
  return lines;
}

/** Splits a text pool into entries with 1-based line numbers. */
export function parsePoolText(bytes: Uint8Array, file: string): PoolEntry[] {
  return splitPoolLines(decodePoolText(bytes, file)).map((id, i) => ({ id, line: i + 1 }));
}

/** 1-based number of the first line of `bytes` that is not valid UTF-8 (the line after the last if none). */
export function firstInvalidUtf8Line(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return line;
}
