// What the public log shows of one event: the event itself, or, while a confidential deliberation is
// under way, only its place and hash (its contents are released when the results are published).
// Spec: docs/event-log.md, section "Withheld entries and checkpoints".

import { z } from 'zod';
import { ChainedEvent } from './eventChain';

const hex32 = z.string().regex(/^[0-9a-f]{64}$/);

/** An event held back from the public: its seq and hash (the chain's head at that point), nothing else. */
export const WithheldEntry = z.strictObject({
  seq: z.number().int().min(1),
  hash: hex32,
  withheld: z.literal(true),
});
export type WithheldEntry = z.infer<typeof WithheldEntry>;

export const PublicLogEntry = z.union([ChainedEvent, WithheldEntry]);
export type PublicLogEntry = ChainedEvent | WithheldEntry;

export const isWithheld = (entry: PublicLogEntry): entry is WithheldEntry =>
  'withheld' in entry && entry.withheld === true;

/** A head shown publicly while events were withheld: the chain published later must pass through it. */
export const Checkpoint = z.strictObject({
  seq: z.number().int().min(1),
  hash: hex32,
  /** RFC 3339 UTC instant at which the server first showed this head. */
  at: z.iso.datetime(),
});
export type Checkpoint = z.infer<typeof Checkpoint>;
