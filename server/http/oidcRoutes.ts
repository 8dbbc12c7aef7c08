// OpenID Connect sign-in routes: whether it is offered (and the button's text), the start that sends the
// browser to the provider, and the callback that matches the verified e-mail to an existing account.

import type { Request } from 'express';
import { parse as parseCookies } from 'cookie';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import { SESSION_COOKIE } from '../auth/sessions';
import type { OidcAccounts } from '../auth/oidc/oidcAccounts';
import type { OidcConfig } from '../auth/oidc/oidcConfig';
import {
  OidcRefusal,
  OidcSignInRefused,
  createOidcSignIn,
  type OidcSignIn,
} from '../auth/oidc/oidcSignIn';
import { PENDING_SIGN_IN_LIFETIME_MS, createPendingSignIns } from '../auth/oidc/pendingSignIns';
import { describeError } from '../logging/describeError';
import type { Clock, Log, Random } from '../ports';
import { Role, type Route, type RouteResult } from './routes';

/** The browser's handle to its pending sign-in: httpOnly, SameSite=Lax so that the provider's redirect carries it. */
export const OIDC_PENDING_COOKIE = 'kl_oidc';
/** Where the browser lands: the console, or its sign-in page with the reason (`?oidc=no-account`…). */
export const OIDC_SIGNED_IN_PATH = '/organiser';

export interface OidcDeps {
  config: OidcConfig;
  accounts: OidcAccounts;
}

const notConfigured = () =>
  new KleroterionError(
    ErrorCode.OidcNotConfigured,
    'OpenID Connect sign-in is not configured on this server',
  );

/** The sign-in page saying why: `/organiser?oidc=<reason>`. */
export const oidcRefusedPath = (reason: OidcRefusal): string =>
  `${OIDC_SIGNED_IN_PATH}?oidc=${reason}`;

const refusedTo = (reason: OidcRefusal): RouteResult => ({ redirect: oidcRefusedPath(reason) });

export function oidcRoutes(
  oidc: OidcDeps | undefined,
  context: { publicUrl: () => string; clock: Clock; random: Random; log: Log },
): Route[] {
  const signIn: OidcSignIn | undefined =
    oidc === undefined ? undefined : createOidcSignIn(oidc.config, context.publicUrl);
  const pending = createPendingSignIns(context.clock, context.random);
  const refuse = (error: unknown): RouteResult => {
    if (error instanceof OidcSignInRefused) {
      // The reason and the provider's error code only: never the e-mail or the tokens.
      context.log.warn(
        {
          reason: error.reason,
          ...(error.causeCode === undefined ? {} : { cause: error.causeCode }),
        },
        'OpenID Connect sign-in refused',
      );
      return refusedTo(error.reason);
    }
    context.log.error({ err: describeError(error) }, 'OpenID Connect sign-in failed');
    return refusedTo(OidcRefusal.Provider);
  };

  return [
    {
      method: 'get',
      path: '/api/auth/oidc',
      role: Role.Public,
      handle: () => ({
        data:
          oidc === undefined
            ? { configured: false }
            : { configured: true, label: oidc.config.label },
      }),
    },
    {
      method: 'get',
      path: '/api/auth/oidc/start',
      role: Role.Public,
      rateLimited: true,
      handle: async () => {
        if (signIn === undefined) throw notConfigured();
        try {
          const { url, pending: started } = await signIn.begin();
          return {
            redirect: url.href,
            cookie: {
              name: OIDC_PENDING_COOKIE,
              value: pending.add(started),
              maxAgeSeconds: PENDING_SIGN_IN_LIFETIME_MS / 1000,
              sameSite: 'lax',
            },
          };
        } catch (error) {
          return refuse(error);
        }
      },
    },
    {
      method: 'get',
      path: '/api/auth/oidc/callback',
      role: Role.Public,
      handle: async (req: Request) => {
        if (signIn === undefined || oidc === undefined) throw notConfigured();
        try {
          const handle = parseCookies(req.headers.cookie ?? '')[OIDC_PENDING_COOKIE];
          // Single use: a replayed callback, or one from another browser, finds nothing.
          const started = pending.take(handle);
          const query = req.originalUrl.includes('?')
            ? req.originalUrl.slice(req.originalUrl.indexOf('?'))
            : '';
          const state = new URLSearchParams(query).get('state');
          if (started === undefined || state !== started.state)
            throw new OidcSignInRefused(OidcRefusal.Expired);
          const email = await signIn.complete(query, started);
          const account = oidc.accounts.findActiveByEmail(email);
          if (account === undefined) throw new OidcSignInRefused(OidcRefusal.NoAccount);
          const { token } = oidc.accounts.openSession(account.id);
          context.log.info({ account: account.id }, 'signed in with OpenID Connect');
          return {
            redirect: OIDC_SIGNED_IN_PATH,
            cookie: { name: SESSION_COOKIE, value: token },
          };
        } catch (error) {
          return refuse(error);
        }
      },
    },
  ];
}
