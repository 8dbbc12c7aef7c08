// The authorisation contract in one table: for every HTTP route and every client→server socket event, the
// outcome each kind of caller must get. The matrix test, the hostile-input fuzzer and docs/security.md
// all read it; a test fails when a route or an event exists that it does not list. The rows of the HTTP
// contract's routes (shared/api/contract.ts) follow from the roles the contract gives them and the
// credentials each caller holds (CALLER_ROLES); the routes not migrated yet are written here by hand.

import { contract } from '../../../shared/api/contract';
import { needsAccount, type RouteContract } from '../../../shared/api/route';
import { Role } from '../../../shared/api/roles';
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
 * The roles each caller's credential satisfies: every caller reaches public routes, a juror's link opens
 * invitation routes, the accounts hold their roles (the organiser is also the administrator), any account
 * satisfies Role.Account. Nobody in this world holds an account link.
 */
export const CALLER_ROLES: Record<Caller, readonly Role[]> = {
  anonymous: [Role.Public],
  observer: [Role.Public],
  juror: [Role.Public, Role.Invitee],
  conflictedJuror: [Role.Public, Role.Invitee],
  otherJuror: [Role.Public, Role.Invitee],
  applicant: [Role.Public, Role.Applicant],
  reviewer: [Role.Public, Role.Reviewer],
  organiser: [Role.Public, Role.Account, Role.Administrator, Role.Organiser],
  facilitator: [Role.Public, Role.Account, Role.Facilitator],
  auditor: [Role.Public, Role.Account, Role.Auditor],
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
/** The room's facilitator: an organiser, or the facilitator assigned to the process. */
const facilitator = row(['organiser', 'facilitator'], Outcome.Forbidden);
const seatedJuror = row(['juror', 'conflictedJuror'], Outcome.Forbidden);

/**
 * A contract route's row: the callers holding one of its roles are allowed; the others get UNAUTHENTICATED
 * (FORBIDDEN when signed in) on an account route, TOKEN_INVALID on a route whose path token is the credential.
 */
export function rowOfRoles(route: Pick<RouteContract, 'roles'>): Row {
  const allowed = CALLERS.filter((caller) =>
    CALLER_ROLES[caller].some((role) => route.roles.includes(role)),
  );
  return needsAccount(route) ? staff(allowed) : row(allowed, Outcome.TokenInvalid);
}

/**
 * Every HTTP route under /api/ (all on the HTTP contract), keyed "METHOD path", with who may call it: the
 * callers holding one of the route's roles. Tokens in the path are the caller's own;
 * `:id` is the process (or call) the caller belongs to.
 */
export const HTTP_ACCESS: Record<string, Row> = Object.fromEntries(
  Object.values(contract as Readonly<Record<string, RouteContract>>).map((route) => [
    `${route.method} ${route.path}`,
    rowOfRoles(route),
  ]),
);

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
