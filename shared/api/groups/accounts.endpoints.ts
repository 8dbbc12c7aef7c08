import type { Endpoint } from '../endpoint';

/**
 * The accounts group (server/http/accountRoutes.ts): one's own account, the administrators' account
 * management and audit trail, the facilitators of a process, the read-only overview.
 */
export const accountEndpoints = {
  'account.me': { method: 'GET', path: '/api/account' },
  'account.revokeSession': { method: 'POST', path: '/api/account/sessions/:sessionId/revoke' },
  'account.totpBegin': { method: 'POST', path: '/api/account/totp/begin' },
  'account.totpConfirm': { method: 'POST', path: '/api/account/totp/confirm' },
  'account.totpDisable': { method: 'POST', path: '/api/account/totp/disable' },
  'accounts.list': { method: 'GET', path: '/api/accounts' },
  'accounts.invite': { method: 'POST', path: '/api/accounts' },
  'accounts.roles': { method: 'PUT', path: '/api/accounts/:accountId/roles' },
  'accounts.resetLink': { method: 'POST', path: '/api/accounts/:accountId/reset-link' },
  'accounts.disable': { method: 'POST', path: '/api/accounts/:accountId/disable' },
  'accounts.endSessions': { method: 'POST', path: '/api/accounts/:accountId/sessions/end' },
  'accounts.auditTrail': { method: 'GET', path: '/api/audit-trail' },
  'facilitators.list': { method: 'GET', path: '/api/processes/:id/facilitators' },
  'facilitators.assign': { method: 'PUT', path: '/api/processes/:id/facilitators' },
  'overview.processes': { method: 'GET', path: '/api/overview/processes' },
} as const satisfies Record<string, Endpoint>;
