// Validation and canonical ordering of pool ids (pseudonyms, never personal data).
// Spec: docs/lottery-spec.md, section 1 "Pool".

import { ErrorCode, KleroterionError, type ErrorLocation } from '../errors';

export const MAX_ID_BYTES = 128;

// U+0000–U+001F and U+007F; the protocol forbids them anywhere in an id.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHAR = /[\u0000-\u001f\u007f]/u;
// A lone UTF-16 surrogate cannot be encoded as UTF-8, so it can never be an id.
const LONE_SURROGATE = /\p{Cs}/u;
const encoder = new TextEncoder();

/**
 * Checks one id against the protocol's rules.
 * @throws {KleroterionError} POOL_ID_EMPTY, POOL_ID_WHITESPACE, POOL_ID_CONTROL_CHAR, POOL_ID_INVALID_UTF8 or POOL_ID_TOO_LONG, located at `where`.
 */
export function assertValidId(id: string, where: ErrorLocation = {}): void {
  const at = describe(where);
  if (id.length === 0) throw new KleroterionError(ErrorCode.PoolIdEmpty, `${at}empty id`, where);
  const control = CONTROL_CHAR.exec(id);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    throw new KleroterionError(
      ErrorCode.PoolIdControlChar,
      `${at}id contains control character U+${code} at character ${control.index + 1}`,
      { ...where, column: control.index + 1 },
    );
  }
  if (id.trim() !== id) {
    throw new KleroterionError(
      ErrorCode.PoolIdWhitespace,
      `${at}id ${JSON.stringify(id)} has leading or trailing whitespace`,
      where,
    );
  }
  if (LONE_SURROGATE.test(id)) {
    throw new KleroterionError(
      ErrorCode.PoolIdInvalidUtf8,
      `${at}id is not valid Unicode text`,
      where,
    );
  }
  const bytes = encoder.encode(id).length;
  if (bytes > MAX_ID_BYTES) {
    throw new KleroterionError(
      ErrorCode.PoolIdTooLong,
      `${at}id is ${bytes} bytes long; the maximum is ${MAX_ID_BYTES}`,
      where,
    );
  }
}

function describe(where: ErrorLocation): string {
  if (where.file !== undefined && where.line !== undefined)
    return `${where.file}, line ${where.line}: `;
  if (where.line !== undefined) return `line ${where.line}: `;
  if (where.field !== undefined) return `${where.field}: `;
  return '';
}

/**
 * Orders strings by their UTF-8 bytes. UTF-16 code-unit order differs from UTF-8 byte order only when
 * a surrogate (U+D800–U+DFFF) meets a unit in U+E000–U+FFFF, so those two ranges are swapped before comparing.
 */
export function compareUtf8(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) {
      x = x < 0xe000 ? x + 0x2000 : x - 0x800;
      y = y < 0xe000 ? y + 0x2000 : y - 0x800;
    }
    return x - y;
  }
  return a.length - b.length;
}

/** A pool entry as read from a file: the id and where it came from. */
export interface PoolEntry {
  id: string;
  line?: number;
}

/**
 * Validates every id and returns them in canonical order (ascending UTF-8 bytes).
 * @throws {KleroterionError} POOL_EMPTY, any per-id error, or POOL_ID_DUPLICATE naming both lines.
 */
export function canonicalPool(entries: readonly PoolEntry[], file?: string): string[] {
  if (entries.length === 0) {
    throw new KleroterionError(ErrorCode.PoolEmpty, `${file ?? 'pool'}: the pool has no ids`, {
      ...(file === undefined ? {} : { file }),
    });
  }
  let needsUtf8Order = false;
  for (const entry of entries) {
    const where: ErrorLocation = {};
    if (file !== undefined) where.file = file;
    if (entry.line !== undefined) where.line = entry.line;
    assertValidId(entry.id, where);
    if (!needsUtf8Order && /[\ud800-\uffff]/.test(entry.id)) needsUtf8Order = true;
  }
  // Fast path: without code units ≥ U+D800, the engine's native string order equals UTF-8 byte order.
  const sorted = entries.map((entry) => entry.id);
  if (needsUtf8Order) sorted.sort(compareUtf8);
  else sorted.sort();
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i] === sorted[i - 1]) throw duplicateError(entries, sorted[i] as string, file);
  }
  return sorted;
}

function duplicateError(
  entries: readonly PoolEntry[],
  id: string,
  file?: string,
): KleroterionError {
  const lines = entries
    .filter((entry) => entry.id === id)
    .map((entry) => entry.line)
    .filter((line): line is number => line !== undefined)
    .slice(0, 2);
  const where = lines.length === 2 ? ` on lines ${lines[0]} and ${lines[1]}` : '';
  const prefix = file === undefined ? '' : `${file}: `;
  return new KleroterionError(
    ErrorCode.PoolIdDuplicate,
    `${prefix}duplicate id ${JSON.stringify(id)}${where}`,
    {
      ...(file === undefined ? {} : { file }),
      ...(lines[1] === undefined ? {} : { line: lines[1] }),
      otherLines: lines,
    },
  );
}
