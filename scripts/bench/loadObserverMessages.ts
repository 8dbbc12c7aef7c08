// The IPC messages between `bench:load` and its observers child (scripts/bench/loadObserversMain.ts),
// checked with zod on arrival.

import { z } from 'zod';
import { LoopDelaySchema } from './loopDelay';

export const LatencySummarySchema = z.strictObject({
  count: z.number(),
  p50: z.number(),
  p95: z.number(),
  p99: z.number(),
  max: z.number(),
});

export const ToObservers = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('emitted'), event: z.string(), at: z.number() }),
  /** Start counting from zero (sent while nothing is being broadcast). */
  z.strictObject({ kind: z.literal('reset') }),
  z.strictObject({ kind: z.literal('report'), scope: z.enum(['interval', 'total']) }),
  /** Did every observer receive exactly these broadcasts, and the log up to `lastSeq`? */
  z.strictObject({
    kind: z.literal('check'),
    broadcasts: z.record(z.string(), z.number().int()),
    lastSeq: z.number().int(),
  }),
  z.strictObject({ kind: z.literal('close') }),
]);
export type ToObservers = z.infer<typeof ToObservers>;

export const FromObservers = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('connected'), socketIds: z.array(z.string()) }),
  z.strictObject({ kind: z.literal('reset') }),
  z.strictObject({
    kind: z.literal('report'),
    /** Delivery latency (server emit to arrival) by event name. */
    delivery: z.record(z.string(), LatencySummarySchema),
    errors: z.record(z.string(), z.number().int()),
    received: z.number().int(),
    loopDelay: LoopDelaySchema,
  }),
  z.strictObject({
    kind: z.literal('check'),
    complete: z.number().int(),
    observers: z.number().int(),
    /** Arrivals that matched no broadcast the server reported. */
    unmatched: z.number().int(),
  }),
]);
export type FromObservers = z.infer<typeof FromObservers>;
