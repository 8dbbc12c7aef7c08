// The accounts group's contract (server/http/accountRoutes.ts): one's own account (sessions, two-step
// verification), the administrators' account management and audit trail, the facilitators of a process,
// and the read-only overview (public views only, never personal data).

import { z } from 'zod';
import { ErrorCode } from '../../errors';
import type { ProcessStage } from '../../process/processStage';
import type { PublicView } from '../../process/publicView';
import { defineContract } from '../route';
import { Role } from '../roles';
import { ACCOUNT, ADMINISTRATOR, ORGANISER, typed } from '../contractParts';
import { accountEndpoints } from './accounts.endpoints';

/** The roles an account can hold. */
export const AccountRoleName = z.enum([
  Role.Administrator,
  Role.Organiser,
  Role.Facilitator,
  Role.Auditor,
]);
export type AccountRoleName = z.infer<typeof AccountRoleName>;
const Roles = z.array(AccountRoleName).min(1).max(AccountRoleName.options.length);
export const Language = z.enum(['fr', 'en']);

/** What the console knows of an account (never its hashes or secrets). */
export const AccountView = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  roles: z.array(AccountRoleName),
  language: Language,
  totpEnabled: z.boolean(),
});
export type AccountView = z.infer<typeof AccountView>;
/** An account with its state, as the administrators' list shows it. */
const AccountRecord = AccountView.extend({
  /** False while an invitation is not yet accepted, and once disabled. */
  active: z.boolean(),
  createdAt: z.string(),
  disabledAt: z.string().nullable(),
});

/** One of the account's open sessions. */
export const SessionSummary = z.object({
  id: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  /** A coarse "browser · system" summary. */
  userAgent: z.string(),
  current: z.boolean(),
});
/** "Mon compte": the account, the processes it facilitates, its open sessions. */
export const MyAccount = AccountView.extend({
  facilitates: z.array(z.string()),
  sessions: z.array(SessionSummary),
});
export type MyAccount = z.infer<typeof MyAccount>;

export const Invite = z.strictObject({
  email: z.string().trim().min(3).max(254).email(),
  roles: Roles,
  language: Language.default('fr'),
});
const Link = z.object({ link: z.string(), expiresAt: z.string() });

export const accountContract = defineContract(accountEndpoints, {
  'account.me': { roles: ACCOUNT, response: MyAccount, errors: [] },
  'account.revokeSession': { roles: ACCOUNT, response: MyAccount, errors: [ErrorCode.NotFound] },
  'account.totpBegin': {
    roles: ACCOUNT,
    response: z.object({ secret: z.string(), uri: z.string(), qrCode: z.string() }),
    errors: [ErrorCode.NotFound],
  },
  'account.totpConfirm': {
    roles: ACCOUNT,
    body: z.strictObject({ code: z.string().trim().min(1).max(40) }),
    response: z.object({ recoveryCodes: z.array(z.string()) }),
    errors: [ErrorCode.NotFound, ErrorCode.TransitionRefused, ErrorCode.TotpInvalid],
  },
  'account.totpDisable': { roles: ACCOUNT, response: MyAccount, errors: [] },

  // Administrators.
  'accounts.list': {
    roles: ADMINISTRATOR,
    response: z.array(AccountRecord.extend({ sessions: z.number().int().min(0) })),
    errors: [],
  },
  'accounts.invite': {
    roles: ADMINISTRATOR,
    body: Invite,
    response: Link.extend({ account: AccountRecord }),
    errors: [ErrorCode.AccountExists],
  },
  'accounts.roles': {
    roles: ADMINISTRATOR,
    body: z.strictObject({ roles: Roles }),
    response: AccountView,
    errors: [ErrorCode.NotFound, ErrorCode.TransitionRefused],
  },
  'accounts.resetLink': { roles: ADMINISTRATOR, response: Link, errors: [ErrorCode.NotFound] },
  'accounts.disable': {
    roles: ADMINISTRATOR,
    response: AccountView,
    errors: [ErrorCode.NotFound, ErrorCode.TransitionRefused],
  },
  'accounts.endSessions': {
    roles: ADMINISTRATOR,
    response: z.object({ ended: z.number().int().min(0) }),
    errors: [ErrorCode.NotFound],
  },
  'accounts.auditTrail': {
    roles: ADMINISTRATOR,
    response: z.array(
      z.object({
        id: z.number().int(),
        at: z.string(),
        accountId: z.string(),
        /** The account's name (or e-mail), or its id once it no longer exists. */
        actor: z.string(),
        action: z.string(),
        target: z.string(),
      }),
    ),
    errors: [],
  },

  // Organisers assign facilitators to a process.
  'facilitators.list': {
    roles: ORGANISER,
    response: z.array(z.object({ id: z.string(), displayName: z.string(), assigned: z.boolean() })),
    errors: [ErrorCode.ProcessNotFound],
  },
  'facilitators.assign': {
    roles: ORGANISER,
    body: z.strictObject({ accountIds: z.array(z.string().min(1).max(64)).max(50) }),
    response: z.object({ accountIds: z.array(z.string()) }),
    errors: [ErrorCode.ProcessNotFound],
  },

  // The read-only overview: each process's public view (counts, stage, chain head).
  'overview.processes': {
    roles: [Role.Auditor, Role.Organiser, Role.Facilitator],
    response: z.array(typed<PublicView & { stage: ProcessStage }>()),
    errors: [],
  },
});
