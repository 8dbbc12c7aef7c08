import type { Endpoint } from '../endpoint';

/**
 * The mail queue as the console reads it (server/http/deliveryRoutes.ts): each process's, each call's and
 * the accounts' own messages with their delivery status, and "Renvoyer" for one of them.
 */
export const deliveryEndpoints = {
  'deliveries.process': { method: 'GET', path: '/api/processes/:id/deliveries' },
  'deliveries.processResend': {
    method: 'POST',
    path: '/api/processes/:id/deliveries/:delivery/resend',
  },
  'deliveries.call': { method: 'GET', path: '/api/calls/:id/deliveries' },
  'deliveries.callResend': { method: 'POST', path: '/api/calls/:id/deliveries/:delivery/resend' },
  'deliveries.accounts': { method: 'GET', path: '/api/accounts/deliveries' },
  'deliveries.accountsResend': {
    method: 'POST',
    path: '/api/accounts/deliveries/:delivery/resend',
  },
} as const satisfies Record<string, Endpoint>;
