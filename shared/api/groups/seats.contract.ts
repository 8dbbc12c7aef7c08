// The seats group's contract (server/http/jurorRoutes.ts).

import { z } from 'zod';
import { ErrorCode } from '../../errors';
import type { ProcessState } from '../../process/processState';
import type { ServiceDetails } from '../../process/serviceDetails';
import { defineContract } from '../route';
import { ORGANISER, typed } from '../contractParts';
import { seatEndpoints } from './seats.endpoints';

export const seatContract = defineContract(seatEndpoints, {
  'seats.jurors': {
    roles: ORGANISER,
    response: z.object({
      /** Live room sessions per seat number. */
      sessions: z.record(z.string(), z.number().int()),
      declines: z.array(
        z.object({
          seat: z.number().int(),
          id: z.string(),
          reason: z.string(),
          declinedAt: z.string(),
        }),
      ),
    }),
    errors: [ErrorCode.ProcessNotFound],
  },
  'seats.revoke': {
    roles: ORGANISER,
    params: z.object({ id: z.string(), seat: z.string() }),
    response: z.object({ seat: z.number().int().min(1), revoked: z.number().int().min(0) }),
    errors: [ErrorCode.ProcessNotFound],
  },
  'seats.service': {
    roles: ORGANISER,
    // Checked by the command (decideServiceDetails), after the process's stage.
    body: typed<ServiceDetails>(),
    response: typed<ProcessState>(),
    errors: [ErrorCode.ProcessNotFound, ErrorCode.TransitionRefused],
  },
});
