// The OpenID Connect group's contract (server/http/oidcRoutes.ts). The start and the callback are reached
// by navigation and answer with a redirect (to the provider, to the console, or to the sign-in page with
// the reason of a refusal); only a server without OpenID Connect answers them with a JSON refusal.

import { z } from 'zod';
import { ErrorCode } from '../../errors';
import { defineContract } from '../route';
import { PUBLIC, redirect } from '../contractParts';
import { oidcEndpoints } from './oidc.endpoints';

export const OidcOffer = z.union([
  z.object({ configured: z.literal(false) }),
  z.object({ configured: z.literal(true), label: z.string() }),
]);
export type OidcOffer = z.infer<typeof OidcOffer>;

export const oidcContract = defineContract(oidcEndpoints, {
  'oidc.offer': { roles: PUBLIC, response: OidcOffer, errors: [] },
  'oidc.start': {
    roles: PUBLIC,
    rateLimited: true,
    response: redirect,
    errors: [ErrorCode.OidcNotConfigured],
  },
  // The provider's answer (its query string) is handed whole to the OpenID Connect client, which checks
  // it: no query schema here, and any refusal is a redirect to the sign-in page saying why.
  'oidc.callback': { roles: PUBLIC, response: redirect, errors: [ErrorCode.OidcNotConfigured] },
  // The account's TOTP or recovery code after the provider's sign-in (5 minutes, 5 tries, once).
  'oidc.code': {
    roles: PUBLIC,
    rateLimited: true,
    body: z.strictObject({ code: z.string().trim().min(1).max(64) }),
    response: z.object({ signedIn: z.literal(true) }),
    errors: [ErrorCode.OidcNotConfigured, ErrorCode.TokenInvalid, ErrorCode.TotpInvalid],
  },
});
