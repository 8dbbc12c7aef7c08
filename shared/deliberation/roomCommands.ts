// Pure decisions of the deliberation room: the events a facilitator's or juror's request produces, or a refusal.
// Spec: docs/deliberation.md.

import { ErrorCode, KleroterionError } from '../errors';
import type { Decision } from '../process/processCommands';
import { ProcessStatus, type ProcessState } from '../process/processState';
import { ruleFrom, ruleProblems, type RuleChoices } from '../scoring/rule';
import { sealBallot, type BallotContent } from './ballot';
import type { GradingScale } from '../scoring/gradingScale';
import { RoomEventType, type Phase } from './roomEvents';
import { seatLinksDigest } from './seatLinks';
import { allowedNextPhases, hasConflict, scoringStarted, type RoomState } from './roomState';

const refuse = (message: string): never => {
  throw new KleroterionError(ErrorCode.TransitionRefused, message);
};

export function requireRoom(state: ProcessState): RoomState {
  if (state.room === undefined) return refuse('the deliberation room is not open');
  return state.room;
}

export function decideOpenRoom(
  state: ProcessState,
  scale: GradingScale,
  secondRound: boolean,
  choices: RuleChoices = {},
  /** Recorded only when given: an absent field reads as a public deliberation (older logs). */
  confidential?: boolean,
): Decision {
  if (state.status !== ProcessStatus.Drawn && state.status !== ProcessStatus.Invitations)
    refuse('deliberation opens after the draw');
  if (state.room !== undefined) refuse('the room is already open');
  if (state.dossiers === undefined) refuse('import the dossiers first');
  const criterionIds = state.settings.criteria.map((c) => c.id);
  const rule = ruleFrom(choices, scale, criterionIds, state.settings.shortlistMax);
  const problems = ruleProblems(rule, scale, criterionIds);
  if (problems.length > 0)
    throw new KleroterionError(ErrorCode.ValidationFailed, `rule: ${problems.join('; ')}`, {
      field: 'rule',
    });
  return {
    events: [
      {
        type: RoomEventType.Opened,
        payload: {
          scale,
          criteria: state.settings.criteria,
          secondRound,
          rule,
          ...(confidential === undefined ? {} : { confidential }),
        },
      },
    ],
  };
}

export function decideSeat(state: ProcessState, seat: number): Decision {
  const room = requireRoom(state);
  return {
    events: room.seated.includes(seat) ? [] : [{ type: RoomEventType.Seated, payload: { seat } }],
  };
}

export function decideConflict(state: ProcessState, seat: number, dossierId: string): Decision {
  const room = requireRoom(state);
  if (!room.dossierIds.includes(dossierId))
    throw new KleroterionError(ErrorCode.ValidationFailed, `no dossier ${dossierId}`);
  if (hasConflict(room, seat, dossierId)) return { events: [] };
  if (scoringStarted(room, dossierId))
    refuse('conflicts must be declared before scoring starts on that dossier');
  return { events: [{ type: RoomEventType.ConflictDeclared, payload: { seat, dossierId } }] };
}

/** A juror withdraws their own conflict declaration; refused once scoring of that dossier has begun. */
export function decideWithdrawConflict(
  state: ProcessState,
  seat: number,
  dossierId: string,
): Decision {
  const room = requireRoom(state);
  if (!room.dossierIds.includes(dossierId))
    throw new KleroterionError(ErrorCode.ValidationFailed, `no dossier ${dossierId}`);
  if (!hasConflict(room, seat, dossierId)) return { events: [] };
  if (scoringStarted(room, dossierId))
    refuse('a conflict can be withdrawn only before scoring starts on that dossier');
  return { events: [{ type: RoomEventType.ConflictWithdrawn, payload: { seat, dossierId } }] };
}

export function decideMove(state: ProcessState, dossierId: string): Decision {
  const room = requireRoom(state);
  if (!room.dossierIds.includes(dossierId))
    throw new KleroterionError(ErrorCode.ValidationFailed, `no dossier ${dossierId}`);
  if (room.current?.phase === 'scoring')
    refuse('close scoring (reveal) before moving to another dossier');
  return { events: [{ type: RoomEventType.AgendaMoved, payload: { dossierId } }] };
}

/** Seats allowed to score the current dossier: seated, and without a declared conflict. */
export function eligibleSeats(room: RoomState, dossierId: string): number[] {
  return room.seated.filter((seat) => !hasConflict(room, seat, dossierId));
}

/**
 * Starts the next phase. Starting the reveal closes scoring (publishing the sorted seals) and reveals the
 * ballots (sorted by seal, without seats) in the same decision, so the three events land atomically.
 */
