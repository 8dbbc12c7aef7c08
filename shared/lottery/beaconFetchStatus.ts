// What the server says about the drand rounds it fetches for a process: the shapes the console reads.
// Spec: docs/lottery-spec.md, section 4 "Values" (fetching a beacon changes nothing in the record).

import { z } from 'zod';

/** Why one relay's answer was not used; the console words each one. */
export const RelayProblem = {
  /** No answer within the per-relay timeout. */
  Timeout: 'timeout',
  /** Connection refused, DNS failure, reset: the relay cannot be reached. */
  Unreachable: 'unreachable',
  /** 404 or 425: the relay does not have this round yet. */
  NotYet: 'not-yet',
  /** Another HTTP status. */
  HttpStatus: 'http-status',
  /** Not JSON, or JSON of the wrong shape. */
  Malformed: 'malformed',
  /** A valid-looking answer for another round. */
  WrongRound: 'wrong-round',
  /** The signature does not verify against the quicknet public key. */
  BadSignature: 'bad-signature',
  /** The round was fetched but the server could not record it (the detail says why). */
  Refused: 'refused',
} as const;
export type RelayProblem = (typeof RelayProblem)[keyof typeof RelayProblem];

export const FetchPhase = {
  /** Before the round's time (from genesis and period, on the server's clock). */
  Waiting: 'waiting',
  /** The round's time has come: asking the relays (or they do not have it yet). */
  Fetching: 'fetching',
  /** Fetched and checked; for a draw's source, recorded in the log. */
  Fetched: 'fetched',
  /** The last attempt failed for a reason other than "not yet"; another follows after a backoff. */
  Failed: 'failed',
} as const;
export type FetchPhase = (typeof FetchPhase)[keyof typeof FetchPhase];

export const RelayFailure = z.object({
  /** The relay's host (never a full URL, which could carry credentials). */
  relay: z.string(),
  problem: z.enum(Object.values(RelayProblem) as [RelayProblem, ...RelayProblem[]]),
  /** A short technical detail, e.g. "HTTP 503" or the round served. */
  detail: z.string().optional(),
});
export type RelayFailure = z.infer<typeof RelayFailure>;

/** One beacon a process awaits, or has just been given. */
export const BeaconFetchStatus = z.object({
  /** A draw's source (recorded on fetch) or the tie lottery's beacon (drawn with the organiser's secret). */
  kind: z.enum(['draw', 'tie']),
  /** Index of the source in its commitment. */
  source: z.number().int().min(0),
  round: z.number().int().min(1),
  /** When the round is produced. */
  dueAt: z.string(),
  phase: z.enum(Object.values(FetchPhase) as [FetchPhase, ...FetchPhase[]]),
  attempts: z.number().int().min(0),
  /** Each relay's reason, after an attempt that failed. */
  failures: z.array(RelayFailure),
  /** When the next attempt is planned (after a failure). */
  nextAttemptAt: z.string().optional(),
  signature: z.string().optional(),
  randomness: z.string().optional(),
});
export type BeaconFetchStatus = z.infer<typeof BeaconFetchStatus>;

export const BeaconFetchAnswer = z.object({
  /** False when the server does not fetch (KLEROTERION_DRAND_FETCH=off): the console offers pasting only. */
  enabled: z.boolean(),
  /** The server's clock, so that the console counts down on the server's time. */
  now: z.string(),
  beacons: z.array(BeaconFetchStatus),
});
export type BeaconFetchAnswer = z.infer<typeof BeaconFetchAnswer>;
