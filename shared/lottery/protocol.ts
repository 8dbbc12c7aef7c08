// Data shapes of kleroterion-draw/1 and kleroterion-draw/2 (commitment, source, record) as zod schemas, the
// source of truth for types. Version 2 is exactly version 1 plus timelock sources.
// Spec: docs/lottery-spec.md, sections 3 "Commitment", 4.1 "Opening a timelock source" and 9 "Record".

import { z } from 'zod';

/** The frozen version 1: committed secrets, beacon rounds and public values. */
export const DRAW_PROTOCOL = 'kleroterion-draw/1' as const;
/** Version 1 plus timelock sources (spec section 4.1); required as soon as one source is a timelock. */
export const DRAW_PROTOCOL_V2 = 'kleroterion-draw/2' as const;
export const DrawProtocol = z.enum([DRAW_PROTOCOL, DRAW_PROTOCOL_V2]);
export type DrawProtocol = z.infer<typeof DrawProtocol>;
/** The protocol name a commitment with these sources must carry: /2 with a timelock source, /1 otherwise. */
export const drawProtocolFor = (
  sources: readonly { label: string; timelock?: unknown }[],
): DrawProtocol =>
  sources.some((source) => source.timelock !== undefined) ? DRAW_PROTOCOL_V2 : DRAW_PROTOCOL;
/** The check message when a kleroterion-draw/1 commitment carries a timelock source. */
export const TIMELOCK_NEEDS_V2 = `a timelock source needs protocol ${DRAW_PROTOCOL_V2}`;

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
    protocol: DrawProtocol,
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
    // A v1 verifier takes a timelock source for a public value and would accept any value for it: such a
    // source is only meaningful under kleroterion-draw/2, whose name a v1 verifier refuses.
    if (commitment.protocol === DRAW_PROTOCOL) {
      commitment.sources.forEach((source, i) => {
        if (source.timelock !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['sources', i, 'timelock'],
            message: `${TIMELOCK_NEEDS_V2} (this commitment names ${DRAW_PROTOCOL})`,
          });
      });
    }
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
export const DrawRecord = z
  .strictObject({
    protocol: DrawProtocol,
    commitment: Commitment,
    commitmentHash: hex32,
    values: z.array(z.string().nullable()),
    seed: hex32,
    selection: z.array(Pick),
    beacons: z.array(BeaconProof),
  })
  .superRefine((record, ctx) => {
    if (record.protocol !== record.commitment.protocol)
      ctx.addIssue({
        code: 'custom',
        path: ['protocol'],
        message: `the record names ${record.protocol}, its commitment ${record.commitment.protocol}`,
      });
  });
export type DrawRecord = z.infer<typeof DrawRecord>;

/** Formats zod issues as "path: message" lines for CLI and API errors. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
}
