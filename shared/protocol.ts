// The Socket.IO contract between server and browsers: the only place event names are written.
// Spec: docs/event-log.md, section "Live updates". Acks answer { ok: true, data } or { ok: false, error }.

import { z } from 'zod';
import type { ChainedEvent } from './events/eventChain';
import type { ErrorCode } from './errors';
import { ConflictCategory } from './deliberation/conflictCategory';
import { GradingScale } from './deliberation/gradingScale';
import { PHASES } from './deliberation/roomEvents';
import { RuleChoices } from './scoring/rule';
import type { RoomRole, RoomView } from './deliberation/roomView';

export const PROTOCOL_VERSION = 1;

export const ProcessWatch = z.strictObject({ processId: z.string().regex(/^[0-9a-f]{16}$/) });
export type ProcessWatch = z.infer<typeof ProcessWatch>;

export type Ack<T> = (
  answer: { ok: true; data: T } | { ok: false; error: { code: ErrorCode; message: string } },
) => void;

export const RoomJoin = z.strictObject({
  processId: z.string().regex(/^[0-9a-f]{16}$/),
  token: z.string().min(10).max(100).optional(),
});
export const RoomOpen = z.strictObject({
  scale: GradingScale,
  secondRound: z.boolean(),
  rule: RuleChoices.optional(),
});
export const AgendaMove = z.strictObject({ dossierId: z.string().min(1).max(40) });
export const PhaseStart = z.strictObject({ phase: z.enum(PHASES) });
/** The category is private (facilitator only); absent from older clients. */
export const ConflictDeclare = z.strictObject({
  dossierId: z.string().min(1).max(40),
  category: ConflictCategory.optional(),
});
export const ConflictWithdraw = z.strictObject({ dossierId: z.string().min(1).max(40) });
/** The ballot itself is checked against the room's scale and criteria by the server. */
export const TimerStart = z.strictObject({
  seconds: z
    .number()
    .int()
    .min(10)
    .max(4 * 3600),
});
export const HandRaise = z.strictObject({});
/** A juror lowers their own hand (no seat); the facilitator gives the floor by lowering a seat's hand. */
export const HandLower = z.strictObject({ seat: z.number().int().min(1).max(1000).optional() });
// Letters, digits, spaces and light punctuation; no control characters, no markup.
export const JurorName = z.strictObject({
  displayName: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .regex(/^[\p{L}\p{N} .'’-]+$/u, 'letters, digits, spaces, hyphens and apostrophes only'),
});
export const ScoreSubmit = z.strictObject({ ballot: z.unknown() });

export interface ClientToServerEvents {
  /**
   * Enter a process's room: with an accepted juror's invitation token, as its facilitator (session), with
   * the juror session cookie of this process (sent with the handshake), or as an observer.
   */
  'room:join': (payload: z.infer<typeof RoomJoin>, ack: Ack<RoomView>) => void;
  'room:open': (payload: z.infer<typeof RoomOpen>, ack: Ack<RoomView>) => void;
  'agenda:move': (payload: z.infer<typeof AgendaMove>, ack: Ack<RoomView>) => void;
  'phase:start': (payload: z.infer<typeof PhaseStart>, ack: Ack<RoomView>) => void;
  'conflict:declare': (payload: z.infer<typeof ConflictDeclare>, ack: Ack<RoomView>) => void;
  /** A juror's display name in the room (private: never in the public log). */
  'juror:name': (payload: z.infer<typeof JurorName>, ack: Ack<RoomView>) => void;
  'timer:start': (payload: z.infer<typeof TimerStart>, ack: Ack<RoomView>) => void;
  'hand:raise': (payload: z.infer<typeof HandRaise>, ack: Ack<RoomView>) => void;
  'hand:lower': (payload: z.infer<typeof HandLower>, ack: Ack<RoomView>) => void;
  /** Idempotent per (seat, dossier, round): the latest ballot counts; the ack returns its seal. */
  'score:submit': (payload: z.infer<typeof ScoreSubmit>, ack: Ack<{ seal: string }>) => void;
  /** Follow a process's public log; the ack gives the current head so the client can catch up. */
  'process:watch': (payload: ProcessWatch, ack: Ack<{ lastSeq: number; head: string }>) => void;
  'process:unwatch': (payload: ProcessWatch, ack: Ack<null>) => void;
  /** A juror withdraws their conflict declaration on a dossier, until its scoring begins. */
  'conflict:withdraw': (payload: z.infer<typeof ConflictWithdraw>, ack: Ack<RoomView>) => void;
}

export interface ServerToClientEvents {
  /** The authoritative room as this participant may see it, after every change and on (re)connection. */
  'room:view': (view: RoomView) => void;
  /** After ballots that change it: how many eligible jurors have scored the current dossier, never what. */
  'room:progress': (progress: {
    dossierId: string;
    round: number;
    submitted: number;
    eligible: number;
  }) => void;
  /** New events, sent only after they are durable. */
  'process:events': (payload: { processId: string; events: ChainedEvent[] }) => void;
}

export interface InterServerEvents {
  ping: () => void;
}

export interface SocketData {
  protocolVersion: number;
  /** Set by room:join. */
  room?: { processId: string; role: RoomRole };
}

export const processRoom = (processId: string): string => `process:${processId}`;

export const roomChannel = (processId: string): string => `room:${processId}`;
