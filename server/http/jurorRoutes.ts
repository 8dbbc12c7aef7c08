// The organiser's side of the jurors' seats: room sessions per seat and their revocation, the private
// reasons given when declining, and what serving involves (shown on every invitation).

import { z } from 'zod';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import { describeIssues } from '../../shared/lottery/protocol';
import type { JurorSessions } from '../auth/jurorSessions';
import type { Ceremony } from '../services/ceremony';
import { seatContract } from '../../shared/api/contract';
import type { Route } from './routes';
import { contractRoutes } from './contractRoutes';

const SeatNumber = z.coerce.number().int().min(1).max(1000);

export function jurorRoutes(
  ceremony: Ceremony,
  jurorSessions: JurorSessions,
  options: { checkAnswers?: boolean } = {},
): Route[] {
  return contractRoutes(
    seatContract,
    {
      'seats.jurors': ({ params }) => ({
        data: {
          sessions: jurorSessions.activeBySeat(ceremony.state(params.id).id),
          declines: ceremony.declineReasons(params.id),
        },
      }),
      'seats.revoke': ({ params }) => {
        const state = ceremony.state(params.id);
        // The seat must exist in this process: checked against its state, after the process itself.
        const seat = SeatNumber.safeParse(params.seat);
        if (!seat.success || seat.data > state.seats.length)
          throw new KleroterionError(
            ErrorCode.ValidationFailed,
            seat.success ? `no seat ${seat.data}` : describeIssues(seat.error),
          );
        return {
          data: { seat: seat.data, revoked: jurorSessions.revokeSeat(state.id, seat.data) },
        };
      },
      'seats.service': ({ params, body }) => ({
        data: ceremony.describeService(params.id, body),
      }),
    },
    options,
  );
}
