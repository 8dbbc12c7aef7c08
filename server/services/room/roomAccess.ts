// Who enters the room, as what: a socket's role from its tokens and session, and the projector's link.

import type { RoomRole } from '../../../shared/deliberation/roomView';
import { requireRoom } from '../../../shared/deliberation/roomCommands';
import { ErrorCode, KleroterionError } from '../../../shared/errors';
import { SeatStatus } from '../../../shared/process/processState';
import { hashToken, newToken } from '../../auth/tokens';
import type { RoomContext } from './roomContext';

/** Whether a seat is still its holder's, accepted: a replaced or declined juror's credentials open nothing. */
function holdsSeat(
  context: RoomContext,
  processId: string,
  seatNumber: number,
  pseudonym: string,
): boolean {
  const seat = context.ceremony.state(processId).seats[seatNumber - 1];
  return seat?.holder === pseudonym && seat.status === SeatStatus.Accepted;
}

/**
 * The role a socket gets: the projector link's token, the projector; an accepted juror's invitation
 * token, their seat; else the organiser session, the facilitator; else this process's juror session
 * cookie, its seat; else an observer.
 * @throws {KleroterionError} TOKEN_INVALID when a token, projector link or juror session no longer
 * opens the room: the person is told so, never silently made an observer.
 */
export function identify(
  context: RoomContext,
  processId: string,
  token: string | undefined,
  isOrganiser: boolean,
  jurorSessionToken?: string,
  projectorToken?: string,
): RoomRole {
  if (projectorToken !== undefined) {
    if (context.projectorLinks.processOf(hashToken(projectorToken)) !== processId)
      throw new KleroterionError(
        ErrorCode.TokenInvalid,
        'this projector link is not valid (it may have been revoked)',
      );
    return { kind: 'projector' };
  }
  if (isOrganiser && token === undefined) return { kind: 'facilitator' };
  if (token === undefined && jurorSessionToken !== undefined) {
    const session = context.jurorSessions.find(jurorSessionToken);
    if (
      session === undefined ||
      session.processId !== processId ||
      !holdsSeat(context, processId, session.seat, session.pseudonym)
    )
      throw new KleroterionError(
        ErrorCode.TokenInvalid,
        'this juror session no longer opens a seat in this room; reopen your invitation link',
      );
    return { kind: 'juror', seat: session.seat };
  }
  if (token === undefined) return { kind: 'observer' };
  const row = context.invitations.findByTokenHash(hashToken(token));
  const state = context.ceremony.state(processId);
  const seat = row === undefined ? undefined : state.seats[row.seat - 1];
  // A replaced or declined juror's old link no longer opens the room.
  if (
    row === undefined ||
    row.processId !== processId ||
    seat?.holder !== row.pseudonym ||
    seat.status !== SeatStatus.Accepted
  ) {
    throw new KleroterionError(
      ErrorCode.TokenInvalid,
      'this link does not give a seat in this room',
    );
  }
  return { kind: 'juror', seat: row.seat };
}

export function isOpen(context: RoomContext, processId: string): boolean {
  return context.store.state(processId)?.room !== undefined;
}

/** A new projector link for the room (≥128 random bits); any earlier link stops working. */
export function openProjector(context: RoomContext, processId: string): string {
  requireRoom(context.ceremony.state(processId));
  const token = newToken(context.random, 32);
  context.projectorLinks.replace(processId, hashToken(token), context.clock.now().toISOString());
  return token;
}

export function revokeProjector(context: RoomContext, processId: string): void {
  context.projectorLinks.remove(processId);
}
