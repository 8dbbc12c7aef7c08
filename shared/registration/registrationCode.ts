// Personal registration codes of stage-one invitees, written for people: 140 random bits in Crockford's
// base 32, seven groups of four. Spec: docs/letters.md, section "Registration codes".

import { sha256HexOfText } from '../crypto/hash';
import { ErrorCode, KleroterionError } from '../errors';

/** Crockford's base-32 digits: no I, L, O (read as 1, 1, 0) and no U. */
export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_GROUPS = 7;
export const CODE_GROUP_LENGTH = 4;
export const CODE_LENGTH = CODE_GROUPS * CODE_GROUP_LENGTH;
/** Random bits in a code: five per character. */
export const CODE_BITS = CODE_LENGTH * 5;
/** Random bytes a code is made from (the last 4 bits of the last byte are not used). */
export const CODE_RANDOM_BYTES = Math.ceil(CODE_BITS / 8);

// What a person may type for a digit, as Crockford's decoding says: lower case, and O, I, L for 0, 1, 1.
const READ_AS: Readonly<Record<string, string>> = { O: '0', I: '1', L: '1' };
// Spaces (any kind), hyphens and dashes a person or a word processor puts between the groups.
const SEPARATOR = /^[\s\u00a0\u202f\u2009\-\u2010\u2011\u2012\u2013\u2014.]$/u;

/**
 * The code written by `bytes` (at least CODE_RANDOM_BYTES of them, from a CSPRNG): "7K2M-…", 7 groups.
 * @throws RangeError when fewer bytes are given
 */
export function formatRegistrationCode(bytes: Uint8Array): string {
  if (bytes.length < CODE_RANDOM_BYTES)
    throw new RangeError(
      `formatRegistrationCode: bytes must hold ${CODE_RANDOM_BYTES} bytes, got ${bytes.length}`,
    );
  let digits = '';
  for (let i = 0; i < CODE_LENGTH; i++) {
    const bit = i * 5;
    // Five bits starting at `bit`, big-endian, possibly across two bytes.
    const pair = ((bytes[bit >> 3] ?? 0) << 8) | (bytes[(bit >> 3) + 1] ?? 0);
    digits += CROCKFORD_ALPHABET[(pair >> (11 - (bit & 7))) & 31];
  }
  return groupDigits(digits);
}

function groupDigits(digits: string): string {
  const groups: string[] = [];
  for (let i = 0; i < digits.length; i += CODE_GROUP_LENGTH)
    groups.push(digits.slice(i, i + CODE_GROUP_LENGTH));
  return groups.join('-');
}

/**
 * The canonical form of what a person typed or a QR code carried: upper case, O/I/L read as 0/1/1,
 * spaces and hyphens anywhere ignored, regrouped as "XXXX-XXXX-…".
 * @throws KleroterionError REGISTRATION_CODE_MALFORMED naming the first character not in the alphabet,
 * or the count of characters when it is not CODE_LENGTH
 */
export function normaliseRegistrationCode(input: string): string {
  let digits = '';
  for (const [index, char] of [...input].entries()) {
    if (SEPARATOR.test(char)) continue;
    const upper = char.toUpperCase();
    const digit = READ_AS[upper] ?? upper;
    if (digit.length !== 1 || !CROCKFORD_ALPHABET.includes(digit))
      throw new KleroterionError(
        ErrorCode.RegistrationCodeMalformed,
        `The registration code has a character that no code contains: "${char}" (character ${index + 1}).`,
        { field: 'code', column: index + 1 },
      );
    digits += digit;
  }
  if (digits.length !== CODE_LENGTH)
    throw new KleroterionError(
      ErrorCode.RegistrationCodeMalformed,
      `The registration code has ${digits.length} letters and digits; a code has ${CODE_LENGTH} (${CODE_GROUPS} groups of ${CODE_GROUP_LENGTH}).`,
      { field: 'code' },
    );
  return groupDigits(digits);
}

/** The code's stored form: lowercase hex SHA-256 of its canonical form (the code itself is never kept). */
export function hashRegistrationCode(canonicalCode: string): string {
  return sha256HexOfText(canonicalCode);
}

/**
 * The registration page a letter prints for typing: `<baseUrl>/inscription`.
 * @throws RangeError when `baseUrl` is not an absolute http(s) URL
 */
export function registrationPage(baseUrl: string): string {
  if (!/^https?:\/\/[^\s/?#]+/.test(baseUrl))
    throw new RangeError(
      `registrationPage: baseUrl must be an absolute http(s) URL, got "${baseUrl}"`,
    );
  return `${baseUrl.replace(/\/+$/, '')}/inscription`;
}

/**
 * The link a letter's QR code carries: the registration page with the code in its query.
 * @throws RangeError when `baseUrl` is not an absolute http(s) URL
 */
export function registrationLink(baseUrl: string, code: string): string {
  return `${registrationPage(baseUrl)}?code=${code}`;
}
