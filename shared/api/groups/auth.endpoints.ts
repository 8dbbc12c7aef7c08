import type { Endpoint } from '../endpoint';

/** The auth group (server/http/authRoutes.ts): the session, the first start, sign-in and out, account links. */
export const authEndpoints = {
  'auth.session': { method: 'GET', path: '/api/auth/session' },
  'auth.setup': { method: 'POST', path: '/api/auth/setup' },
  'auth.login': { method: 'POST', path: '/api/auth/login' },
  'auth.logout': { method: 'POST', path: '/api/auth/logout' },
  'accountLinks.get': { method: 'GET', path: '/api/account-links/:token' },
  'accountLinks.use': { method: 'POST', path: '/api/account-links/:token' },
} as const satisfies Record<string, Endpoint>;
