import type { Endpoint } from '../endpoint';

/**
 * The offline demonstration (server/http/demoRoutes.ts): whether a process is one, its recorded beacon
 * round and kept secret revealed, a juror's link to a seat.
 */
export const demoEndpoints = {
  'demo.get': { method: 'GET', path: '/api/processes/:id/demo' },
  'demo.beacon': { method: 'POST', path: '/api/processes/:id/demo/beacon' },
  'demo.secret': { method: 'POST', path: '/api/processes/:id/demo/secret' },
  'demo.openSeat': { method: 'POST', path: '/api/processes/:id/demo/seats/:seat/open' },
} as const satisfies Record<string, Endpoint>;
