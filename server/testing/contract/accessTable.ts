// The authorisation contract in one table: for every HTTP route and every client→server socket event, the
// outcome each kind of caller must get. The matrix test, the hostile-input fuzzer and docs/security.md
// all read it; a test fails when a route or an event exists that it does not list.

import type { ClientToServerEvents } from '../../../shared/protocol';

/** Who is calling. Jurors hold an invitation link; "otherJuror" holds one for another process. */
export const CALLERS = [
  'anonymous',
  'observer',
  'juror',
  'conflictedJuror',
  'otherJuror',
  'applicant',
  'reviewer',
  'organiser',
  'facilitator',
  'auditor',
] as const;
export type Caller = (typeof CALLERS)[number];

export const CALLER_DESCRIPTIONS: Record<Caller, string> = {
  anonymous: 'no credential, socket not in any room',
  observer: 'no credential, socket joined the room as an observer',
  juror: "an accepted juror's invitation link (seat 1 of the process)",
  conflictedJuror: 'an accepted juror (seat 2) who declared a conflict on the current dossier',
  otherJuror: "an accepted juror's invitation link for another process",
  applicant: "an applicant's private link to their application",
  reviewer: "an administration reviewer's link",
  organiser:
    'the first account (administrator and organiser) signed in with the setup token (facilitator in the room)',
  facilitator: 'an account with the facilitator role only, assigned to the process',
  auditor: 'an account with the auditor role only (read-only console, no personal data)',
};

/**
 * allow: authorised (the answer may still be a typed validation or state error, never a 401/403 or a
 * token error). The others name the error code the caller must get instead.
 */
export const Outcome = {
  Allow: 'allow',
  Unauthenticated: 'UNAUTHENTICATED',
  TokenInvalid: 'TOKEN_INVALID',
  Forbidden: 'FORBIDDEN',
} as const;
export type Outcome = (typeof Outcome)[keyof typeof Outcome];

type Row = Record<Caller, Outcome>;
const row = (allowed: readonly Caller[], denial: Outcome): Row =>
  Object.fromEntries(
    CALLERS.map((caller) => [caller, allowed.includes(caller) ? Outcome.Allow : denial]),
  ) as Row;

const everyone = row(CALLERS, Outcome.Allow);
/** Console routes: the signed-in accounts without the role are refused, everyone else must sign in. */
const SIGNED_IN: readonly Caller[] = ['organiser', 'facilitator', 'auditor'];
const staff = (allowed: readonly Caller[]): Row =>
  Object.fromEntries(
    CALLERS.map((caller) => [
      caller,
      allowed.includes(caller)
        ? Outcome.Allow
        : SIGNED_IN.includes(caller)
          ? Outcome.Forbidden
          : Outcome.Unauthenticated,
    ]),
  ) as Row;
const organiserOnly = staff(['organiser']);
/** Administrators only: in this world the organiser caller is also the administrator. */
const administrator = staff(['organiser']);
const anyAccount = staff(SIGNED_IN);
/** Account links: nobody in this world holds one. */
const accountLink = row([], Outcome.TokenInvalid);
/** Invitation routes: a juror's own link, whichever process it belongs to. */
const invitee = row(['juror', 'conflictedJuror', 'otherJuror'], Outcome.TokenInvalid);
const applicant = row(['applicant'], Outcome.TokenInvalid);
const reviewer = row(['reviewer'], Outcome.TokenInvalid);
/** The room's facilitator: an organiser, or the facilitator assigned to the process. */
const facilitator = row(['organiser', 'facilitator'], Outcome.Forbidden);
const seatedJuror = row(['juror', 'conflictedJuror'], Outcome.Forbidden);

/**
 * Every HTTP route, keyed "METHOD path", with who may call it. Tokens in the path are the caller's own;
 * `:id` is the process (or call) the caller belongs to.
 */
