import type { Endpoint } from '../endpoint';

/**
 * The register of a process's stage one (server/http/registerRoutes.ts): its import, streamed (the
 * `stratum` query names the stratum column), and its view (the import's progress while it runs, then the
 * rows, strata and committed roots).
 */
export const registerEndpoints = {
  'register.get': { method: 'GET', path: '/api/processes/:id/register' },
  'register.import': { method: 'POST', path: '/api/processes/:id/register' },
} as const satisfies Record<string, Endpoint>;
