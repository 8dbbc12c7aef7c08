// Fuzzing helper: hostile socket.io messages generated from the client→server contract (every event of
// shared/protocol.ts, via the access table), as symbolic values resolved against the fuzz world.

import fc from 'fast-check';
import { MAJORITY_GRADES } from '../../../shared/scoring/gradingScale';
import { DEFAULT_CRITERIA } from '../../../shared/process/processEvents';
import { CALLERS, Outcome, SOCKET_ACCESS, type Caller } from '../contract/accessTable';
import { deepJsonText, hostileValue, pollutingObject } from './hostileValues';

export const SOCKET_CATEGORIES = [
  'out-of-role',
  'malformed-payload',
  'prototype-pollution',
  'other-seat',
  'deep-payload',
  'oversized-payload',
  'unknown-event',
  'no-ack',
  'foreign-token',
] as const;
export type SocketCategory = (typeof SOCKET_CATEGORIES)[number];
export type SocketEvent = keyof typeof SOCKET_ACCESS;

export interface SocketInput {
  kind: 'socket';
  category: SocketCategory;
  caller: Caller;
  event: SocketEvent | 'unknown';
  /** 'plausible': what an honest client sends (see plausiblePayload); otherwise the value itself. */
  payload: { plausible: true } | { plausible: false; value: unknown };
  /** For "other-seat": which seat (not the caller's) the message targets. */
  seat: number;
  withAck: boolean;
}

const EVENTS = Object.keys(SOCKET_ACCESS) as SocketEvent[];

const FIELD_NAMES = [
  'processId',
  'token',
  'scale',
  'secondRound',
  'rule',
  'dossierId',
  'phase',
  'seconds',
  'seat',
  'displayName',
  'ballot',
] as const;

/** The payload an honest client sends for `event`, in the world whose ids are given. */
export function plausiblePayload(
  event: SocketEvent,
  world: { processId: string; token: string | undefined },
): unknown {
  switch (event) {
    case 'room:join':
      return world.token === undefined
        ? { processId: world.processId }
        : { processId: world.processId, token: world.token };
    case 'room:open':
      return { scale: { kind: 'majority-7' }, secondRound: false };
    case 'agenda:move':
    case 'conflict:declare':
    case 'conflict:withdraw':
      return { dossierId: 'AIC-2026-002' };
    case 'phase:start':
      return { phase: 'discussion' };
    case 'timer:start':
      return { seconds: 60 };
    case 'juror:name':
      return { displayName: 'Camille' };
    case 'hand:raise':
    case 'hand:lower':
      return {};
    case 'score:submit':
      return { ballot: ballotFor('AIC-2026-001') };
    case 'process:watch':
    case 'process:unwatch':
      return { processId: world.processId };
    case 'floor:give':
      return { seat: 1 };
    case 'timer:extend':
      return { seconds: 60 };
    case 'floor:release':
    case 'timer:pause':
    case 'timer:resume':
    case 'clock:sync':
    case 'projector:open':
    case 'projector:revoke':
      return {};
  }
}

export function ballotFor(dossierId: string): unknown {
  return {
    dossierId,
    round: 1,
    grades: Object.fromEntries(DEFAULT_CRITERIA.map((c) => [c.id, MAJORITY_GRADES[4]!])),
    nonce: '0123456789abcdef0123456789abcdef',
  };
}

export const socketInput = (): fc.Arbitrary<SocketInput> =>
  fc
    .record({
      category: fc.constantFrom(...SOCKET_CATEGORIES),
      event: fc.constantFrom(...EVENTS),
      caller: fc.constantFrom(...CALLERS),
      value: hostileValue(FIELD_NAMES),
      pollution: pollutingObject(FIELD_NAMES),
      depth: fc.integer({ min: 500, max: 20_000 }),
      seat: fc.integer({ min: 1, max: 5 }),
      pick: fc.nat(),
    })
    .map((g): SocketInput => {
      const base: SocketInput = {
        kind: 'socket',
        category: g.category,
        caller: g.caller,
        event: g.event,
        payload: { plausible: true },
        seat: g.seat,
        withAck: true,
      };
      switch (g.category) {
        case 'out-of-role': {
          const refused = CALLERS.filter((c) => SOCKET_ACCESS[g.event][c] !== Outcome.Allow);
          // An event nobody is refused (clock:sync, process:watch) has no out-of-role caller: send it a
          // hostile payload instead, which may happen to be valid (clock:sync takes `{}`).
          return refused.length === 0
            ? {
                ...base,
                category: 'malformed-payload',
                payload: { plausible: false, value: g.value },
              }
            : { ...base, caller: refused[g.pick % refused.length]! };
        }
        case 'malformed-payload':
          return { ...base, payload: { plausible: false, value: g.value } };
        case 'prototype-pollution':
          return { ...base, payload: { plausible: false, value: g.pollution } };
        case 'deep-payload':
          return {
            ...base,
            payload: {
              plausible: false,
              value: JSON.parse(deepJsonText(g.depth % 2000, g.pick % 2 === 0)),
            },
          };
        case 'oversized-payload':
          return { ...base, payload: { plausible: false, value: { blob: 'x'.repeat(70 * 1024) } } };
        case 'unknown-event':
          return { ...base, event: 'unknown', payload: { plausible: false, value: g.value } };
        case 'no-ack':
          return { ...base, withAck: false, payload: { plausible: false, value: g.value } };
        case 'other-seat': {
          // A seated juror acting for another seat, or on the dossier it is conflicted on.
          const caller = g.pick % 2 === 0 ? 'juror' : 'conflictedJuror';
          const own = caller === 'juror' ? 1 : 2;
          const seat = g.seat === own ? (own % 5) + 1 : g.seat;
          const variants: SocketInput[] = [
            {
              ...base,
              caller,
              event: 'hand:lower',
              payload: { plausible: false, value: { seat } },
              seat,
            },
            { ...base, caller: 'conflictedJuror', event: 'score:submit', seat: 2 },
            {
              ...base,
              caller,
              event: 'score:submit',
              payload: { plausible: false, value: { ballot: ballotFor('AIC-2026-002') } },
            },
            {
              ...base,
              caller,
              event: 'score:submit',
              payload: { plausible: false, value: { ballot: ballotFor('AIC-2026-001'), seat } },
              seat,
            },
          ];
          return variants[g.pick % variants.length]!;
        }
        case 'foreign-token':
          // Joining the main room with a token that is no seat there (or a made-up one).
          return {
            ...base,
            caller: (['otherJuror', 'applicant', 'reviewer'] as const)[g.pick % 3]!,
            event: 'room:join',
          };
      }
    });
