// The organiser's side of the jurors' seats: room sessions per seat and their revocation, the private
// reasons given when declining, and what serving involves (shown on every invitation).

import type { Request } from 'express';
import { z } from 'zod';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import { describeIssues } from '../../shared/lottery/protocol';
import type { JurorSessions } from '../auth/jurorSessions';
import type { Ceremony } from '../services/ceremony';
import { Role, type Route } from './routes';

const SeatNumber = z.coerce.number().int().min(1).max(1000);

const param = (req: Request, name: string): string => String(req.params[name] ?? '');

export function jurorRoutes(ceremony: Ceremony, jurorSessions: JurorSessions): Route[] {
  return [
    {
      method: 'get',
      path: '/api/processes/:id/jurors',
      role: Role.Organiser,
      handle: (req) => {
        const id = param(req, 'id');
        return {
          data: {
            sessions: jurorSessions.activeBySeat(ceremony.state(id).id),
            declines: ceremony.declineReasons(id),
          },
        };
      },
    },
    {
      method: 'post',
      path: '/api/processes/:id/seats/:seat/revoke',
      role: Role.Organiser,
      handle: (req) => {
        const state = ceremony.state(param(req, 'id'));
        const seat = SeatNumber.safeParse(param(req, 'seat'));
        if (!seat.success || seat.data > state.seats.length)
          throw new KleroterionError(
            ErrorCode.ValidationFailed,
            seat.success ? `no seat ${seat.data}` : describeIssues(seat.error),
          );
        return {
          data: { seat: seat.data, revoked: jurorSessions.revokeSeat(state.id, seat.data) },
        };
      },
    },
    {
      method: 'put',
      path: '/api/processes/:id/service',
      role: Role.Organiser,
      handle: (req) => ({ data: ceremony.describeService(param(req, 'id'), req.body) }),
    },
  ];
}
