// Validation and canonical ordering of pool ids (pseudonyms, never personal data).
// Spec: docs/lottery-spec.md, section 1 "Pool".

import { ErrorCode, KleroterionError, type ErrorLocation } from '../errors';

export const MAX_ID_BYTES = 128;

// U+0000–U+001F and U+007F; the protocol forbids them anywhere in an id.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHAR = /[\u0000-\u001f\u007f]/u;
// A lone UTF-16 surrogate cannot be encoded as UTF-8, so it can never be an id.
const LONE_SURROGATE = /\p{Cs}/u;
// Unicode's White_Space property, exactly; String.prototype.trim differs on U+0085 and U+FEFF.
const EDGE_WHITESPACE = /^\p{White_Space}|\p{White_Space}$/u;
const encoder = new TextEncoder();
const PRINTABLE_ASCII_ID = /^[\x21-\x7e](?:[\x20-\x7e]{0,126}[\x21-\x7e])?$/;

/**
 * Checks one id against the protocol's rules.
 * @throws {KleroterionError} POOL_ID_EMPTY, POOL_ID_WHITESPACE, POOL_ID_CONTROL_CHAR, POOL_ID_INVALID_UTF8 or POOL_ID_TOO_LONG, located at `where`.
 */
export function assertValidId(id: string, where: ErrorLocation = {}): void {
  // Fast path for the common case: 1–128 printable ASCII characters, no space at either end.
  if (PRINTABLE_ASCII_ID.test(id)) return;
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
  if (EDGE_WHITESPACE.test(id)) {
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
  const needsUtf8Order = validateEntries(entries, file);
  const sorted = sortCanonical(
    entries.map((entry) => entry.id),
    needsUtf8Order,
  );
  const duplicate = firstAdjacentDuplicate(sorted);
  if (duplicate !== undefined) throw duplicateError(entries, duplicate, file);
  return sorted;
}

/**
 * Validates every entry in file order, so the first bad line is the one reported.
 * Returns whether any id needs the UTF-8-aware comparator (a code unit ≥ U+D800).
 * @throws {KleroterionError} the first per-id error.
 */
export function validateEntries(entries: readonly PoolEntry[], file?: string): boolean {
  return validateIds(
    entries.map((entry) => entry.id),
    (i) => entries[i]?.line,
    file,
  );
}

/**
 * Same as `validateEntries` for a bare list of ids; `lineOf(i)` is consulted only to report an error.
 * @throws {KleroterionError} the first per-id error.
 */
export function validateIds(
  ids: readonly string[],
  lineOf: (position: number) => number | undefined,
  file?: string,
): boolean {
  let needsUtf8Order = false;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as string;
    if (!PRINTABLE_ASCII_ID.test(id)) {
      const where: ErrorLocation = {};
      if (file !== undefined) where.file = file;
      const line = lineOf(i);
      if (line !== undefined) where.line = line;
      assertValidId(id, where);
      if (!needsUtf8Order && HIGH_UNIT.test(id)) needsUtf8Order = true;
    }
  }
  return needsUtf8Order;
}

const HIGH_UNIT = /[\ud800-\uffff]/;

/** Sorts in place into canonical order and returns the array. */
export function sortCanonical(ids: string[], needsUtf8Order: boolean): string[] {
  if (needsUtf8Order) return ids.sort(compareUtf8);
  // Without code units ≥ U+D800 the engine's native string order equals UTF-8 byte order. Bucketing by
  // the first two ASCII characters first makes each native sort small (measured ~1.5× faster on 1M ids).
  const buckets = new Map<number, string[]>();
  const others: string[] = [];
  for (const id of ids) {
    const first = id.charCodeAt(0);
    if (first < 0x80) {
      // 0 for no second character, c + 1 for an ASCII one, 0x81 for any other: the prefixes' own order.
      const code = id.length > 1 ? id.charCodeAt(1) : -1;
      const key = first * 0x82 + (code < 0 ? 0 : code < 0x80 ? code + 1 : 0x81);
      const bucket = buckets.get(key);
      if (bucket === undefined) buckets.set(key, [id]);
      else bucket.push(id);
    } else others.push(id);
  }
  let out = 0;
  for (const key of [...buckets.keys()].sort((a, b) => a - b)) {
    const bucket = (buckets.get(key) as string[]).sort();
    for (const id of bucket) ids[out++] = id;
  }
  // Ids starting outside ASCII sort after every ASCII-led id.
  others.sort();
  for (const id of others) ids[out++] = id;
  return ids;
}

/** The first id appearing twice in a sorted list, if any. */
export function firstAdjacentDuplicate(sorted: readonly string[]): string | undefined {
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i] === sorted[i - 1]) return sorted[i];
  }
  return undefined;
}

/** Builds the duplicate-id error naming the first two lines that hold `id`. */
export function duplicateError(
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
