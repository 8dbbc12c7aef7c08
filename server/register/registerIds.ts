// Pseudonymous register ids: 16 Crockford base32 characters, 80 bits from the operating system's CSPRNG.
// At 50 million rows the chance that two ids collide is about 1 in 10^9 (10-character, 50-bit ids would
// collide almost surely); the import still checks and redraws (server/register/registerImport.ts).
// They meet the pool id rules of docs/lottery-spec.md section 1 (ASCII letters and digits, 16 bytes).

import { randomFillSync } from 'node:crypto';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const REGISTER_ID_LENGTH = 16;
export const REGISTER_ID = /^[0-9A-HJKMNP-TV-Z]{16}$/;

/** Encodes 10 bytes (two 40-bit halves) as 16 Crockford characters, most significant first. */
export function registerIdFromBytes(bytes: Uint8Array, offset = 0): string {
  let id = '';
  for (let half = 0; half < 2; half++) {
    const o = offset + half * 5;
    // 40 bits fit a double exactly.
    let bits =
      (bytes[o] as number) * 2 ** 32 +
      (((bytes[o + 1] as number) << 24) >>> 0) +
      ((bytes[o + 2] as number) << 16) +
      ((bytes[o + 3] as number) << 8) +
      (bytes[o + 4] as number);
    let part = '';
    for (let i = 0; i < 8; i++) {
      part = CROCKFORD[bits % 32] + part;
      bits = Math.floor(bits / 32);
    }
    id += part;
  }
  return id;
}

const IDS_PER_FILL = 4096;
const ALPHABET = Uint8Array.from(CROCKFORD, (c) => c.charCodeAt(0));

/**
 * A source of fresh ids, drawing random bytes from the CSPRNG in batches: each batch is encoded at once
 * into one string of 4,096 ids (the same encoding as registerIdFromBytes), and each id is a slice of it
 * (no per-character string building: the import issues millions).
 */
export function registerIdSource(
  fill: (buffer: Uint8Array) => void = randomFillSync,
): () => string {
  const buffer = new Uint8Array(10 * IDS_PER_FILL);
  const ascii = Buffer.alloc(REGISTER_ID_LENGTH * IDS_PER_FILL);
  let text = '';
  let next = IDS_PER_FILL;
  return () => {
    if (next === IDS_PER_FILL) {
      fill(buffer);
      for (let i = 0; i < IDS_PER_FILL; i++)
        encodeInto(buffer, i * 10, ascii, i * REGISTER_ID_LENGTH);
      text = ascii.toString('latin1');
      next = 0;
    }
    const at = next * REGISTER_ID_LENGTH;
    next++;
    return text.slice(at, at + REGISTER_ID_LENGTH);
  };
}

/** registerIdFromBytes into ASCII bytes: each 40-bit half as 8 base-32 digits, in 32-bit integer steps. */
function encodeInto(bytes: Uint8Array, offset: number, out: Uint8Array, outOffset: number): void {
  for (let half = 0; half < 2; half++) {
    const o = offset + half * 5;
    // 40 bits = the top 8 (byte 0) and the low 32 (bytes 1–4); digit k takes bits 35−5k … 39−5k.
    const top = bytes[o] as number;
    const low =
      (((bytes[o + 1] as number) << 24) |
        ((bytes[o + 2] as number) << 16) |
        ((bytes[o + 3] as number) << 8) |
        (bytes[o + 4] as number)) >>>
      0;
    const p = outOffset + half * 8;
    out[p] = ALPHABET[top >>> 3] as number;
    out[p + 1] = ALPHABET[((top & 7) << 2) | (low >>> 30)] as number;
    out[p + 2] = ALPHABET[(low >>> 25) & 31] as number;
    out[p + 3] = ALPHABET[(low >>> 20) & 31] as number;
    out[p + 4] = ALPHABET[(low >>> 15) & 31] as number;
    out[p + 5] = ALPHABET[(low >>> 10) & 31] as number;
    out[p + 6] = ALPHABET[(low >>> 5) & 31] as number;
    out[p + 7] = ALPHABET[low & 31] as number;
  }
}
