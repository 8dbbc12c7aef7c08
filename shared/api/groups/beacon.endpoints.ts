import type { Endpoint } from '../endpoint';

/** The beacon fetch (server/http/beaconRoutes.ts): what the server awaits from drand, and a retry. */
export const beaconEndpoints = {
  'beacon.status': { method: 'GET', path: '/api/processes/:id/beacon' },
  'beacon.retry': { method: 'POST', path: '/api/processes/:id/beacon/retry' },
} as const satisfies Record<string, Endpoint>;
