// A witness's secret as the protocol hashes it: 32 random bytes written as 64 lowercase hex digits, its
// commitment SHA-256(utf8(secret)) (docs/lottery-spec.md, section 3). Made and checked in the browser only.

import { bytesToHex } from '../../../shared/crypto/bytes';
import { sha256HexOfText } from '../../../shared/crypto/hash';
import { readWitnessSecret } from '../../../shared/lottery/witnessSecretText';
import { saveFile } from '../ui/saveFile';

/** A fresh secret from the browser's cryptographic generator (WebCrypto getRandomValues). */
export function makeWitnessSecret(
  fill: (bytes: Uint8Array) => Uint8Array = (bytes) => crypto.getRandomValues(bytes),
): string {
  return bytesToHex(fill(new Uint8Array(32)));
}

/** The commitment of a secret: exactly what the organiser publishes and the verifier recomputes. */
export const commitmentOfSecret = (secret: string): string => sha256HexOfText(secret);

/** Finds the secret in what the witness pasted or gave (see readWitnessSecret). */
export const readSecret = readWitnessSecret;

export const isHash = (text: string): boolean => /^[0-9a-f]{64}$/.test(text.trim());

/** Saves `text` as a file from the browser, with no server round trip. */
export function downloadText(fileName: string, text: string): void {
  saveFile(fileName, text, 'text/plain;charset=utf-8');
}
