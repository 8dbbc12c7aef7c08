// The OpenID Connect authorisation code flow (openid-client): the provider's discovery document, the
// authorisation URL with state, nonce and PKCE, then the code exchange with the ID token's checks and the
// user's verified e-mail (from userinfo, signed as a JWT by ProConnect, or from the ID token).

import * as client from 'openid-client';
import { isLoopback, type OidcConfig } from './oidcConfig';
import type { PendingSignIn } from './pendingSignIns';

/** The callback path, under the public URL: register `<PUBLIC_URL>/api/auth/oidc/callback` with the provider. */
export const OIDC_CALLBACK_PATH = '/api/auth/oidc/callback';

/** Why a sign-in ended without a session; the sign-in page explains each one (`?oidc=<reason>`). */
export const OidcRefusal = {
  /** No active account has this e-mail: an account is never created here. */
  NoAccount: 'no-account',
  /** The provider says the e-mail is not verified. */
  UnverifiedEmail: 'unverified-email',
  /** The provider gave no e-mail (scope `email` missing or refused). */
  NoEmail: 'no-email',
  /** Unknown, used or expired sign-in: state or browser handle missing or not matching. */
  Expired: 'expired',
  /** The user cancelled, or the provider refused, at the provider. */
  Denied: 'denied',
  /** The provider could not be reached or answered something that does not verify. */
  Provider: 'provider',
  /** Too many sign-in attempts from this client: the shared sign-in rate limit. */
  RateLimited: 'rate-limited',
} as const;
export type OidcRefusal = (typeof OidcRefusal)[keyof typeof OidcRefusal];

/** A sign-in that must end with `reason`; `cause` is kept for the log (never personal data). */
export class OidcSignInRefused extends Error {
  override readonly name = 'OidcSignInRefused';
  constructor(
    readonly reason: OidcRefusal,
    readonly causeCode?: string,
  ) {
    super(`OpenID Connect sign-in refused: ${reason}`);
  }
}

export interface OidcSignIn {
  /** Where to send the browser, and what to keep until it comes back. */
  begin(): Promise<{ url: URL; pending: PendingSignIn }>;
  /**
   * Exchanges the code of the callback whose query string is `query` and returns the verified e-mail.
   * @throws OidcSignInRefused with the reason to show.
   */
  complete(query: string, pending: PendingSignIn): Promise<string>;
}

const DISCOVERY_TIMEOUT_SECONDS = 10;

export function createOidcSignIn(config: OidcConfig, publicUrl: () => string): OidcSignIn {
  let discovered: Promise<client.Configuration> | undefined;
  const redirectUri = () => new URL(OIDC_CALLBACK_PATH, publicUrl()).href;
  // Discovered once; a failure is forgotten so that the next sign-in tries the provider again.
  const configuration = () => {
    discovered ??= client
      .discovery(
        config.issuer,
        config.clientId,
        undefined,
        client.ClientSecretPost(config.clientSecret),
        {
          timeout: DISCOVERY_TIMEOUT_SECONDS,
          ...(isLoopback(config.issuer) ? { execute: [client.allowInsecureRequests] } : {}),
        },
      )
      .catch((error: unknown) => {
        discovered = undefined;
        throw error;
      });
    return discovered;
  };
  const providerFailure = (error: unknown): never => {
    if (error instanceof OidcSignInRefused) throw error;
    if (error instanceof client.AuthorizationResponseError)
      throw new OidcSignInRefused(
        error.error === 'access_denied' || error.error === 'login_required'
          ? OidcRefusal.Denied
          : OidcRefusal.Provider,
        error.error,
      );
    const code =
      (error as { code?: unknown; error?: unknown }).error ?? (error as { code?: unknown }).code;
    throw new OidcSignInRefused(
      OidcRefusal.Provider,
      typeof code === 'string' ? code : (error as Error).name,
    );
  };

  return {
    async begin() {
      const settings = await configuration().catch(providerFailure);
      const state = client.randomState();
      const nonce = client.randomNonce();
      const codeVerifier = config.usePkce ? client.randomPKCECodeVerifier() : undefined;
      const parameters: Record<string, string> = {
        redirect_uri: redirectUri(),
        scope: config.scopes,
        state,
        nonce,
      };
      if (codeVerifier !== undefined) {
        parameters['code_challenge'] = await client.calculatePKCECodeChallenge(codeVerifier);
        parameters['code_challenge_method'] = 'S256';
      }
      if (config.acrValues !== undefined) parameters['acr_values'] = config.acrValues;
      if (config.claims !== undefined) parameters['claims'] = config.claims;
      return {
        url: client.buildAuthorizationUrl(settings, parameters),
        pending: { state, nonce, ...(codeVerifier === undefined ? {} : { codeVerifier }) },
      };
    },

    async complete(query, pending) {
      try {
        const settings = await configuration();
        const currentUrl = new URL(redirectUri());
        currentUrl.search = query;
        const tokens = await client.authorizationCodeGrant(settings, currentUrl, {
          expectedState: pending.state,
          expectedNonce: pending.nonce,
          idTokenExpected: true,
          ...(pending.codeVerifier === undefined ? {} : { pkceCodeVerifier: pending.codeVerifier }),
        });
        const idClaims = tokens.claims();
        if (idClaims === undefined)
          throw new OidcSignInRefused(OidcRefusal.Provider, 'no_id_token');
        // ProConnect gives the e-mail in userinfo only (a signed JWT, verified against the provider's keys).
        const claims: Record<string, unknown> =
          settings.serverMetadata().userinfo_endpoint === undefined
            ? idClaims
            : {
                ...idClaims,
                ...(await client.fetchUserInfo(settings, tokens.access_token, idClaims.sub)),
              };
        const email = claims['email'];
        if (typeof email !== 'string' || email.trim() === '')
          throw new OidcSignInRefused(OidcRefusal.NoEmail);
        // A provider that states the address unverified is refused; one that says nothing vouches for it.
        const verified = claims['email_verified'];
        if (verified !== undefined && verified !== true && verified !== 'true')
          throw new OidcSignInRefused(OidcRefusal.UnverifiedEmail);
        return email.trim();
      } catch (error) {
        return providerFailure(error);
      }
    },
  };
}
