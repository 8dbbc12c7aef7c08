import type { Endpoint } from '../endpoint';

/**
 * The stratified option of a process's draw (server/http/stratificationRoutes.ts): the quotas import, the
 * computation (started, polled, cancelled), the review view and the computed LOTTERY.json.
 */
export const stratificationEndpoints = {
  'stratification.get': { method: 'GET', path: '/api/processes/:id/stratification' },
  'stratification.quotas': { method: 'POST', path: '/api/processes/:id/stratification/quotas' },
  'stratification.compute': { method: 'POST', path: '/api/processes/:id/stratification/compute' },
  'stratification.cancel': { method: 'POST', path: '/api/processes/:id/stratification/cancel' },
  'stratification.lottery': {
    method: 'GET',
    path: '/api/processes/:id/stratification/lottery.json',
  },
} as const satisfies Record<string, Endpoint>;
