// The kinds of randomness source and the labels written into commitments, kept apart from commitReveal.ts
// (which re-exports them) so that the pages that only display sources do not load the drand maths.
// Spec: docs/lottery-spec.md, section 3 "Commitment" (sources).

/** The four kinds of source a commitment may hold (spec section 3). */
export const SourceKind = {
  Secret: 'secret',
  Beacon: 'beacon',
  Timelock: 'timelock',
  Public: 'public',
} as const;
export type SourceKind = (typeof SourceKind)[keyof typeof SourceKind];

/** A source's kind, from the one field among `commitment`, `beacon` and `timelock` it carries. */
export function sourceKindOf(source: {
  commitment?: unknown;
  beacon?: unknown;
  timelock?: unknown;
}): SourceKind {
  if (source.commitment !== undefined) return SourceKind.Secret;
  if (source.beacon !== undefined) return SourceKind.Beacon;
  if (source.timelock !== undefined) return SourceKind.Timelock;
  return SourceKind.Public;
}

// The labels are hashed into commitments: changing one changes every commitment hash made after it.
export const ORGANISER_SECRET_LABEL = 'organiser secret';
export const WITNESS_LABEL_PREFIX = 'witness: ';
export const witnessLabel = (name: string): string => `${WITNESS_LABEL_PREFIX}${name}`;
export const beaconLabel = (round: number): string => `drand quicknet round ${round}`;
