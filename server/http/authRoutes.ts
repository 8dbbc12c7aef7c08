// Console sign-in with named accounts: the first start (one-time setup token), e-mail + password (+ TOTP
// code when enrolled), session cookie, rate-limited attempts, and the invitation / reset links.

import type { Request } from 'express';
import { parse as parseCookies } from 'cookie';
import { z } from 'zod';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import { describeIssues } from '../../shared/lottery/protocol';
import type { Account, Accounts } from '../accounts/accounts';
import { SESSION_COOKIE, type Sessions } from '../auth/sessions';
import { Role, type Route, type RouteResult } from './routes';

const Email = z.string().trim().min(3).max(254).email();
const Password = z.string().min(1).max(1024);
const Language = z.enum(['fr', 'en']).default('fr');
const Setup = z.strictObject({
  token: z.string().trim().min(1).max(200),
  email: Email,
  name: z.string().trim().min(1).max(200),
  password: Password,
  language: Language,
});
const Login = z.strictObject({
  email: z.string().trim().min(1).max(254),
  password: Password,
  code: z.string().trim().max(40).optional(),
});
const UseLink = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  password: Password,
});

export function parseBody<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new KleroterionError(ErrorCode.ValidationFailed, describeIssues(parsed.error));
  return parsed.data;
}

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

export function authRoutes(accounts: Accounts, sessions: Sessions): Route[] {
  const signedIn = (req: Request, account: Account, status = 200): RouteResult => {
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
  return [
    {
      method: 'get',
      path: '/api/auth/session',
      role: Role.Public,
      handle: (req) => {
        const account = current(req);
        return {
          data: {
            setupNeeded: accounts.setupNeeded(),
            passwordSet: !accounts.setupNeeded(),
            organiser: account?.roles.includes('organiser') ?? false,
            /** The processes whose room this account facilitates (facilitator role). */
            facilitates:
              account?.roles.includes('facilitator') === true
                ? accounts.processesFacilitatedBy(account.id)
                : [],
            account: account === undefined ? null : accountView(account),
          },
        };
      },
    },
    {
      // First start: the token printed on the server's console creates the first administrator.
      method: 'post',
      path: '/api/auth/setup',
      role: Role.Public,
      rateLimited: true,
      handle: async (req) => {
        const body = parseBody(Setup, req.body);
        const account = await accounts.createFirst(body);
        return signedIn(req, account, 201);
      },
    },
    {
      method: 'post',
      path: '/api/auth/login',
      role: Role.Public,
      rateLimited: true,
      handle: async (req) => {
        const { email, password, code } = parseBody(Login, req.body);
        const account = await accounts.authenticate(email, password, code);
        accounts.audit(account.id, 'session.signIn', account.id);
        return signedIn(req, account);
      },
    },
    {
      method: 'post',
      path: '/api/auth/logout',
      role: Role.Account,
      handle: (req) => {
        sessions.close(sessionToken(req));
        return {
          data: { organiser: false, account: null },
          cookie: { name: SESSION_COOKIE, value: '' },
        };
      },
    },
    {
      method: 'get',
      path: '/api/account-links/:token',
      role: Role.AccountLink,
      handle: (req) => ({ data: accounts.describeLink(String(req.params['token'] ?? '')) }),
    },
    {
      // An invitation or reset link sets the password (and the name) and signs the person in.
      method: 'post',
      path: '/api/account-links/:token',
      role: Role.AccountLink,
      rateLimited: true,
      handle: async (req) => {
        const token = String(req.params['token'] ?? '');
        // The link first: a wrong token is refused whatever the body.
        accounts.describeLink(token);
        const account = await accounts.useLink(token, parseBody(UseLink, req.body));
        return signedIn(req, account, 201);
      },
    },
  ];
}
