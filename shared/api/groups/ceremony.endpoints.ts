import type { Endpoint } from '../endpoint';

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
