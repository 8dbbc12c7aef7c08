// What the room shows: each role's view of it, and the scoring progress (who has voted, never how).

import { eligibleSeats, requireRoom } from '../../../shared/deliberation/roomCommands';
import { roomViewFor, type RoomRole, type RoomView } from '../../../shared/deliberation/roomView';
import type { RoomContext } from './roomContext';

/** Scoring progress of the current dossier: how many eligible jurors have a ballot, never what. */
export function progress(
  context: RoomContext,
  processId: string,
): { dossierId: string; round: number; submitted: number; eligible: number } | undefined {
  const room = context.ceremony.state(processId).room;
  const current = room?.current;
  if (room === undefined || current?.phase !== 'scoring') return undefined;
  const eligible = eligibleSeats(room, current.dossierId);
  const submitted = context.ballots
    .seatsThatVoted(processId, current.dossierId, current.round)
    .filter((seat) => eligible.includes(seat)).length;
  return {
    dossierId: current.dossierId,
    round: current.round,
    submitted,
    eligible: eligible.length,
  };
}

/** The room as `role` sees it, with the seats `present` on the socket; the facilitator also sees conflicts' categories. */
export function view(
  context: RoomContext,
  processId: string,
  role: RoomRole,
  present: number[] = [],
): RoomView {
  const state = context.ceremony.state(processId);
  requireRoom(state);
  const current = state.room?.current;
  const submittedSeats =
    current === undefined
      ? []
      : context.ballots.seatsThatVoted(processId, current.dossierId, current.round);
  const names = context.jurorNames.names(processId);
  const roomView = roomViewFor(state, role, {
    submittedSeats,
    ballotOf: context.ballotBox.ballotOf(processId),
    present,
    names,
  });
  if (role.kind !== 'facilitator') return roomView;
  return { ...roomView, conflictCategories: context.conflictReasons.categories(processId) };
}
