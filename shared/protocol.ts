// The Socket.IO contract between server and browsers: the only place event names are written.
// Spec: docs/event-log.md, section "Live updates". Acks answer { ok: true, data } or { ok: false, error }.

import { z } from 'zod';
import type { PublicLogEntry } from './events/publicLogEntry';
import type { ErrorCode } from './errors';
import { ConflictCategory } from './deliberation/conflictCategory';
import { GradingScale } from './scoring/gradingScale';
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
  /** The projector link's token (the facilitator opened it): the room's shared screen. */
  projectorToken: z
    .string()
    .regex(/^[A-Za-z0-9_-]{22,64}$/)
    .optional(),
});
export const RoomOpen = z.strictObject({
  scale: GradingScale,
  secondRound: z.boolean(),
  rule: RuleChoices.optional(),
  /** Reveals stay inside the jury until publication; absent means confidential (the default). */
  confidential: z.boolean().optional(),
});
export const ProjectorOpen = z.strictObject({});
export const ProjectorRevoke = z.strictObject({});
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
/** The facilitator gives the floor to a seat (lowering its hand), or takes back the floor. */
export const FloorGive = z.strictObject({ seat: z.number().int().min(1).max(1000) });
export const FloorRelease = z.strictObject({});
export const TimerPause = z.strictObject({});
export const TimerResume = z.strictObject({});
export const TimerExtend = z.strictObject({ seconds: z.number().int().min(10).max(3600) });
/** A clock sample: the ack carries the server's time (ms since 1970) so the client can measure its offset. */
export const ClockSync = z.strictObject({});

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
  'floor:give': (payload: z.infer<typeof FloorGive>, ack: Ack<RoomView>) => void;
  'floor:release': (payload: z.infer<typeof FloorRelease>, ack: Ack<RoomView>) => void;
  'timer:pause': (payload: z.infer<typeof TimerPause>, ack: Ack<RoomView>) => void;
  'timer:resume': (payload: z.infer<typeof TimerResume>, ack: Ack<RoomView>) => void;
  'timer:extend': (payload: z.infer<typeof TimerExtend>, ack: Ack<RoomView>) => void;
  /** Anyone: the server's clock, for timers shown on server time (docs/deliberation.md, "The floor, the timer…"). */
  'clock:sync': (payload: z.infer<typeof ClockSync>, ack: Ack<{ serverTime: number }>) => void;
  /** A juror withdraws their conflict declaration on a dossier, until its scoring begins. */
  'conflict:withdraw': (payload: z.infer<typeof ConflictWithdraw>, ack: Ack<RoomView>) => void;
  /** Facilitator: a new projector link (any earlier one stops working); the token is shown once. */
  'projector:open': (payload: z.infer<typeof ProjectorOpen>, ack: Ack<{ token: string }>) => void;
  /** Facilitator: the projector link stops working and any open projector screen is disconnected. */
  'projector:revoke': (payload: z.infer<typeof ProjectorRevoke>, ack: Ack<null>) => void;
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
  /**
   * New events, sent only after they are durable. While a confidential deliberation is in progress its
   * events come withheld ({seq, hash, withheld}); at publication every withheld event is sent in full.
   */
  'process:events': (payload: { processId: string; events: PublicLogEntry[] }) => void;
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
