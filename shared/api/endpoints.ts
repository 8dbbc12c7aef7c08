// Every route of the HTTP contract by id: its method and path. The weightless half of the contract, the
// only place a browser page finds an `/api/` path (client/src/api/api.ts); the schemas, roles and errors of
// each route are in shared/api/contract.ts. A route group not listed here is not migrated yet: its routes
// are still declared in their server/http/*Routes.ts file (docs/architecture.md, "HTTP contract").

import type { Endpoint } from './endpoint';

/** The ceremony group (server/http/routes.ts): the public record, the organiser's draw, the invitations. */
export const ceremonyEndpoints = {
  'public.processes': { method: 'GET', path: '/api/public/processes' },
  'public.process': { method: 'GET', path: '/api/public/processes/:id' },
  'public.dossiers': { method: 'GET', path: '/api/public/processes/:id/dossiers' },
  'public.record': { method: 'GET', path: '/api/public/processes/:id/record.json' },
  'public.log': { method: 'GET', path: '/api/public/processes/:id/log.json' },
  'public.fold': { method: 'GET', path: '/api/public/processes/:id/fold' },
  'public.checkpoints': { method: 'GET', path: '/api/public/processes/:id/checkpoints.json' },
  'processes.list': { method: 'GET', path: '/api/processes' },
  'processes.create': { method: 'POST', path: '/api/processes' },
  'processes.get': { method: 'GET', path: '/api/processes/:id' },
  'processes.settings': { method: 'PUT', path: '/api/processes/:id/settings' },
  'processes.volunteers': { method: 'POST', path: '/api/processes/:id/volunteers' },
  'processes.dossiers': { method: 'POST', path: '/api/processes/:id/dossiers' },
  'processes.receipts': { method: 'GET', path: '/api/processes/:id/receipts.json' },
  'processes.commit': { method: 'POST', path: '/api/processes/:id/commit' },
  'processes.reveal': { method: 'POST', path: '/api/processes/:id/reveal' },
  'processes.draw': { method: 'POST', path: '/api/processes/:id/draw' },
  'processes.invitations': { method: 'POST', path: '/api/processes/:id/invitations' },
  'ceremony.limits': { method: 'GET', path: '/api/ceremony/limits' },
  'invitations.get': { method: 'GET', path: '/api/invitations/:token' },
  'invitations.answer': { method: 'POST', path: '/api/invitations/:token/answer' },
  'invitations.session': { method: 'POST', path: '/api/invitations/:token/session' },
} as const satisfies Record<string, Endpoint>;

/** The jurors' seats (server/http/jurorRoutes.ts): room sessions, revocation, what serving involves. */
export const seatEndpoints = {
  'seats.jurors': { method: 'GET', path: '/api/processes/:id/jurors' },
  'seats.revoke': { method: 'POST', path: '/api/processes/:id/seats/:seat/revoke' },
  'seats.service': { method: 'PUT', path: '/api/processes/:id/service' },
} as const satisfies Record<string, Endpoint>;

/** The beacon fetch (server/http/beaconRoutes.ts): what the server awaits from drand, and a retry. */
export const beaconEndpoints = {
  'beacon.status': { method: 'GET', path: '/api/processes/:id/beacon' },
  'beacon.retry': { method: 'POST', path: '/api/processes/:id/beacon/retry' },
} as const satisfies Record<string, Endpoint>;

export const endpoints = { ...ceremonyEndpoints, ...seatEndpoints, ...beaconEndpoints } as const;
export type RouteId = keyof typeof endpoints;
