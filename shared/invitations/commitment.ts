// The commitment of a stratified stage-one draw (kleroterion-invitations/1): k invitations spread over
// committed strata of the register, each with its own pool root, size and number of invitations.
// Spec: docs/lottery-spec.md, section 17 "kleroterion-invitations/1", "Commitment".

import { z } from 'zod';
import { KleroterionError } from '../errors';
import { assertValidId, compareUtf8 } from '../lottery/poolId';
import { Source } from '../lottery/protocol';

export const INVITATIONS_PROTOCOL = 'kleroterion-invitations/1' as const;

/** How the invitations are spread over the strata. */
export const Allocation = { Proportional: 'proportional', Set: 'set' } as const;
export type Allocation = (typeof Allocation)[keyof typeof Allocation];

const hex32 = z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lowercase hex digits (SHA-256)');
const count = (min: number) => z.number().int().min(min).max(Number.MAX_SAFE_INTEGER);

/** A stratum name follows the pool-id rules of section 1 (1–128 UTF-8 bytes, no control character…). */
const StratumName = z.string().superRefine((name, ctx) => {
  try {
    assertValidId(name);
  } catch (error) {
    ctx.addIssue({
      code: 'custom',
      message: `stratum name ${JSON.stringify(name)}: ${error instanceof KleroterionError ? error.message : String(error)}`,
    });
  }
});

export const Stratum = z.looseObject({
  name: StratumName,
  poolRoot: hex32,
  poolSize: count(1),
  invitations: count(0),
});
export type Stratum = z.infer<typeof Stratum>;

/**
 * The commitment's shape. The allocation's arithmetic (sum, each stratum within its pool, the largest
 * remainder) is not part of the shape: the verifier reports it as its own check, `allocation`.
 */
export const InvitationsCommitment = z
  .looseObject({
    protocol: z.literal(INVITATIONS_PROTOCOL),
    invitations: count(1),
    allocation: z.enum([Allocation.Proportional, Allocation.Set]),
    strata: z.array(Stratum).min(1, 'at least one stratum is required'),
    sources: z.array(Source).min(1, 'at least one randomness source is required'),
  })
  .superRefine((commitment, ctx) => {
    commitment.strata.forEach((stratum, i) => {
      const previous = commitment.strata[i - 1];
      if (previous !== undefined && compareUtf8(previous.name, stratum.name) >= 0)
        ctx.addIssue({
          code: 'custom',
          path: ['strata', i, 'name'],
          message: `strata must be sorted by the UTF-8 bytes of their names, without repeats: ${JSON.stringify(stratum.name)} comes after ${JSON.stringify(previous.name)}`,
        });
    });
    const labels = new Set<string>();
    commitment.sources.forEach((source, i) => {
      if (labels.has(source.label))
        ctx.addIssue({
          code: 'custom',
          path: ['sources', i, 'label'],
          message: `duplicate source label ${JSON.stringify(source.label)}`,
        });
      labels.add(source.label);
      // The sources are those of kleroterion-draw/1: a timelock source is not part of this protocol.
      if (source.timelock !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['sources', i, 'timelock'],
          message: `${INVITATIONS_PROTOCOL} takes committed, beacon and public sources only, not a timelock`,
        });
    });
  });
export type InvitationsCommitment = z.infer<typeof InvitationsCommitment>;
