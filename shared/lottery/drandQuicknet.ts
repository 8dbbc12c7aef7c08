// drand's "quicknet" network: its published parameters and round times, without the BLS12-381 code.
// Spec: docs/lottery-spec.md, section 4 "Values" (beacons). Pages that only show a round's time import
// this module, so they do not download the pairing library (shared/lottery/drand.ts verifies rounds).

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

/** Unix time (seconds) at which `round` is produced. */
export function quicknetRoundTime(round: number): number {
  return DRAND_QUICKNET.genesisTime + (round - 1) * DRAND_QUICKNET.periodSeconds;
}

/** The first round produced strictly after `unixSeconds`. */
export function quicknetFirstRoundAfter(unixSeconds: number): number {
  if (unixSeconds < DRAND_QUICKNET.genesisTime) return 1;
  return Math.floor((unixSeconds - DRAND_QUICKNET.genesisTime) / DRAND_QUICKNET.periodSeconds) + 2;
}
