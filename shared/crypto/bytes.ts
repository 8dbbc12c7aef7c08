// Byte helpers used across the protocol: hex, UTF-8, big-endian integers.
// Spec: docs/lottery-spec.md, section "Conventions" (lowercase hex, UTF-8, big-endian).

import { bytesToHex, concatBytes, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';

export { bytesToHex, concatBytes, utf8ToBytes };

const LOWER_HEX = /^(?:[0-9a-f]{2})*$/;

/** True when `text` is lowercase hex of exactly `byteLength` bytes (any even length if omitted). */
export function isLowerHex(text: string, byteLength?: number): boolean {
  if (!LOWER_HEX.test(text)) return false;
  return byteLength === undefined || text.length === byteLength * 2;
}

/**
 * Decodes lowercase hex.
 * @throws {Error} when the text is not lowercase hex of an even length.
 */
export function hexToBytesStrict(text: string): Uint8Array {
  if (!isLowerHex(text))
    throw new Error(`expected lowercase hex, got ${JSON.stringify(text.slice(0, 20))}`);
  return hexToBytes(text);
}

/** Encodes `value` (0 ≤ value < 2^32) as 4 big-endian bytes. */
export function uint32be(value: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value, false);
  return out;
}

/** Encodes `value` (0 ≤ value < 2^16) as 2 big-endian bytes. */
export function uint16be(value: number): Uint8Array {
  return Uint8Array.of((value >>> 8) & 0xff, value & 0xff);
}

/** Encodes a non-negative bigint below 2^64 as 8 big-endian bytes. */
export function uint64be(value: bigint): Uint8Array {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, value, false);
  return out;
}

/** Reads a big-endian unsigned integer of any length. */
export function bytesToBigInt(bytes: Uint8Array): bigint {
  let result = 0n;
  for (const byte of bytes) result = (result << 8n) | BigInt(byte);
  return result;
}

/** Byte-wise lexicographic comparison, shorter-prefix first. */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] as number) - (b[i] as number);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

/** Constant-shape equality for digests (not secret-dependent timing-critical here). */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && compareBytes(a, b) === 0;
}
