// Pseudonymous volunteer ids: 10 Crockford base32 characters (50 random bits), the only name the public sees.
// Spec: docs/event-log.md, section "Privacy".

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * Turns 7 random bytes into a 10-character id (the low 6 bits of the last byte are unused).
 * @throws {RangeError} unless exactly 7 bytes are given.
 */
export function pseudonymFromBytes(bytes: Uint8Array): string {
  if (bytes.length !== 7)
    throw new RangeError(`a pseudonym needs 7 random bytes, got ${bytes.length}`);
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  bits >>= 6n; // 56 − 6 = 50 bits
  let id = '';
  for (let i = 0; i < 10; i++) {
    id = CROCKFORD[Number(bits & 31n)] + id;
    bits >>= 5n;
  }
  return id;
}

/** `count` distinct pseudonyms from a source of random bytes (redrawing the rare collision). */
export function distinctPseudonyms(
  count: number,
  randomBytes: (length: number) => Uint8Array,
): string[] {
  const ids = new Set<string>();
  while (ids.size < count) {
    const batch = randomBytes(7 * (count - ids.size));
    for (let offset = 0; offset + 7 <= batch.length; offset += 7)
      ids.add(pseudonymFromBytes(batch.subarray(offset, offset + 7)));
  }
  return [...ids].slice(0, count);
}
