// Console sign-in with named accounts: the first start (one-time setup token), e-mail + password (+ TOTP
// code when enrolled), session cookie, rate-limited attempts, and the invitation / reset links. Their
// schemas, roles, rate limits and errors are the auth group of the HTTP contract (shared/api/contract.ts).

import type { Request } from 'express';
import { parse as parseCookies } from 'cookie';
import { authContract } from '../../shared/api/contract';
import type { Account, Accounts } from '../accounts/accounts';
import { SESSION_COOKIE, type Sessions } from '../auth/sessions';
import type { Route } from './routes';
import { contractRoutes } from './contractRoutes';

export function sessionToken(req: Request): string | undefined {
  const header = req.headers.cookie;
  return header === undefined ? undefined : parseCookies(header)[SESSION_COOKIE];
}

/** What the console needs to know about the signed-in account. */
export const accountView = (account: Account) => ({
  id: account.id,
  email: account.email,
  displayName: account.displayName,
  roles: account.roles,
  language: account.language,
  totpEnabled: account.totpEnabled,
});

export function authRoutes(
  accounts: Accounts,
  sessions: Sessions,
  options: { checkAnswers?: boolean } = {},
): Route[] {
  const signedIn = (req: Request, account: Account, status = 200) => {
    const { token } = sessions.open(account.id, req.headers['user-agent']);
    return {
      status,
      data: { organiser: account.roles.includes('organiser'), account: accountView(account) },
      cookie: { name: SESSION_COOKIE, value: token },
    };
  };
  const current = (req: Request) => {
    const session = sessions.find(sessionToken(req));
    const account = session === undefined ? undefined : accounts.byId(session.accountId);
    return account?.active === true ? account : undefined;
  };
  return contractRoutes(
    authContract,
    {
      'auth.session': ({ req }) => {
        const account = current(req);
        return {
          data: {
            setupNeeded: accounts.setupNeeded(),
            passwordSet: !accounts.setupNeeded(),
            organiser: account?.roles.includes('organiser') ?? false,
            facilitates:
              account?.roles.includes('facilitator') === true
                ? accounts.processesFacilitatedBy(account.id)
                : [],
            account: account === undefined ? null : accountView(account),
          },
        };
      },
      'auth.setup': async ({ body, req }) => signedIn(req, await accounts.createFirst(body), 201),
      'auth.login': async ({ body: { email, password, code }, req }) => {
        const account = await accounts.authenticate(email, password, code);
        accounts.audit(account.id, 'session.signIn', account.id);
        return signedIn(req, account);
      },
      'auth.logout': ({ req }) => {
        sessions.close(sessionToken(req));
        return {
          data: { organiser: false as const, account: null },
          cookie: { name: SESSION_COOKIE, value: '' },
        };
      },
      'accountLinks.get': ({ params }) => ({ data: accounts.describeLink(params.token) }),
      'accountLinks.use': async ({ params, body, req }) =>
        signedIn(req, await accounts.useLink(params.token, body), 201),
    },
    {
      ...options,
      // The link first: a wrong token is refused whatever the body.
      beforeBody: { 'accountLinks.use': ({ params }) => void accounts.describeLink(params.token) },
    },
  );
}