export const HTTP_ACCESS: Record<string, Row> = {
  'GET /api/auth/session': everyone,
  'POST /api/auth/setup': everyone,
  'POST /api/auth/login': everyone,
  'POST /api/auth/logout': anyAccount,
  'GET /api/public/processes': everyone,
  'GET /api/public/processes/:id': everyone,
  'GET /api/public/processes/:id/dossiers': everyone,
  'GET /api/public/processes/:id/record.json': everyone,
  'GET /api/public/processes/:id/log.json': everyone,
  'GET /api/public/processes/:id/fold': everyone,
  'GET /api/public/processes/:id/checkpoints.json': everyone,
  'GET /api/processes': organiserOnly,
  'POST /api/processes': organiserOnly,
  'GET /api/processes/:id': organiserOnly,
  'PUT /api/processes/:id/settings': organiserOnly,
  'POST /api/processes/:id/volunteers': organiserOnly,
  'POST /api/processes/:id/dossiers': organiserOnly,
  'GET /api/processes/:id/receipts.json': organiserOnly,
  'POST /api/processes/:id/commit': organiserOnly,
  'POST /api/processes/:id/reveal': organiserOnly,
  'POST /api/processes/:id/draw': organiserOnly,
  'POST /api/processes/:id/invitations': organiserOnly,
  'GET /api/invitations/:token': invitee,
  'POST /api/invitations/:token/answer': invitee,
  'GET /api/public/processes/:id/results': everyone,
  'GET /api/public/processes/:id/audit.json': everyone,
  'GET /api/public/processes/:id/results.json': everyone,
  'GET /api/public/processes/:id/results.csv': everyone,
  'GET /api/public/processes/:id/grades.csv': everyone,
  'GET /api/processes/:id/seat-grades.csv': organiserOnly,
  'GET /api/processes/:id/results/z-score': organiserOnly,
  'POST /api/processes/:id/tie/vote': organiserOnly,
  'POST /api/processes/:id/tie/lottery': organiserOnly,
  'POST /api/processes/:id/tie/draw': organiserOnly,
  'POST /api/processes/:id/results/publish': organiserOnly,
  'GET /api/processes/:id/stratification': organiserOnly,
  'POST /api/processes/:id/stratification/quotas': organiserOnly,
  'POST /api/processes/:id/stratification/compute': organiserOnly,
  'POST /api/processes/:id/stratification/cancel': organiserOnly,
  'GET /api/processes/:id/stratification/lottery.json': organiserOnly,
  'GET /api/public/calls': everyone,
  'GET /api/public/calls/:id': everyone,
  'GET /api/public/calls/:id/log.json': everyone,
  'POST /api/public/calls/:id/applications': everyone,
  'GET /api/applications/:token': applicant,
  'GET /api/reviewers/:token': reviewer,
  'POST /api/reviewers/:token/applications/:ref/review': reviewer,
  'POST /api/reviewers/:token/applications/:ref/conflict': reviewer,
  'POST /api/calls': organiserOnly,
  'GET /api/calls/:id': organiserOnly,
  'POST /api/calls/:id/reviewers': organiserOnly,
  'POST /api/calls/:id/assign': organiserOnly,
  'POST /api/calls/:id/applications/:ref/settle': organiserOnly,
  'POST /api/calls/:id/export': organiserOnly,
  'GET /api/processes/:id/jurors': organiserOnly,
  'POST /api/processes/:id/seats/:seat/revoke': organiserOnly,
  'PUT /api/processes/:id/service': organiserOnly,
  'POST /api/invitations/:token/session': invitee,
  'GET /api/public/processes/:id/proces-verbal.pdf': everyone,
  'GET /api/ceremony/limits': organiserOnly,
  'GET /api/processes/:id/deliveries': organiserOnly,
  'POST /api/processes/:id/deliveries/:delivery/resend': organiserOnly,
  'GET /api/calls/:id/deliveries': organiserOnly,
  'POST /api/calls/:id/deliveries/:delivery/resend': organiserOnly,
  'GET /api/accounts/deliveries': administrator,
  'POST /api/accounts/deliveries/:delivery/resend': administrator,
  // OpenID Connect sign-in: public by nature; the callback needs the browser's pending sign-in and the
  // provider's code, and opens a session only for an existing account.
  'GET /api/auth/oidc': everyone,
  'GET /api/auth/oidc/start': everyone,
  'GET /api/auth/oidc/callback': everyone,
  'POST /api/auth/oidc/code': everyone,
  // The demonstration's actions: organiser only, and refused (DEMO_ONLY) on any process not seeded as one.
  'GET /api/processes/:id/demo': organiserOnly,
  'POST /api/processes/:id/demo/beacon': organiserOnly,
  'POST /api/processes/:id/demo/secret': organiserOnly,
  'POST /api/processes/:id/demo/seats/:seat/open': organiserOnly,
  'GET /api/processes/:id/beacon': organiserOnly,
  'POST /api/processes/:id/beacon/retry': organiserOnly,
  'GET /api/account-links/:token': accountLink,
  'POST /api/account-links/:token': accountLink,
  'GET /api/account': anyAccount,
  'POST /api/account/sessions/:sessionId/revoke': anyAccount,
  'POST /api/account/totp/begin': anyAccount,
  'POST /api/account/totp/confirm': anyAccount,
  'POST /api/account/totp/disable': anyAccount,
  'GET /api/accounts': administrator,
  'POST /api/accounts': administrator,
  'PUT /api/accounts/:accountId/roles': administrator,
  'POST /api/accounts/:accountId/reset-link': administrator,
  'POST /api/accounts/:accountId/disable': administrator,
  'POST /api/accounts/:accountId/sessions/end': administrator,
  'GET /api/audit-trail': administrator,
  'GET /api/processes/:id/facilitators': organiserOnly,
  'PUT /api/processes/:id/facilitators': organiserOnly,
  'GET /api/overview/processes': anyAccount,
};

/**
 * Every client→server event, acting on the process whose room the caller's socket joined with its own
 * credential (the other process's juror joined its own process's room). `room:join` here means joining
 * the main process's room with the caller's own token, if any.
 */
export const SOCKET_ACCESS: Record<keyof ClientToServerEvents, Row> = {
  'room:join': {
    ...everyone,
    otherJuror: Outcome.TokenInvalid,
    applicant: Outcome.TokenInvalid,
    reviewer: Outcome.TokenInvalid,
  },
  'room:open': facilitator,
  'agenda:move': facilitator,
  'phase:start': facilitator,
  'timer:start': facilitator,
  'conflict:declare': seatedJuror,
  'juror:name': seatedJuror,
  'hand:raise': seatedJuror,
  'hand:lower': row(['juror', 'conflictedJuror', 'organiser', 'facilitator'], Outcome.Forbidden),
  // The current dossier is the one the conflicted juror declared a conflict on.
  'score:submit': row(['juror'], Outcome.Forbidden),
  'process:watch': everyone,
  'process:unwatch': everyone,
  'floor:give': facilitator,
  'floor:release': facilitator,
  'timer:pause': facilitator,
  'timer:resume': facilitator,
  'timer:extend': facilitator,
  'clock:sync': everyone,
  // Refused as a state error (no conflict, or scoring begun) for a seated juror, never as a role error.
  'conflict:withdraw': seatedJuror,
  'projector:open': facilitator,
  'projector:revoke': facilitator,
};

export const routeKey = (route: { method: string; path: string }): string =>
  `${route.method.toUpperCase()} ${route.path}`;
