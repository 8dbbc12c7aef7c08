// The state of the deliberation room, folded from the room events of a process's chain.
// Spec: docs/deliberation.md, sections "Room events" and "Sealed ballots".

import type { ChainedEvent } from '../events/eventChain';
import type { Criterion } from '../scoring/criterion';
import type { BallotContent } from './ballot';
import { checkRevealedBallots } from './ballot';
import type { Dossier } from '../dossier/dossier';
import { ABSTAIN, gradesOf, type GradingScale } from '../scoring/gradingScale';
import type { AggregationRule } from '../scoring/rule';
import { ruleProblems } from '../scoring/rule';
import type { ROOM_EVENT_SCHEMAS } from './roomEvents';
import { RoomEventType, type Phase } from './roomEvents';
import type { z } from 'zod';

export type RoomEvent = z.infer<(typeof ROOM_EVENT_SCHEMAS)[number]>;

export interface ClosedScoring {
  dossierId: string;
  round: number;
  seals: string[];
  eligible: number;
  conflictedSeats: number[];
  seatLinks?: string;
}

export interface RoomState {
  scale: GradingScale;
  criteria: Criterion[];
  secondRound: boolean;
  rule: AggregationRule;
  /** Reveals stay inside the jury until publication; absent (older logs) means public. */
  confidential?: boolean;
  dossierIds: string[];
  seated: number[];
  /** seat → dossier ids it declared a conflict on. */
  conflicts: Record<string, string[]>;
  current: { dossierId: string; phase: Phase | undefined; round: number } | undefined;
  closed: ClosedScoring[];
  /** The discussion timer of the current dossier: when it ends (RFC 3339), and its length. */
  timer: RoomTimer | undefined;
  /** Seats waiting for the floor, in the order they raised their hand. */
  hands: number[];
  /** The seat that has the floor, and since when (the `at` of its `floor.given`). */
  floor: { seat: number; since: string } | undefined;
  revealed: { dossierId: string; round: number; ballots: BallotContent[] }[];
}

/**
 * A discussion timer, on the server's clock: `endsAt` while it runs; while it is paused, `pausedRemainingMs`
 * holds what was left when it was paused (and `endsAt` is stale). `seconds` counts the extensions too.
 */
export interface RoomTimer {
  endsAt: string;
  seconds: number;
  pausedRemainingMs?: number;
}

/** Milliseconds left on a timer at `nowMs` (server time), never negative. */
export const timerRemainingMs = (timer: RoomTimer, nowMs: number): number =>
  timer.pausedRemainingMs ?? Math.max(0, Date.parse(timer.endsAt) - nowMs);

export class InvalidRoomEventError extends Error {
  override readonly name = 'InvalidRoomEventError';
}

const fail = (chained: ChainedEvent, why: string): never => {
  throw new InvalidRoomEventError(`event ${chained.seq} (${chained.type}): ${why}`);
};

export const hasConflict = (room: RoomState, seat: number, dossierId: string): boolean =>
  room.conflicts[String(seat)]?.includes(dossierId) === true;

/** Whether scoring has ever started for this dossier (conflicts must be declared before). */
export const scoringStarted = (room: RoomState, dossierId: string): boolean =>
  room.closed.some((entry) => entry.dossierId === dossierId) ||
  (room.current?.dossierId === dossierId &&
    room.current.phase !== undefined &&
    room.current.phase !== 'presentation' &&
    room.current.phase !== 'discussion');

/** The phase that may follow the current one (undefined: none). Round 2 restarts at discussion. */
export function allowedNextPhases(
  room: Pick<RoomState, 'current' | 'secondRound'>,
): { phase: Phase; round: number }[] {
  const current = room.current;
  if (current === undefined) return [];
  switch (current.phase) {
    case undefined:
      return [{ phase: 'presentation', round: 1 }];
    case 'presentation':
      return [
        { phase: 'discussion', round: current.round },
        { phase: 'scoring', round: current.round },
      ];
    case 'discussion':
      return [{ phase: 'scoring', round: current.round }];
    case 'scoring':
      return [{ phase: 'reveal', round: current.round }];
    case 'reveal':
      return room.secondRound && current.round === 1 ? [{ phase: 'discussion', round: 2 }] : [];
  }
}

/** The current dossier's timer, during its discussion (pause, resume and extend act on it). */
function runningTimer(room: RoomState, dossierId: string, chained: ChainedEvent): RoomTimer {
  if (room.current?.dossierId !== dossierId || room.current.phase !== 'discussion')
    fail(chained, 'the timer runs during discussion');
  if (room.timer === undefined) return fail(chained, 'no timer was started');
  return room.timer;
}

/**
 * Opens the room (from `deliberation.opened`) or applies one room event to it. Pure.
 * @throws {InvalidRoomEventError} when the event does not fit the room's state.
 */
