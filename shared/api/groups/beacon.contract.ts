// The beacon group's contract (server/http/beaconRoutes.ts).

import { ErrorCode } from '../../errors';
import { BeaconFetchAnswer } from '../../lottery/beaconFetchStatus';
import { defineContract } from '../route';
import { ORGANISER } from '../contractParts';
import { beaconEndpoints } from './beacon.endpoints';

export const beaconContract = defineContract(beaconEndpoints, {
  'beacon.status': {
    roles: ORGANISER,
    response: BeaconFetchAnswer,
    errors: [ErrorCode.ProcessNotFound],
  },
  'beacon.retry': {
    roles: ORGANISER,
    response: BeaconFetchAnswer,
    errors: [ErrorCode.ProcessNotFound],
  },
});
