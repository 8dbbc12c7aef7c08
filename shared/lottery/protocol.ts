// Data shapes of kleroterion-draw/1 (commitment, source, record) as zod schemas, the source of truth for types.
// Spec: docs/lottery-spec.md, sections 3 "Commitment" and 9 "Record".

import { z } from 'zod';

export const DRAW_PROTOCOL = 'kleroterion-draw/1' as const;

const hex32 = z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lowercase hex digits (SHA-256)');
const hex48 = z
  .string()
  .regex(/^[0-9a-f]{96}$/, 'expected 96 lowercase hex digits (BLS signature)');
const count = (min: number) => z.number().int().min(min).max(Number.MAX_SAFE_INTEGER);

export const BeaconRef = z.strictObject({
  network: z.literal('drand-quicknet'),
  round: count(1),
});
export type BeaconRef = z.infer<typeof BeaconRef>;

/** Longest armored ciphertext accepted: a timelocked contribution is a short text, never a file. */
export const TIMELOCK_CIPHERTEXT_MAX = 4096;

/**
 * A contribution sealed to a future drand round with tlock (age + IBE). Its value is the decrypted text,
 * obtained by anyone from the round's signature: nothing to reveal, nothing to withhold.
 */
export const TimelockRef = z.strictObject({
  network: z.literal('drand-quicknet'),
  round: count(1),
  ciphertext: z
    .string()
    .min(1)
    .max(
      TIMELOCK_CIPHERTEXT_MAX,
      `an armored ciphertext has at most ${TIMELOCK_CIPHERTEXT_MAX} characters`,
    ),
});
export type TimelockRef = z.infer<typeof TimelockRef>;

/**
 * A randomness source. Four kinds: a committed secret (`commitment`, possibly `optional`), a public
 * beacon round (`beacon`), a contribution timelocked to a beacon round (`timelock`), or a plain public
 * value announced in advance (none of these). Unknown fields are kept because the commitment hash covers them.
 */
export const Source = z
  .looseObject({
    label: z.string().min(1, 'a source needs a label'),
    commitment: hex32.optional(),
    optional: z.literal(true).optional(),
    beacon: BeaconRef.optional(),
    timelock: TimelockRef.optional(),
  })
  .superRefine((source, ctx) => {
    const kinds = [source.commitment, source.beacon, source.timelock].filter(
      (k) => k !== undefined,
    );
    if (kinds.length > 1) {
      ctx.addIssue({
        code: 'custom',
        message: 'a source is committed, a beacon or a timelock: only one of them',
      });
    }
    if (source.optional === true && source.commitment === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'only a committed source may be optional',
        path: ['optional'],
      });
    }
  });
export type Source = z.infer<typeof Source>;

export const Commitment = z
  .looseObject({
    protocol: z.literal(DRAW_PROTOCOL),
    poolRoot: hex32,
    poolSize: count(1),
    seats: count(1),
    alternates: count(0),
    sources: z.array(Source).min(1, 'at least one randomness source is required'),
  })
  .superRefine((commitment, ctx) => {
    if (commitment.seats > commitment.poolSize) {
      ctx.addIssue({
        code: 'custom',
        path: ['seats'],
        message: `seats (${commitment.seats}) exceed poolSize (${commitment.poolSize})`,
      });
    }
    const seen = new Set<string>();
    commitment.sources.forEach((source, i) => {
      if (seen.has(source.label)) {
        ctx.addIssue({
          code: 'custom',
          path: ['sources', i, 'label'],
          message: `duplicate source label ${JSON.stringify(source.label)}`,
        });
      }
      seen.add(source.label);
    });
  });
export type Commitment = z.infer<typeof Commitment>;

export const PickRole = { Seat: 'seat', Alternate: 'alternate' } as const;
export type PickRole = (typeof PickRole)[keyof typeof PickRole];

export const Pick = z.strictObject({
  rank: count(1),
  index: count(0),
  id: z.string(),
  role: z.enum([PickRole.Seat, PickRole.Alternate]),
  proof: z.array(hex32),
});
export type Pick = z.infer<typeof Pick>;

export const BeaconProof = z.strictObject({
  source: count(0),
  round: count(1),
  signature: hex48,
});
export type BeaconProof = z.infer<typeof BeaconProof>;

/** The published draw record. Field names are exactly these; anything else makes it malformed. */
export const DrawRecord = z.strictObject({
  protocol: z.literal(DRAW_PROTOCOL),
  commitment: Commitment,
  commitmentHash: hex32,
  values: z.array(z.string().nullable()),
  seed: hex32,
  selection: z.array(Pick),
  beacons: z.array(BeaconProof),
});
export type DrawRecord = z.infer<typeof DrawRecord>;

/** Formats zod issues as "path: message" lines for CLI and API errors. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
}
