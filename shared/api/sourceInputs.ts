// The request bodies' parts that declare and reveal a draw's sources, one definition for the jury's draw
// (ceremony group) and stage one's (registration group): a witness committed by the SHA-256 of their
// secret, the drand round (or the delay that chooses it), and a revealed value or round signature.

import { z } from 'zod';

/** A witness's name as the commitment writes it: one line, without "=". */
export const WitnessLabel = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .regex(/^[^=\n]+$/);

/** A witness committed by the SHA-256 of the secret they will reveal. */
export const HashedWitness = z.strictObject({
  label: WitnessLabel,
  commitment: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'the SHA-256 of the secret, 64 lowercase hex digits'),
  optional: z.boolean(),
});

/** The drand round the seed waits for, or the delay after the commitment that chooses it. */
export const DrandChoice = {
  drandRound: z.number().int().min(1).optional(),
  drandDelaySeconds: z
    .number()
    .int()
    .min(0)
    .max(30 * 24 * 3600)
    .optional(),
};

/** One source's value revealed: a secret's value, or a drand round's signature pasted. */
export const RevealedValue = z.strictObject({
  source: z.number().int().min(0),
  value: z.string().max(10_000),
});
export const RevealedSignature = z.strictObject({
  source: z.number().int().min(0),
  signature: z.string().max(200),
});
