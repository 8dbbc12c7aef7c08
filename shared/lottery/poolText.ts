// Reads a pool given as plain text, one id per line, from raw bytes.
// Spec: docs/lottery-spec.md, section "Pool files" (LF or CRLF, optional BOM, optional final empty line).

import { ErrorCode, KleroterionError } from '../errors';
import type { PoolEntry } from './poolId';

const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Splits a text pool into entries with 1-based line numbers. Only framing is handled here: every
 * line, including blank ones, becomes an entry so that `canonicalPool` reports it precisely.
 * @throws {KleroterionError} POOL_ID_INVALID_UTF8 naming the first line that is not valid UTF-8.
 */
export function parsePoolText(bytes: Uint8Array, file: string): PoolEntry[] {
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
  if (text === '') return [];
  const lines = text.split('\n');
  // A file ending in a newline has one empty final element, which is not an id.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((raw, i) => ({ id: raw.endsWith('\r') ? raw.slice(0, -1) : raw, line: i + 1 }));
}

function firstInvalidUtf8Line(bytes: Uint8Array): number {
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
