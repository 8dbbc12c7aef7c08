import type { Endpoint } from '../endpoint';

/** The jurors' seats (server/http/jurorRoutes.ts): room sessions, revocation, what serving involves. */
export const seatEndpoints = {
  'seats.jurors': { method: 'GET', path: '/api/processes/:id/jurors' },
  'seats.revoke': { method: 'POST', path: '/api/processes/:id/seats/:seat/revoke' },
  'seats.service': { method: 'PUT', path: '/api/processes/:id/service' },
} as const satisfies Record<string, Endpoint>;