export function decidePhase(
  state: ProcessState,
  phase: Phase,
  ballotsOf: (
    dossierId: string,
    round: number,
    seats: number[],
  ) => readonly { seat: number; ballot: BallotContent }[],
): Decision {
  const room = requireRoom(state);
  const current = room.current;
  if (current === undefined) return refuse('choose a dossier first');
  const next = allowedNextPhases(room).find((candidate) => candidate.phase === phase);
  if (next === undefined)
    return refuse(`phase ${phase} cannot follow ${current.phase ?? 'the start'}`);
  if (phase !== 'reveal')
    return {
      events: [
        {
          type: RoomEventType.PhaseStarted,
          payload: { dossierId: current.dossierId, phase, round: next.round },
        },
      ],
    };
  const seats = eligibleSeats(room, current.dossierId);
  const ballots = ballotsOf(current.dossierId, next.round, seats);
  const sealed = ballots
    .map(({ seat, ballot }) => ({ seat, ballot, seal: sealBallot(ballot) }))
    .sort((a, b) => (a.seal < b.seal ? -1 : a.seal > b.seal ? 1 : 0));
  const conflictedSeats = room.seated.filter((seat) => hasConflict(room, seat, current.dossierId));
  return {
    events: [
      {
        type: RoomEventType.ScoringClosed,
        payload: {
          dossierId: current.dossierId,
          round: next.round,
          seals: sealed.map((entry) => entry.seal),
          eligible: seats.length,
          conflictedSeats,
          ...(room.rule.publishSeatGrades === true
            ? { seatLinks: seatLinksDigest(sealed.map(({ seat, seal }) => ({ seat, seal }))) }
            : {}),
        },
      },
      {
        type: RoomEventType.PhaseStarted,
        payload: { dossierId: current.dossierId, phase: 'reveal', round: next.round },
      },
      {
        type: RoomEventType.BallotsRevealed,
        payload: {
          dossierId: current.dossierId,
          round: next.round,
          ballots: sealed.map((entry) => entry.ballot),
        },
      },
    ],
  };
}

/**
 * Checks that `seat` may submit this ballot now: room open, this dossier and round in scoring, seated,
 * no conflict.
 */
export function assertMayScore(state: ProcessState, seat: number, ballot: BallotContent): void {
  const room = requireRoom(state);
  const current = room.current;
  if (
    current?.phase !== 'scoring' ||
    current.dossierId !== ballot.dossierId ||
    current.round !== ballot.round
  )
    refuse('scoring is not open for this dossier and round');
  if (!room.seated.includes(seat)) refuse('join the room first');
  if (hasConflict(room, seat, ballot.dossierId))
    throw new KleroterionError(
      ErrorCode.Forbidden,
      'you declared a conflict of interest on this dossier',
    );
}

export function decideTimer(state: ProcessState, seconds: number): Decision {
  const room = requireRoom(state);
  if (room.current?.phase !== 'discussion') refuse('the timer runs during discussion');
  return {
    events: [
      {
        type: RoomEventType.TimerStarted,
        payload: { dossierId: room.current!.dossierId, seconds },
      },
    ],
  };
}

/** A juror raises or lowers their own hand; the facilitator lowers any hand (giving the floor). */
export function decideHand(state: ProcessState, seat: number, raised: boolean): Decision {
  const room = requireRoom(state);
  if (raised) {
    if (room.current?.phase !== 'discussion') refuse('hands are raised during discussion');
    return {
      events: room.hands.includes(seat)
        ? []
        : [{ type: RoomEventType.HandRaised, payload: { seat } }],
    };
  }
  return {
    events: room.hands.includes(seat)
      ? [{ type: RoomEventType.HandLowered, payload: { seat } }]
      : [],
  };
}

/**
 * The facilitator gives the floor to a seated seat during discussion (its raised hand is lowered by the
 * same event), or takes it back. Giving it to the seat that has it, or releasing a floor nobody has, is a
 * no-op.
 */
export function decideFloor(state: ProcessState, seat: number, given: boolean): Decision {
  const room = requireRoom(state);
  if (!given)
    return {
      events:
        room.floor?.seat === seat ? [{ type: RoomEventType.FloorReleased, payload: { seat } }] : [],
    };
  if (room.current?.phase !== 'discussion') refuse('the floor is given during discussion');
  if (!room.seated.includes(seat))
    throw new KleroterionError(ErrorCode.ValidationFailed, `seat ${seat} is not in the room`);
  return {
    events:
      room.floor?.seat === seat ? [] : [{ type: RoomEventType.FloorGiven, payload: { seat } }],
  };
}

export const TimerAction = { Pause: 'pause', Resume: 'resume', Extend: 'extend' } as const;
export type TimerAction = (typeof TimerAction)[keyof typeof TimerAction];

/** Pauses, resumes or extends (by `seconds`) the current discussion's timer. Pausing twice is a no-op. */
export function decideTimerChange(state: ProcessState, action: TimerAction, seconds = 0): Decision {
  const room = requireRoom(state);
  const current = room.current;
  if (current?.phase !== 'discussion') return refuse('the timer runs during discussion');
  const timer = room.timer;
  if (timer === undefined) return refuse('start the timer first');
  const dossierId = current.dossierId;
  const isPaused = timer.pausedRemainingMs !== undefined;
  switch (action) {
    case TimerAction.Pause:
      return {
        events: isPaused ? [] : [{ type: RoomEventType.TimerPaused, payload: { dossierId } }],
      };
    case TimerAction.Resume:
      return {
        events: isPaused ? [{ type: RoomEventType.TimerResumed, payload: { dossierId } }] : [],
      };
    case TimerAction.Extend:
      return { events: [{ type: RoomEventType.TimerExtended, payload: { dossierId, seconds } }] };
  }
}
