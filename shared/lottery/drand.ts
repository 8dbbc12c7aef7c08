// Offline verification of drand "quicknet" beacon rounds (BLS12-381, unchained, signatures on G1).
// Spec: docs/lottery-spec.md, section 4 "Values" (beacons); drand's published quicknet parameters.

import { bls12_381 } from '@noble/curves/bls12-381.js';
import { bytesToHex, hexToBytesStrict, isLowerHex, uint64be } from '../crypto/bytes';
import { sha256 } from '../crypto/hash';
import { DRAND_QUICKNET } from './drandQuicknet';

export { DRAND_QUICKNET, quicknetFirstRoundAfter, quicknetRoundTime } from './drandQuicknet';
export type { BeaconNetwork } from './drandQuicknet';

/** The message a quicknet round signs: SHA-256 of the round number as 8 big-endian bytes. */
export function quicknetMessage(round: number): Uint8Array {
  return sha256(uint64be(BigInt(round)));
}

/**
 * True when `signatureHex` is the network's valid BLS signature for `round`.
 * Returns false, never throws, for malformed hex or points that are not on the curve.
 */
export function verifyQuicknetRound(round: number, signatureHex: string): boolean {
  if (!Number.isSafeInteger(round) || round < 1 || !isLowerHex(signatureHex, 48)) return false;
  const key = `${round}:${signatureHex}`;
  const known = verifiedRounds.get(key);
  if (known !== undefined) return known;
  const result = pairingCheck(round, signatureHex);
  // The check is deterministic, so a bounded memo is safe; a pairing costs ~15 ms and verifiers repeat it.
  if (verifiedRounds.size >= MEMO_LIMIT)
    verifiedRounds.delete(verifiedRounds.keys().next().value as string);
  verifiedRounds.set(key, result);
  return result;
}

const MEMO_LIMIT = 64;
const verifiedRounds = new Map<string, boolean>();

function pairingCheck(round: number, signatureHex: string): boolean {
  try {
    const bls = bls12_381.shortSignatures;
    const message = bls.hash(quicknetMessage(round), DRAND_QUICKNET.dst);
    return bls.verify(
      hexToBytesStrict(signatureHex),
      message,
      hexToBytesStrict(DRAND_QUICKNET.publicKey),
    );
  } catch {
    return false;
  }
}

/** A round's randomness: SHA-256 of its signature bytes, as lowercase hex. */
export function quicknetRandomness(signatureHex: string): string {
  return bytesToHex(sha256(hexToBytesStrict(signatureHex)));
}
