// OpenID Connect sign-in routes: whether it is offered (and the button's text), the start that sends the
// browser to the provider, the callback that matches the verified e-mail to an existing account, and the
// account's own second factor (TOTP) when it has one: signing in through the provider never skips it.

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
import { SECOND_STEP_LIFETIME_MS, createPendingSecondSteps } from '../auth/oidc/pendingSecondSteps';
import { describeError } from '../logging/describeError';
import type { Clock, Log, Random } from '../ports';
import { oidcContract } from '../../shared/api/contract';
import type { Route } from './routes';
import { contractRoutes } from './contractRoutes';

/** The browser's handle to its pending sign-in: httpOnly, SameSite=Lax so that the provider's redirect carries it. */
export const OIDC_PENDING_COOKIE = 'kl_oidc';
/** The browser's handle to a provider sign-in that still awaits the account's TOTP code (httpOnly, Strict). */
export const OIDC_SECOND_STEP_COOKIE = 'kl_oidc_code';
/** Where the sign-in page asks for that code. */
export const OIDC_CODE_PATH = '/organiser?oidc=code';
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

const refusedTo = (reason: OidcRefusal): { redirect: string } => ({
  redirect: oidcRefusedPath(reason),
});

export function oidcRoutes(
  oidc: OidcDeps | undefined,
  context: {
    publicUrl: () => string;
    clock: Clock;
    random: Random;
    log: Log;
    checkAnswers?: boolean;
  },
): Route[] {
  const signIn: OidcSignIn | undefined =
    oidc === undefined ? undefined : createOidcSignIn(oidc.config, context.publicUrl);
  const pending = createPendingSignIns(context.clock, context.random);
  const secondSteps = createPendingSecondSteps(context.clock, context.random);
  const refuse = (error: unknown): { redirect: string } => {
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

  return contractRoutes(
    oidcContract,
    {
      'oidc.offer': () => ({
        data:
          oidc === undefined
            ? { configured: false as const }
            : { configured: true as const, label: oidc.config.label },
      }),
      'oidc.start': async () => {
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
      'oidc.callback': async ({ req }) => {
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
          if (oidc.accounts.secondFactor?.required(account.id) === true) {
            context.log.info(
              { account: account.id },
              'OpenID Connect sign-in awaits the TOTP code',
            );
            return {
              redirect: OIDC_CODE_PATH,
              cookie: {
                name: OIDC_SECOND_STEP_COOKIE,
                value: secondSteps.add(account.id),
                maxAgeSeconds: SECOND_STEP_LIFETIME_MS / 1000,
              },
            };
          }
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
      // The account's TOTP or recovery code after the provider's sign-in (5 minutes, 5 tries, once).
      'oidc.code': ({ body: { code }, req }) => {
        if (oidc === undefined) throw notConfigured();
        const handle = parseCookies(req.headers.cookie ?? '')[OIDC_SECOND_STEP_COOKIE];
        const accountId = secondSteps.peek(handle);
        if (handle === undefined || accountId === undefined)
          throw new KleroterionError(
            ErrorCode.TokenInvalid,
            'this sign-in has expired or was already completed: sign in again',
          );
        if (oidc.accounts.secondFactor?.check(accountId, code) !== true) {
          secondSteps.fail(handle);
          throw new KleroterionError(ErrorCode.TotpInvalid, 'wrong or already used code', {
            field: 'code',
          });
        }
        secondSteps.drop(handle);
        const { token } = oidc.accounts.openSession(accountId);
        context.log.info({ account: accountId }, 'signed in with OpenID Connect and a TOTP code');
        return {
          data: { signedIn: true as const },
          cookie: { name: SESSION_COOKIE, value: token },
        };
      },
    },
    { checkAnswers: context.checkAnswers === true },
  );
}
