// The IPC messages between `bench:load` and its server child (scripts/bench/loadServer.ts), checked with
// zod on arrival: the child's answers cross a process boundary.

import { z } from 'zod';
import { LatencySummarySchema } from './loadObserverMessages';
import { LoopDelaySchema } from './loopDelay';

export const ToLoadServer = z.discriminatedUnion('kind', [
  /** These sockets are the observers: from now on, report every broadcast that reaches their rooms. */
  z.strictObject({ kind: z.literal('observe'), socketIds: z.array(z.string()) }),
  z.strictObject({ kind: z.literal('counts') }),
  /** The server's own figures, since the start or since the last interval. */
  z.strictObject({ kind: z.literal('stats'), scope: z.enum(['interval', 'total']) }),
  z.strictObject({ kind: z.literal('stop') }),
]);
export type ToLoadServer = z.infer<typeof ToLoadServer>;

export const FromLoadServer = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('ready'),
    url: z.string(),
    processId: z.string(),
    cookie: z.string(),
    tokens: z.array(z.string()),
    dossierIds: z.array(z.string()),
    hasClient: z.boolean(),
    dataDir: z.string(),
  }),
  z.strictObject({
    kind: z.literal('observing'),
    rooms: z.array(z.string()),
    /** Observers whose rooms differ from the first observer's (each should be in the same rooms). */
    outliers: z.number().int(),
  }),
  /** A broadcast to the observers' rooms left the server at `at` (ms since the epoch, sub-ms precision). */
  z.strictObject({ kind: z.literal('emitted'), event: z.string(), at: z.number() }),
  z.strictObject({
    kind: z.literal('counts'),
    /** Broadcasts sent to the observers' rooms since `observe`, by event name. */
    broadcasts: z.record(z.string(), z.number().int()),
    lastSeq: z.number().int(),
  }),
  z.strictObject({
    kind: z.literal('stats'),
    /** How long one broadcast to the observers' rooms keeps the server busy (all its socket writes). */
    broadcastMs: LatencySummarySchema,
    heapUsedMb: z.number(),
    loopDelay: LoopDelaySchema,
  }),
]);
export type FromLoadServer = z.infer<typeof FromLoadServer>;
