import type { Endpoint } from '../endpoint';

/**
 * The OpenID Connect group (server/http/oidcRoutes.ts): whether it is offered, the start and the callback
 * (redirects, reached by navigation), and the account's TOTP code after the provider's sign-in.
 */
export const oidcEndpoints = {
  'oidc.offer': { method: 'GET', path: '/api/auth/oidc' },
  'oidc.start': { method: 'GET', path: '/api/auth/oidc/start' },
  'oidc.callback': { method: 'GET', path: '/api/auth/oidc/callback' },
  'oidc.code': { method: 'POST', path: '/api/auth/oidc/code' },
} as const satisfies Record<string, Endpoint>;
