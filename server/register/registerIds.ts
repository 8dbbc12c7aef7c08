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

/** A source of fresh ids, drawing random bytes from the CSPRNG in batches. */
export function registerIdSource(
  fill: (buffer: Uint8Array) => void = randomFillSync,
): () => string {
  const buffer = new Uint8Array(10 * 4096);
  let offset = buffer.length;
  return () => {
    if (offset === buffer.length) {
      fill(buffer);
      offset = 0;
    }
    const id = registerIdFromBytes(buffer, offset);
    offset += 10;
    return id;
  };
}
