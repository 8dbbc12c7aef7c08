// The demo group's contract (server/http/demoRoutes.ts). Each action but the first refuses with DEMO_ONLY
// unless the server seeded the process as a demonstration.

import { z } from 'zod';
import { ErrorCode } from '../../errors';
import type { ProcessState } from '../../process/processState';
import { defineContract } from '../route';
import { ORGANISER, typed } from '../contractParts';
import { demoEndpoints } from './demo.endpoints';

const SeatNumber = z.coerce.number().int().min(1).max(1000);

/** A seat number in the path, from 1 to 1000; kept a string, as every path parameter. */
export const DemoSeatParams = z.object({
  id: z.string(),
  seat: z.string().refine((seat) => SeatNumber.safeParse(seat).success, {
    message: 'a seat number from 1 to 1000',
  }),
});

export const DemoInfo = z.union([
  z.object({ demo: z.literal(false) }),
  z.object({
    demo: z.literal(true),
    drandRound: z.number().int().min(1),
    /** Where the seeding wrote the organiser secret file. */
    secretFile: z.string(),
    /** Whether "Révéler le secret de démonstration" can work (not for a demo seeded before it). */
    secretKept: z.boolean(),
  }),
]);
export type DemoInfo = z.infer<typeof DemoInfo>;

/** The reveal of a committed source, as the ceremony's own reveal route refuses it. */
const reveal = [
  ErrorCode.ProcessNotFound,
  ErrorCode.DemoOnly,
  ErrorCode.TransitionRefused,
  ErrorCode.RevealMismatch,
  ErrorCode.BeaconInvalid,
  ErrorCode.UnknownSource,
  ErrorCode.InvalidArgument,
];

export const demoContract = defineContract(demoEndpoints, {
  'demo.get': { roles: ORGANISER, response: DemoInfo, errors: [ErrorCode.ProcessNotFound] },
  'demo.beacon': {
    roles: ORGANISER,
    response: typed<ProcessState>(),
    errors: [...reveal, ErrorCode.DrandUnavailable],
  },
  'demo.secret': { roles: ORGANISER, response: typed<ProcessState>(), errors: reveal },
  'demo.openSeat': {
    roles: ORGANISER,
    params: DemoSeatParams,
    response: z.object({ seat: z.number().int().min(1), url: z.string() }),
    errors: [ErrorCode.ProcessNotFound, ErrorCode.DemoOnly, ErrorCode.TransitionRefused],
  },
});
