// TOTP (RFC 6238) for console accounts, with otpauth: SHA-1, 6 digits, 30 s, one step of drift either way;
// and the single-use recovery codes' text form.

import { Secret, TOTP } from 'otpauth';
import type { Random } from '../ports';

const TOTP_ISSUER = 'Kleroterion';
export const RECOVERY_CODE_COUNT = 10;

export const totpFor = (label: string, secret: string): TOTP =>
  new TOTP({
    issuer: TOTP_ISSUER,
    label,
    secret: Secret.fromBase32(secret),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
  });

/** Whether `code` looks like a TOTP code (6 digits, spaces allowed) rather than a recovery code. */
export const isTotpCode = (code: string): boolean => /^\d{6}$/.test(code.replace(/\s/g, ''));

/** The time step `code` was made for (at `timestamp`, ±1 step), or null when it matches none. */
export function matchingStep(totp: TOTP, code: string, timestamp: number): number | null {
  const delta = totp.validate({ token: code.replace(/\s/g, ''), timestamp, window: 1 });
  return delta === null ? null : totp.counter({ timestamp }) + delta;
}

/** A fresh secret of 160 random bits, base32. */
export const newTotpSecret = (random: Random): string =>
  new Secret({ buffer: Uint8Array.from(random.bytes(20)).buffer }).base32;

/** RECOVERY_CODE_COUNT codes of 80 random bits, as xxxxx-xxxxx-xxxxx-xxxxx. */
export const newRecoveryCodeTexts = (random: Random): string[] =>
  Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const hex = Buffer.from(random.bytes(10)).toString('hex');
    return `${hex.slice(0, 5)}-${hex.slice(5, 10)}-${hex.slice(10, 15)}-${hex.slice(15, 20)}`;
  });
