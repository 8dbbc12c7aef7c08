// The console's account routes: one's own account (sessions, two-step verification), the administrators'
// account management and audit trail, the facilitators of a process, and the auditor's overview (public
// views only, so no personal data). Their schemas, roles and errors are the accounts group of the HTTP
// contract (shared/api/contract.ts).

import type { Request } from 'express';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import { accountContract } from '../../shared/api/contract';
import { processStage } from '../../shared/process/processStage';
import { publicView } from '../../shared/process/publicView';
import type { Account, Accounts } from '../accounts/accounts';
import type { Sessions } from '../auth/sessions';
import type { Ceremony } from '../services/ceremony';
import { accountView, sessionToken } from './authRoutes';
import type { Route } from './routes';
import { contractRoutes } from './contractRoutes';

const requests = new WeakMap<Request, { account: Account; sessionId: string }>();

/** Called by the authorisation step once the session's account is known. */
export function rememberAccount(req: Request, account: Account, sessionId: string) {
  requests.set(req, { account, sessionId });
}

/** The signed-in account of a request that passed an account role check, and its session. */
function signedInOf(req: Request): { account: Account; sessionId: string } {
  const found = requests.get(req);
  if (found === undefined) throw new KleroterionError(ErrorCode.Unauthenticated, 'sign in first');
  return found;
}

/** The signed-in account of a request that passed an account role check. */
export const accountOf = (req: Request): Account => signedInOf(req).account;

export function accountRoutes(
  accounts: Accounts,
  sessions: Sessions,
  ceremony: Ceremony,
  options: { checkAnswers?: boolean } = {},
): Route[] {
  const me = (req: Request) => {
    const { account, sessionId } = signedInOf(req);
    return {
      ...accountView(account),
      facilitates: accounts.processesFacilitatedBy(account.id),
      sessions: sessions.listFor(account.id).map((s) => ({ ...s, current: s.id === sessionId })),
    };
  };
  return contractRoutes(
    accountContract,
    {
      'account.me': ({ req }) => ({ data: me(req) }),
      'account.revokeSession': ({ params, req }) => {
        if (!sessions.revoke(accountOf(req).id, params.sessionId))
          throw new KleroterionError(ErrorCode.NotFound, 'no such session');
        return { data: me(req) };
      },
      'account.totpBegin': async ({ req }) => ({
        data: await accounts.beginTotp(accountOf(req).id),
      }),
      'account.totpConfirm': ({ body, req }) => ({
        data: accounts.confirmTotp(accountOf(req).id, body.code),
      }),
      'account.totpDisable': ({ req }) => {
        accounts.disableTotp(accountOf(req).id);
        return { data: me(req) };
      },

      // Administrators.
      'accounts.list': () => ({
        data: accounts.list().map((account) => ({
          ...accountView(account),
          active: account.active,
          createdAt: account.createdAt,
          disabledAt: account.disabledAt,
          sessions: sessions.listFor(account.id).length,
        })),
      }),
      'accounts.invite': ({ body, req }) => ({
        status: 201,
        data: accounts.invite(accountOf(req).id, body),
      }),
      'accounts.roles': ({ params, body, req }) => ({
        data: accountView(accounts.setRoles(accountOf(req).id, params.accountId, body.roles)),
      }),
      'accounts.resetLink': ({ params, req }) => ({
        status: 201,
        data: accounts.resetLink(accountOf(req).id, params.accountId),
      }),
      'accounts.disable': ({ params, req }) => ({
        data: accountView(accounts.disable(accountOf(req).id, params.accountId)),
      }),
      'accounts.endSessions': ({ params, req }) => ({
        data: { ended: accounts.endSessions(accountOf(req).id, params.accountId) },
      }),
      'accounts.auditTrail': () => {
        const names = new Map(accounts.list().map((a) => [a.id, a.displayName || a.email]));
        return {
          data: accounts
            .auditTrail()
            .map((row) => ({ ...row, actor: names.get(row.accountId) ?? row.accountId })),
        };
      },

      // Organisers assign facilitators to a process.
      'facilitators.list': ({ params }) => {
        ceremony.state(params.id);
        const assigned = new Set(accounts.facilitatorsOf(params.id));
        return {
          data: accounts
            .list()
            .filter((a) => a.active && a.roles.includes('facilitator'))
            .map((a) => ({ id: a.id, displayName: a.displayName, assigned: assigned.has(a.id) })),
        };
      },
      'facilitators.assign': ({ params, body, req }) => {
        ceremony.state(params.id);
        accounts.setFacilitators(accountOf(req).id, params.id, body.accountIds);
        return { data: { accountIds: accounts.facilitatorsOf(params.id) } };
      },

      // The read-only overview: each process's public view (counts, stage, chain head), never personal data.
      'overview.processes': ({ req }) => {
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
    options,
  );
}

export { sessionToken };
