import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ErrorCode, KleroterionError } from '../errors';
import { sha256HexOfText } from '../crypto/hash';
import {
  CODE_BITS,
  CODE_RANDOM_BYTES,
  CROCKFORD_ALPHABET,
  formatRegistrationCode,
  hashRegistrationCode,
  normaliseRegistrationCode,
  registrationLink,
  registrationPage,
} from './registrationCode';

const randomBytes = fc.uint8Array({ minLength: CODE_RANDOM_BYTES, maxLength: CODE_RANDOM_BYTES });
const CODE_SHAPE = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){6}$/;

/** The 140 bits a code carries, read back from its digits (the inverse of the encoding, written apart). */
function bitsOf(code: string): string {
  return [...code.replace(/-/g, '')]
    .map((digit) => CROCKFORD_ALPHABET.indexOf(digit).toString(2).padStart(5, '0'))
    .join('');
}
const bitsOfBytes = (bytes: Uint8Array) =>
  [...bytes].map((byte) => byte.toString(2).padStart(8, '0')).join('');

function malformed(input: string): KleroterionError {
  try {
    normaliseRegistrationCode(input);
  } catch (error) {
    if (error instanceof KleroterionError) return error;
    throw error;
  }
  throw new Error(`"${input}" was accepted`);
}

describe('registration codes', () => {
  it('carry at least 128 random bits, written in 7 groups of 4 Crockford digits', () => {
    expect(CODE_BITS).toBeGreaterThanOrEqual(128);
    fc.assert(
      fc.property(randomBytes, (bytes) => {
        const code = formatRegistrationCode(bytes);
        expect(code).toMatch(CODE_SHAPE);
        // Every one of the 140 first random bits is in the code, in order.
        expect(bitsOf(code)).toBe(bitsOfBytes(bytes).slice(0, CODE_BITS));
      }),
    );
    expect(formatRegistrationCode(new Uint8Array(CODE_RANDOM_BYTES))).toBe(
      '0000-0000-0000-0000-0000-0000-0000',
    );
    expect(formatRegistrationCode(new Uint8Array(CODE_RANDOM_BYTES).fill(255))).toBe(
      'ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ',
    );
    expect(() => formatRegistrationCode(new Uint8Array(CODE_RANDOM_BYTES - 1))).toThrow(RangeError);
  });

  it('read back as themselves, and different bytes give different codes', () => {
    fc.assert(
      fc.property(randomBytes, randomBytes, (a, b) => {
        const code = formatRegistrationCode(a);
        expect(normaliseRegistrationCode(code)).toBe(code);
        const sameBits = bitsOfBytes(a).slice(0, CODE_BITS) === bitsOfBytes(b).slice(0, CODE_BITS);
        expect(formatRegistrationCode(b) === code).toBe(sameBits);
      }),
    );
  });

  it('forgive lower case, spaces, missing or extra hyphens, and O, I, L typed for 0, 1, 1', () => {
    const typed = fc.tuple(randomBytes, fc.array(fc.boolean(), { minLength: 28, maxLength: 28 }));
    fc.assert(
      fc.property(
        typed,
        fc.constantFrom('', ' ', '-', ' - ', '\u00a0', '  '),
        ([bytes, flips], sep) => {
          const code = formatRegistrationCode(bytes);
          const digits = [...code.replace(/-/g, '')].map((digit, i) => {
            const lookalike =
              digit === '0' ? 'O' : digit === '1' ? (i % 2 === 0 ? 'I' : 'L') : digit;
            const chosen = flips[i] === true ? lookalike : digit;
            return i % 3 === 0 ? chosen.toLowerCase() : chosen;
          });
          const retyped = digits
            .join('')
            .match(/.{1,4}/g)!
            .join(sep);
          expect(normaliseRegistrationCode(`  ${retyped} `)).toBe(code);
        },
      ),
    );
  });

  it('refuse anything else with REGISTRATION_CODE_MALFORMED, naming the character or the length', () => {
    const code = formatRegistrationCode(new Uint8Array(CODE_RANDOM_BYTES).fill(0x5a));
    for (const bad of ['U', '*', 'é', '_', '#']) {
      const error = malformed(code.slice(0, 5) + bad + code.slice(6));
      expect(error.code).toBe(ErrorCode.RegistrationCodeMalformed);
      expect(error.message).toContain(`"${bad}"`);
      expect(error.details.field).toBe('code');
    }
    for (const bad of ['', code.slice(0, -1), `${code}A`, code.replace(/-/g, '').slice(0, 26)]) {
      const error = malformed(bad);
      expect(error.code).toBe(ErrorCode.RegistrationCodeMalformed);
      expect(error.message).toMatch(/has \d+ letters and digits; a code has 28/);
    }
  });

  it('are stored as the SHA-256 of their canonical form, the same whatever way they were typed', () => {
    fc.assert(
      fc.property(randomBytes, (bytes) => {
        const code = formatRegistrationCode(bytes);
        const hash = hashRegistrationCode(code);
        expect(hash).toBe(sha256HexOfText(code));
        expect(hash).toMatch(/^[0-9a-f]{64}$/);
        expect(hash).not.toContain(code.replace(/-/g, '').toLowerCase());
        expect(
          hashRegistrationCode(normaliseRegistrationCode(code.toLowerCase().replace(/-/g, ' '))),
        ).toBe(hash);
      }),
    );
  });

  it('go in the registration link of the letter', () => {
    const code = formatRegistrationCode(new Uint8Array(CODE_RANDOM_BYTES).fill(7));
    expect(registrationLink('https://jury.example.fr/', code)).toBe(
      `https://jury.example.fr/inscription?code=${code}`,
    );
    expect(registrationPage('https://jury.example.fr//')).toBe(
      'https://jury.example.fr/inscription',
    );
    expect(() => registrationLink('jury.example.fr', code)).toThrow(RangeError);
  });
});
