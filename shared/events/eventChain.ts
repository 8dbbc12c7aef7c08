// The hash-chained, append-only event log that is the source of truth for every jury process.
// Spec: docs/event-log.md, section "Chain" (hash = SHA-256(JCS({seq, type, at, payload, prevHash}))).

import { z } from 'zod';
import { sha256HexOfText } from '../crypto/hash';
import { canonicalize } from '../crypto/jcs';

/** prevHash of the first event of a chain. */
export const GENESIS_HASH = '0'.repeat(64);

const hex32 = z.string().regex(/^[0-9a-f]{64}$/);

export const ChainedEvent = z.strictObject({
  seq: z.number().int().min(1),
  type: z.string().min(1),
  /** RFC 3339 UTC instant at which the server committed the event. */
  at: z.iso.datetime(),
  payload: z.unknown(),
  prevHash: hex32,
  hash: hex32,
});
export type ChainedEvent = z.infer<typeof ChainedEvent>;

/** The fields the hash covers, i.e. everything but the hash itself. */
export type UnhashedEvent = Omit<ChainedEvent, 'hash'>;

/** SHA-256 over the JCS form of {seq, type, at, payload, prevHash}. */
export function hashEvent(event: UnhashedEvent): string {
  return sha256HexOfText(
    canonicalize({
      seq: event.seq,
      type: event.type,
      at: event.at,
      payload: event.payload,
      prevHash: event.prevHash,
    }),
  );
}

/** Links a new event after `previous` (or at the start of the chain). */
export function chainEvent(
  previous: ChainedEvent | undefined,
  type: string,
  at: string,
  payload: unknown,
): ChainedEvent {
  const unhashed: UnhashedEvent = {
    seq: previous === undefined ? 1 : previous.seq + 1,
    type,
    at,
    payload,
    prevHash: previous?.hash ?? GENESIS_HASH,
  };
  return { ...unhashed, hash: hashEvent(unhashed) };
}

export type ChainVerdict =
  { ok: true; length: number; head: string } | { ok: false; seq: number; problem: string };

/** Checks sequence numbers, links, hashes and time order of a whole chain. Never throws. */
export function verifyChain(events: readonly unknown[]): ChainVerdict {
  let previous: ChainedEvent | undefined;
  for (let i = 0; i < events.length; i++) {
    const parsed = ChainedEvent.safeParse(events[i]);
    if (!parsed.success) return { ok: false, seq: i + 1, problem: `event ${i + 1} is malformed` };
    const event = parsed.data;
    if (event.seq !== i + 1)
      return { ok: false, seq: i + 1, problem: `event ${i + 1} has seq ${event.seq}` };
    const expectedPrev = previous?.hash ?? GENESIS_HASH;
    if (event.prevHash !== expectedPrev)
      return {
        ok: false,
        seq: event.seq,
        problem: `event ${event.seq} does not link to the previous hash`,
      };
    if (hashEvent(event) !== event.hash)
      return {
        ok: false,
        seq: event.seq,
        problem: `event ${event.seq} hash does not match its content`,
      };
    if (previous !== undefined && Date.parse(event.at) < Date.parse(previous.at)) {
      return {
        ok: false,
        seq: event.seq,
        problem: `event ${event.seq} is dated before event ${previous.seq}`,
      };
    }
    previous = event;
  }
  return { ok: true, length: events.length, head: previous?.hash ?? GENESIS_HASH };
}
