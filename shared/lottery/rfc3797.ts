// RFC 3797 (NomCom random selection) for compatibility: key string from the sources, then MD5-driven picks.
// Spec: RFC 3797 sections 4 and 6; docs/lottery-spec.md, section "RFC 3797 compatibility".

import { bytesToBigInt, bytesToHex, concatBytes, uint16be, utf8ToBytes } from '../crypto/bytes';
import { md5 } from '../crypto/hash';
import { ErrorCode, KleroterionError } from '../errors';

/** One source of randomness: its values as written (decimal strings), and whether it uses the float form. */
export interface Rfc3797Source {
  values: readonly string[];
  isFloat: boolean;
}

const INTEGER = /^[0-9]+$/;
const DECIMAL = /^([0-9]+)(?:\.([0-9]+))?$/;
// The RFC encodes the draw number in 16 bits, so at most 65,536 draws and a pool of at most 65,535 + 1.
const MAX_DRAWS = 0x10000;

/**
 * Parses a command-line source such as "2 5 12 8 10" or "float 3.14 2.5".
 * @throws {KleroterionError} INVALID_NUMBER for negatives, signs, exponents or any non-decimal token.
 */
export function parseRfc3797Source(text: string, label = 'source'): Rfc3797Source {
  const tokens = text
    .trim()
    .split(/[\s,]+/)
    .filter((token) => token.length > 0);
  const isFloat = tokens[0] === 'float';
  const values = isFloat ? tokens.slice(1) : tokens;
  if (values.length === 0) {
    throw new KleroterionError(
      ErrorCode.InvalidNumber,
      `${label}: no numbers in ${JSON.stringify(text)}`,
      {
        field: label,
      },
    );
  }
  for (const value of values) {
    const ok = isFloat ? DECIMAL.test(value) : INTEGER.test(value);
    if (!ok) {
      const kind = isFloat ? 'a non-negative decimal number' : 'a non-negative integer';
      throw new KleroterionError(
        ErrorCode.InvalidNumber,
        `${label}: ${JSON.stringify(value)} is not ${kind}${value.startsWith('-') ? ' (negative numbers are not allowed)' : ''}`,
        { field: label },
      );
    }
  }
  return { values, isFloat };
}

/** Canonical decimal form: no leading zeros (one before the point), no trailing fractional zeros. */
function normaliseDecimal(value: string): { whole: bigint; fraction: string } {
  const match = DECIMAL.exec(value);
  if (!match)
    throw new KleroterionError(
      ErrorCode.InvalidNumber,
      `${JSON.stringify(value)} is not a decimal number`,
    );
  return { whole: BigInt(match[1] as string), fraction: (match[2] ?? '').replace(/0+$/, '') };
}

function compareDecimals(
  a: { whole: bigint; fraction: string },
  b: { whole: bigint; fraction: string },
): number {
  if (a.whole !== b.whole) return a.whole < b.whole ? -1 : 1;
  const width = Math.max(a.fraction.length, b.fraction.length);
  const x = a.fraction.padEnd(width, '0');
  const y = b.fraction.padEnd(width, '0');
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * The RFC 3797 key string: per source, values sorted ascending, an integer written "N." and a
 * non-integer "W.F" (no leading or trailing zeros), then "/" closing the source.
 */
export function rfc3797Key(sources: readonly Rfc3797Source[]): string {
  return sources
    .map((source) => {
      const numbers = source.values.map(normaliseDecimal).sort(compareDecimals);
      return `${numbers.map(({ whole, fraction }) => (fraction === '' ? `${whole}.` : `${whole}.${fraction}`)).join('')}/`;
    })
    .join('');
}

/** One selection step, with its digest so that a reader can compare it with the RFC's tables. */
export interface Rfc3797Pick {
  /** 1-based draw number. */
  draw: number;
  /** Uppercase hex MD5, as the RFC prints it. */
  md5: string;
  /** Entries still in the pool before this draw. */
  remaining: number;
  /** 1-based position of the picked entry in the published pool order. */
  position: number;
}

/**
 * Selects `count` entries from a pool of `poolSize` entries. Draw i (0-based) hashes
 * uint16_be(i) ‖ key ‖ uint16_be(i) with MD5, reads the digest as a 128-bit big-endian integer and
 * takes it modulo the number of remaining entries, which indexes them in published order.
 * @throws {KleroterionError} SEATS_EXCEED_POOL or INVALID_ARGUMENT.
 */
export function rfc3797Select(key: string, poolSize: number, count: number): Rfc3797Pick[] {
  if (!Number.isSafeInteger(poolSize) || poolSize < 1) {
    throw new KleroterionError(
      ErrorCode.InvalidArgument,
      `pool size must be a positive integer, got ${poolSize}`,
    );
  }
  if (!Number.isSafeInteger(count) || count < 1) {
    throw new KleroterionError(
      ErrorCode.InvalidArgument,
      `selection size must be a positive integer, got ${count}`,
    );
  }
  if (count > poolSize) {
    throw new KleroterionError(
      ErrorCode.SeatsExceedPool,
      `cannot select ${count} from a pool of ${poolSize}`,
    );
  }
  if (count > MAX_DRAWS) {
    throw new KleroterionError(
      ErrorCode.InvalidArgument,
      `RFC 3797 numbers draws in 16 bits: at most ${MAX_DRAWS}`,
    );
  }
  const keyBytes = utf8ToBytes(key);
  const remainingPositions = Array.from({ length: poolSize }, (_, i) => i + 1);
  const picks: Rfc3797Pick[] = [];
  for (let i = 0; i < count; i++) {
    const counter = uint16be(i);
    const digest = md5(concatBytes(counter, keyBytes, counter));
    const remaining = remainingPositions.length;
    const offset = Number(bytesToBigInt(digest) % BigInt(remaining));
    const [position] = remainingPositions.splice(offset, 1);
    picks.push({
      draw: i + 1,
      md5: bytesToHex(digest).toUpperCase(),
      remaining,
      position: position as number,
    });
  }
  return picks;
}