export function applyRoomEvent(
  room: RoomState | undefined,
  event: RoomEvent,
  chained: ChainedEvent,
  dossiers: readonly Dossier[],
): RoomState {
  if (event.type === RoomEventType.Opened) {
    if (room !== undefined) fail(chained, 'the room is already open');
    if (dossiers.length === 0) fail(chained, 'no dossiers to deliberate on');
    const problems = ruleProblems(
      event.payload.rule,
      event.payload.scale,
      event.payload.criteria.map((c) => c.id),
    );
    if (problems.length > 0) fail(chained, `the rule is unsound: ${problems.join('; ')}`);
    return {
      ...event.payload,
      dossierIds: dossiers.map((d) => d.id),
      seated: [],
      conflicts: {},
      current: undefined,
      closed: [],
      revealed: [],
      timer: undefined,
      hands: [],
      floor: undefined,
    };
  }
  if (room === undefined) return fail(chained, 'the room is not open');
  switch (event.type) {
    case RoomEventType.Seated:
      if (room.seated.includes(event.payload.seat)) fail(chained, 'seat already seated');
      return { ...room, seated: [...room.seated, event.payload.seat].sort((a, b) => a - b) };
    case RoomEventType.ConflictDeclared: {
      const { seat, dossierId } = event.payload;
      if (!room.dossierIds.includes(dossierId)) fail(chained, `no dossier ${dossierId}`);
      if (hasConflict(room, seat, dossierId)) fail(chained, 'conflict already declared');
      if (scoringStarted(room, dossierId))
        fail(chained, 'conflicts must be declared before scoring starts');
      return {
        ...room,
        conflicts: {
          ...room.conflicts,
          [String(seat)]: [...(room.conflicts[String(seat)] ?? []), dossierId],
        },
      };
    }
    case RoomEventType.AgendaMoved:
      if (!room.dossierIds.includes(event.payload.dossierId))
        fail(chained, `no dossier ${event.payload.dossierId}`);
      // Invariant: scoring is never left open while the room moves on.
      if (room.current?.phase === 'scoring') fail(chained, 'close scoring before moving on');
      return {
        ...room,
        current: { dossierId: event.payload.dossierId, phase: undefined, round: 1 },
        timer: undefined,
        hands: [],
        floor: undefined,
      };
    case RoomEventType.PhaseStarted: {
      const { dossierId, phase, round } = event.payload;
      if (room.current?.dossierId !== dossierId) fail(chained, 'not the current dossier');
      const allowed = allowedNextPhases(room).some(
        (next) => next.phase === phase && next.round === round,
      );
      if (!allowed)
        fail(
          chained,
          `phase ${phase} (round ${round}) cannot follow ${room.current?.phase ?? 'nothing'}`,
        );
      if (
        phase === 'reveal' &&
        !room.closed.some((entry) => entry.dossierId === dossierId && entry.round === round)
      )
        fail(chained, 'scoring was not closed');
      // A new phase stops the timer and ends the floor; the queue of raised hands only lives through
      // discussion.
      return {
        ...room,
        current: { dossierId, phase, round },
        timer: undefined,
        hands: phase === 'discussion' ? room.hands : [],
        floor: undefined,
      };
    }
    case RoomEventType.ScoringClosed: {
      const { dossierId, round } = event.payload;
      if (
        room.current?.dossierId !== dossierId ||
        room.current.phase !== 'scoring' ||
        room.current.round !== round
      )
        fail(chained, 'scoring is not open for this dossier and round');
      // The counts the log states must be those the log implies: seated seats without a conflict.
      const conflicted = room.seated.filter((seat) => hasConflict(room, seat, dossierId));
      const eligible = room.seated.length - conflicted.length;
      if (event.payload.eligible !== eligible)
        fail(
          chained,
          `${eligible} seated jurors without a conflict, not ${event.payload.eligible}`,
        );
      if ([...event.payload.conflictedSeats].sort((a, b) => a - b).join() !== conflicted.join())
        fail(chained, `the conflicted seats are ${conflicted.join(', ') || 'none'}`);
      if (event.payload.seals.length > event.payload.eligible)
        fail(chained, 'more seals than eligible jurors');
      // Seat links are committed exactly when the rule publishes them (older logs: never).
      if (event.payload.seatLinks !== undefined && room.rule.publishSeatGrades !== true)
        fail(chained, 'seat links committed although the rule keeps ballots unlinked');
      return { ...room, closed: [...room.closed, event.payload] };
    }
    case RoomEventType.BallotsRevealed: {
      const { dossierId, round, ballots } = event.payload;
      const closed = room.closed.find(
        (entry) => entry.dossierId === dossierId && entry.round === round,
      );
      if (closed === undefined) return fail(chained, 'scoring was not closed');
      if (room.revealed.some((entry) => entry.dossierId === dossierId && entry.round === round))
        fail(chained, 'already revealed');
      // Every revealed ballot is one of this dossier and round, grading exactly the room's criteria on
      // its scale (or abstaining).
      const allowed = new Set([ABSTAIN, ...gradesOf(room.scale)]);
      const criteria = room.criteria
        .map((c) => c.id)
        .sort()
        .join();
      ballots.forEach((ballot, i) => {
        if (ballot.dossierId !== dossierId || ballot.round !== round)
          fail(chained, `ballot ${i + 1} is not for ${dossierId}, round ${round}`);
        if (Object.keys(ballot.grades).sort().join() !== criteria)
          fail(chained, `ballot ${i + 1} does not grade exactly the room's criteria`);
        if (Object.values(ballot.grades).some((grade) => !allowed.has(grade)))
          fail(chained, `ballot ${i + 1} has a grade outside the scale`);
      });
      // Invariant: what is revealed is exactly what was sealed.
      const problems = checkRevealedBallots(closed.seals, ballots);
      if (problems.length > 0) fail(chained, problems.join('; '));
      return { ...room, revealed: [...room.revealed, { dossierId, round, ballots }] };
    }
    case RoomEventType.TimerStarted: {
      if (
        room.current?.dossierId !== event.payload.dossierId ||
        room.current.phase !== 'discussion'
      )
        fail(chained, 'the timer runs during discussion');
      const endsAt = new Date(Date.parse(chained.at) + event.payload.seconds * 1000).toISOString();
      return { ...room, timer: { endsAt, seconds: event.payload.seconds } };
    }
    case RoomEventType.HandRaised:
      if (room.current?.phase !== 'discussion') fail(chained, 'hands are raised during discussion');
      if (room.hands.includes(event.payload.seat)) fail(chained, 'hand already raised');
      return { ...room, hands: [...room.hands, event.payload.seat] };
    case RoomEventType.HandLowered:
      if (!room.hands.includes(event.payload.seat)) fail(chained, 'hand not raised');
      return { ...room, hands: room.hands.filter((seat) => seat !== event.payload.seat) };
    case RoomEventType.FloorGiven: {
      const { seat } = event.payload;
      if (room.current?.phase !== 'discussion')
        fail(chained, 'the floor is given during discussion');
      if (!room.seated.includes(seat)) fail(chained, `seat ${seat} is not seated`);
      if (room.floor?.seat === seat) fail(chained, `seat ${seat} already has the floor`);
      // Giving the floor answers the seat's raised hand, and takes it from whoever had it.
      return {
        ...room,
        hands: room.hands.filter((hand) => hand !== seat),
        floor: { seat, since: chained.at },
      };
    }
    case RoomEventType.FloorReleased:
      if (room.floor?.seat !== event.payload.seat)
        fail(chained, `seat ${event.payload.seat} does not have the floor`);
      return { ...room, floor: undefined };
    case RoomEventType.TimerPaused: {
      const timer = runningTimer(room, event.payload.dossierId, chained);
      if (timer.pausedRemainingMs !== undefined) fail(chained, 'the timer is already paused');
      return {
        ...room,
        timer: { ...timer, pausedRemainingMs: timerRemainingMs(timer, Date.parse(chained.at)) },
      };
    }
    case RoomEventType.TimerResumed: {
      const timer = runningTimer(room, event.payload.dossierId, chained);
      if (timer.pausedRemainingMs === undefined) return fail(chained, 'the timer is not paused');
      const endsAt = new Date(Date.parse(chained.at) + timer.pausedRemainingMs).toISOString();
      return { ...room, timer: { endsAt, seconds: timer.seconds } };
    }
    case RoomEventType.TimerExtended: {
      const timer = runningTimer(room, event.payload.dossierId, chained);
      const extra = event.payload.seconds * 1000;
      const seconds = timer.seconds + event.payload.seconds;
      if (timer.pausedRemainingMs !== undefined)
        return {
          ...room,
          timer: { ...timer, seconds, pausedRemainingMs: timer.pausedRemainingMs + extra },
        };
      // A timer that already ran out restarts from now: extending it gives exactly the time added.
      const from = Math.max(Date.parse(timer.endsAt), Date.parse(chained.at));
      return { ...room, timer: { endsAt: new Date(from + extra).toISOString(), seconds } };
    }
    case RoomEventType.ConflictWithdrawn: {
      const { seat, dossierId } = event.payload;
      if (!hasConflict(room, seat, dossierId)) fail(chained, 'no conflict declared to withdraw');
      // Invariant: the eligible jurors of a dossier are fixed once its scoring begins.
      if (scoringStarted(room, dossierId))
        fail(chained, 'conflicts can be withdrawn only before scoring starts');
      const remaining = (room.conflicts[String(seat)] ?? []).filter((id) => id !== dossierId);
      const conflicts = { ...room.conflicts };
      if (remaining.length === 0) delete conflicts[String(seat)];
      else conflicts[String(seat)] = remaining;
      return { ...room, conflicts };
    }
  }
  return room;
}
