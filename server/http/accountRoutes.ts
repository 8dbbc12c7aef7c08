// The console's account routes: one's own account (sessions, two-step verification), the administrators'
// account management and audit trail, the facilitators of a process, and the auditor's overview (public
// views only, so no personal data).

import type { Request } from 'express';
import { z } from 'zod';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import { processStage } from '../../shared/process/processStage';
import { publicView } from '../../shared/process/publicView';
import { ACCOUNT_ROLES, type Account, type Accounts } from '../accounts/accounts';
import type { Sessions } from '../auth/sessions';
import type { Ceremony } from '../services/ceremony';
import { accountView, parseBody, sessionToken } from './authRoutes';
import { Role, type Route } from './routes';

const requests = new WeakMap<Request, { account: Account; sessionId: string }>();

/** Called by the authorisation step once the session's account is known. */
export function rememberAccount(req: Request, account: Account, sessionId: string) {
  requests.set(req, { account, sessionId });
}

/** The signed-in account of a request that passed an account role check. */
export function accountOf(req: Request): Account {
  const found = requests.get(req);
  if (found === undefined) throw new KleroterionError(ErrorCode.Unauthenticated, 'sign in first');
  return found.account;
}

const Roles = z.array(z.enum(ACCOUNT_ROLES)).min(1).max(ACCOUNT_ROLES.length);
const Invite = z.strictObject({
  email: z.string().trim().min(3).max(254).email(),
  roles: Roles,
  language: z.enum(['fr', 'en']).default('fr'),
});
const SetRoles = z.strictObject({ roles: Roles });
const Code = z.strictObject({ code: z.string().trim().min(1).max(40) });
const Facilitators = z.strictObject({ accountIds: z.array(z.string().min(1).max(64)).max(50) });

const param = (req: Request, name: string) => String(req.params[name] ?? '');

export function accountRoutes(accounts: Accounts, sessions: Sessions, ceremony: Ceremony): Route[] {
  const me = (req: Request) => {
    const account = accountOf(req);
    const session = requests.get(req)!;
    return {
      ...accountView(account),
      facilitates: accounts.processesFacilitatedBy(account.id),
      sessions: sessions.listFor(account.id).map((s) => ({
        ...s,
        current: s.id === session.sessionId,
      })),
    };
  };
  return [
    {
      method: 'get',
      path: '/api/account',
      role: Role.Account,
      handle: (req) => ({ data: me(req) }),
    },
    {
      method: 'post',
      path: '/api/account/sessions/:sessionId/revoke',
      role: Role.Account,
      handle: (req) => {
        if (!sessions.revoke(accountOf(req).id, param(req, 'sessionId')))
          throw new KleroterionError(ErrorCode.NotFound, 'no such session');
        return { data: me(req) };
      },
    },
    {
      method: 'post',
      path: '/api/account/totp/begin',
      role: Role.Account,
      handle: async (req) => ({ data: await accounts.beginTotp(accountOf(req).id) }),
    },
    {
      method: 'post',
      path: '/api/account/totp/confirm',
      role: Role.Account,
      handle: (req) => ({
        data: accounts.confirmTotp(accountOf(req).id, parseBody(Code, req.body).code),
      }),
    },
    {
      method: 'post',
      path: '/api/account/totp/disable',
      role: Role.Account,
      handle: (req) => {
        accounts.disableTotp(accountOf(req).id);
        return { data: me(req) };
      },
    },

    // Administrators.
    {
      method: 'get',
      path: '/api/accounts',
      role: Role.Administrator,
      handle: () => ({
        data: accounts.list().map((account) => ({
          ...accountView(account),
          active: account.active,
          createdAt: account.createdAt,
          disabledAt: account.disabledAt,
          sessions: sessions.listFor(account.id).length,
        })),
      }),
    },
    {
      method: 'post',
      path: '/api/accounts',
      role: Role.Administrator,
      handle: (req) => ({
        status: 201,
        data: accounts.invite(accountOf(req).id, parseBody(Invite, req.body)),
      }),
    },
    {
      method: 'put',
      path: '/api/accounts/:accountId/roles',
      role: Role.Administrator,
      handle: (req) => ({
        data: accountView(
          accounts.setRoles(
            accountOf(req).id,
            param(req, 'accountId'),
            parseBody(SetRoles, req.body).roles,
          ),
        ),
      }),
    },
    {
      method: 'post',
      path: '/api/accounts/:accountId/reset-link',
      role: Role.Administrator,
      handle: (req) => ({
        status: 201,
        data: accounts.resetLink(accountOf(req).id, param(req, 'accountId')),
      }),
    },
    {
      method: 'post',
      path: '/api/accounts/:accountId/disable',
      role: Role.Administrator,
      handle: (req) => ({
        data: accountView(accounts.disable(accountOf(req).id, param(req, 'accountId'))),
      }),
    },
    {
      method: 'post',
      path: '/api/accounts/:accountId/sessions/end',
      role: Role.Administrator,
      handle: (req) => ({
        data: { ended: accounts.endSessions(accountOf(req).id, param(req, 'accountId')) },
      }),
    },
    {
      method: 'get',
      path: '/api/audit-trail',
      role: Role.Administrator,
      handle: () => {
        const names = new Map(accounts.list().map((a) => [a.id, a.displayName || a.email]));
        return {
          data: accounts
            .auditTrail()
            .map((row) => ({ ...row, actor: names.get(row.accountId) ?? row.accountId })),
        };
      },
    },

    // Organisers assign facilitators to a process.
    {
      method: 'get',
      path: '/api/processes/:id/facilitators',
      role: Role.Organiser,
      handle: (req) => {
        ceremony.state(param(req, 'id'));
        const assigned = new Set(accounts.facilitatorsOf(param(req, 'id')));
        return {
          data: accounts
            .list()
            .filter((a) => a.active && a.roles.includes('facilitator'))
            .map((a) => ({
              id: a.id,
              displayName: a.displayName,
              assigned: assigned.has(a.id),
            })),
        };
      },
    },
    {
      method: 'put',
      path: '/api/processes/:id/facilitators',
      role: Role.Organiser,
      handle: (req) => {
        ceremony.state(param(req, 'id'));
        accounts.setFacilitators(
          accountOf(req).id,
          param(req, 'id'),
          parseBody(Facilitators, req.body).accountIds,
        );
        return { data: { accountIds: accounts.facilitatorsOf(param(req, 'id')) } };
      },
    },

    // The read-only overview: each process's public view (counts, stage, chain head), never personal data.
    {
      method: 'get',
      path: '/api/overview/processes',
      role: [Role.Auditor, Role.Organiser, Role.Facilitator],
      handle: (req) => {
        const account = accountOf(req);
        const seesAll = account.roles.includes('organiser') || account.roles.includes('auditor');
        const mine = new Set(accounts.processesFacilitatedBy(account.id));
        return {
          data: ceremony
            .list()
            .filter((state) => seesAll || mine.has(state.id))
            .map((state) => ({ ...publicView(state), stage: processStage(state) })),
        };
      },
    },
  ];
}

export { sessionToken };
