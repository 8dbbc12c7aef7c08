// Offline verification of drand "quicknet" beacon rounds (BLS12-381, unchained, signatures on G1).
// Spec: docs/lottery-spec.md, section 4 "Values" (beacons); drand's published quicknet parameters.

import { bls12_381 } from '@noble/curves/bls12-381.js';
import { bytesToHex, hexToBytesStrict, isLowerHex, uint64be } from '../crypto/bytes';
import { sha256 } from '../crypto/hash';

/** Public parameters of drand's quicknet network; facts published by the League of Entropy. */
export const DRAND_QUICKNET = {
  network: 'drand-quicknet',
  chainHash: '52db9ba70e0cc0f6eaf7803dd07447a1f5477735fd3f661792ba94600c84e971',
  publicKey:
    '83cf0f2896adee7eb8b5f01fcad3912212c437e0073e911fb90022d3e760183c8c4b450b6a0a6c3ac6a5776a2d1064510d1fec758c921cc22b0e17e63aaf4bcb5ed66304de9cf809bd274ca73bab4af5a6e9c76a4bc09e76eae8991ef5ece45a',
  dst: 'BLS_SIG_BLS12381G1_XMD:SHA-256_SSWU_RO_NUL_',
  genesisTime: 1692803367,
  periodSeconds: 3,
} as const;

export type BeaconNetwork = typeof DRAND_QUICKNET.network;

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

/** Unix time (seconds) at which `round` is produced. */
export function quicknetRoundTime(round: number): number {
  return DRAND_QUICKNET.genesisTime + (round - 1) * DRAND_QUICKNET.periodSeconds;
}

/** The first round produced strictly after `unixSeconds`. */
export function quicknetFirstRoundAfter(unixSeconds: number): number {
  if (unixSeconds < DRAND_QUICKNET.genesisTime) return 1;
  return Math.floor((unixSeconds - DRAND_QUICKNET.genesisTime) / DRAND_QUICKNET.periodSeconds) + 2;
}
