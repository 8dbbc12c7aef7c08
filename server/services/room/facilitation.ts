// The facilitator's and the jurors' room commands other than scoring: opening the room, seating,
// conflicts of interest, the agenda, the timer, raised hands, the floor and display names.

import type { ConflictCategory } from '../../../shared/deliberation/conflictCategory';
import {
  decideConflict,
  decideFloor,
  decideHand,
  decideMove,
  decideOpenRoom,
  decideSeat,
  decideTimer,
  decideTimerChange,
  decideWithdrawConflict,
  requireRoom,
  type TimerAction,
} from '../../../shared/deliberation/roomCommands';
import type { ProcessState } from '../../../shared/process/processState';
import type { GradingScale } from '../../../shared/scoring/gradingScale';
import type { RuleChoices } from '../../../shared/scoring/rule';
import type { RoomContext } from './roomContext';

export function openRoom(
  context: RoomContext,
  processId: string,
  scale: GradingScale,
  secondRound: boolean,
  rule: RuleChoices = {},
  confidential = true,
): ProcessState {
  return context.apply(
    processId,
    decideOpenRoom(context.ceremony.state(processId), scale, secondRound, rule, confidential),
  );
}

export function seat(context: RoomContext, processId: string, seatNumber: number): ProcessState {
  return context.apply(processId, decideSeat(context.ceremony.state(processId), seatNumber));
}

/** The category (private) is written in the same transaction as the public declaration. */
export function declareConflict(
  context: RoomContext,
  processId: string,
  seatNumber: number,
  dossierId: string,
  category?: ConflictCategory,
): ProcessState {
  const { ceremony, conflictReasons } = context;
  const decision = decideConflict(ceremony.state(processId), seatNumber, dossierId);
  if (decision.events.length === 0 && category === undefined) return ceremony.state(processId);
  return ceremony.appendDecision(processId, decision, () => {
    if (category !== undefined) conflictReasons.record(processId, seatNumber, dossierId, category);
  });
}

/** Withdraws a declaration before scoring of that dossier begins; its private category goes with it. */
export function withdrawConflict(
  context: RoomContext,
  processId: string,
  seatNumber: number,
  dossierId: string,
): ProcessState {
  const { ceremony, conflictReasons } = context;
  const decision = decideWithdrawConflict(ceremony.state(processId), seatNumber, dossierId);
  if (decision.events.length === 0) return ceremony.state(processId);
  return ceremony.appendDecision(processId, decision, () =>
    conflictReasons.remove(processId, seatNumber, dossierId),
  );
}

export function move(context: RoomContext, processId: string, dossierId: string): ProcessState {
  return context.apply(processId, decideMove(context.ceremony.state(processId), dossierId));
}

/** Stores a juror's display name (private; written before the acknowledgement). */
export function rename(
  context: RoomContext,
  processId: string,
  seatNumber: number,
  displayName: string,
): void {
  requireRoom(context.ceremony.state(processId));
  context.jurorNames.set(processId, seatNumber, displayName);
}

export function startTimer(context: RoomContext, processId: string, seconds: number): ProcessState {
  return context.apply(processId, decideTimer(context.ceremony.state(processId), seconds));
}

export function changeTimer(
  context: RoomContext,
  processId: string,
  action: TimerAction,
  seconds?: number,
): ProcessState {
  return context.apply(
    processId,
    decideTimerChange(context.ceremony.state(processId), action, seconds),
  );
}

export function hand(
  context: RoomContext,
  processId: string,
  seatNumber: number,
  raised: boolean,
): ProcessState {
  return context.apply(
    processId,
    decideHand(context.ceremony.state(processId), seatNumber, raised),
  );
}

/** Gives the floor to `seatNumber`, or (undefined) takes it back from whoever has it. */
export function floor(
  context: RoomContext,
  processId: string,
  seatNumber: number | undefined,
): ProcessState {
  const state = context.ceremony.state(processId);
  const holder = requireRoom(state).floor?.seat;
  if (seatNumber === undefined)
    return holder === undefined
      ? state
      : context.apply(processId, decideFloor(state, holder, false));
  return context.apply(processId, decideFloor(state, seatNumber, true));
}
