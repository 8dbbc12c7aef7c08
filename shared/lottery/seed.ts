// Commitment hash and seed derivation.
// Spec: docs/lottery-spec.md, sections 3 "Commitment" and 5 "Seed".

import { bytesToHex } from '../crypto/bytes';
import { sha256, sha256HexOfText } from '../crypto/hash';
import { canonicalize } from '../crypto/jcs';

/** SHA-256(JCS(commitment)) as lowercase hex. Takes the commitment exactly as published, extra fields included. */
export function commitmentHashOf(commitment: unknown): string {
  return sha256HexOfText(canonicalize(commitment));
}

/** The JCS text hashed into the seed, exposed so verifiers can show their working. */
export function seedInput(commitmentHash: string, values: readonly (string | null)[]): string {
  return canonicalize({ commitmentHash, values });
}

/** seed = SHA-256(JCS({"commitmentHash": h, "values": [...]})), 32 bytes. */
export function deriveSeed(commitmentHash: string, values: readonly (string | null)[]): Uint8Array {
  return sha256(new TextEncoder().encode(seedInput(commitmentHash, values)));
}

/** The seed as lowercase hex. */
export function deriveSeedHex(commitmentHash: string, values: readonly (string | null)[]): string {
  return bytesToHex(deriveSeed(commitmentHash, values));
}
