// Every HTTP route of the API, declared as data with the role it requires, so that authorisation is
// enforced in one place and the authorisation matrix test can enumerate them all.

import type { Request } from 'express';
import { z } from 'zod';
import { canonicalize } from '../../shared/crypto/jcs';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import { describeIssues } from '../../shared/lottery/protocol';
import { processStage } from '../../shared/process/processStage';
import { publicView } from '../../shared/process/publicView';
import { publicLogOf } from '../../shared/deliberation/confidentiality';
import type { Ceremony } from '../services/ceremony';
import type { EventStore } from '../store/eventStore';
import { createPublicFolds } from '../services/publicFolds';
import { uploadedFile } from './uploadedFile';
import {
  JUROR_SESSION_MAX_AGE_SECONDS,
  jurorCookieName,
  jurorSessionToken,
  type JurorSessions,
} from '../auth/jurorSessions';

export const Role = {
  Public: 'public',
  /** An account with the organiser role: runs processes and calls. */
  Organiser: 'organiser',
  /** A drawn juror: the invitation token in the path is the credential. */
  Invitee: 'invitee',
  /** A project's applicant: the private link's token in the path is the credential. */
  Applicant: 'applicant',
  /** An administration reviewer: the reviewer link's token in the path is the credential. */
  Reviewer: 'reviewer',
  /** An account with the administrator role: manages accounts, reads the audit trail. */
  Administrator: 'administrator',
  /** An account with the facilitator role: runs the rooms of the processes assigned to it. */
  Facilitator: 'facilitator',
  /** An account with the auditor role: read-only console, no personal data. */
  Auditor: 'auditor',
  /** Any signed-in account, whatever its roles (its own settings, sign-out). */
  Account: 'account',
  /** A person holding an account invitation or reset link: the token in the path is the credential. */
  AccountLink: 'accountLink',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

/** The roles an account can hold; a route naming one of them needs a session of such an account. */
export const ACCOUNT_ROLE_VALUES: readonly Role[] = [
  Role.Administrator,
  Role.Organiser,
  Role.Facilitator,
  Role.Auditor,
];

/** The roles a route accepts (any one is enough). */
export const rolesOf = (route: { role: Role | readonly Role[] }): readonly Role[] =>
  typeof route.role === 'string' ? [route.role] : route.role;

export interface RouteResult {
  status?: number;
  data?: unknown;
  /** Raw body with its content type, for downloads. */
  raw?: { contentType: string; body: string | Buffer; fileName?: string };
  /** A cookie to set (sessions only); an empty value clears it. */
  cookie?: {
    name: string;
    value: string;
    /** Kept across browser restarts for this long; without it, a browser-session cookie. */
    maxAgeSeconds?: number;
    /** Lax for a cookie that must come back on another site's redirect (OpenID Connect); else Strict. */
    sameSite?: 'lax';
  };
  /** Send the browser there (302) instead of a JSON answer: sign-in redirects only. */
  redirect?: string;
}

/** A JSON file to download: `text` as sent, with its name. */
export const jsonFile = (text: string, fileName: string): RouteResult => ({
  raw: { contentType: 'application/json; charset=utf-8', body: text, fileName },
});

export interface Route {
  method: 'get' | 'post' | 'put';
  path: string;
  /** The role required, or the roles of which any one is enough. */
  role: Role | readonly Role[];
  /** Body is the raw upload (CSV) instead of JSON. */
  rawBody?: boolean;
  /** Subject to a rate limit: sign-in attempts (true), or applications to a call per client. */
  rateLimited?: true | 'applications';
  handle(req: Request): RouteResult | Promise<RouteResult>;
}

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new KleroterionError(ErrorCode.ValidationFailed, describeIssues(parsed.error));
  return parsed.data;
}

const param = (req: Request, name: string): string => String(req.params[name] ?? '');

const Settings = z.object({}).passthrough();
const CreateProcess = z.strictObject({ title: z.string().trim().min(1).max(200) }).passthrough();
const Commit = z.strictObject({
  witnesses: z
    .array(
      z
        .strictObject({
          label: z
            .string()
            .trim()
            .min(1)
            .max(80)
            .regex(/^[^=\n]+$/),
          commitment: z
            .string()
            .regex(/^[0-9a-f]{64}$/, 'the SHA-256 of the secret, 64 lowercase hex digits'),
          optional: z.boolean(),
        })
        .or(
          // A contribution timelocked to the commitment's drand round (armored age, from the witness page).
          z.strictObject({
            label: z
              .string()
              .trim()
              .min(1)
              .max(80)
              .regex(/^[^=\n]+$/),
            timelock: z.string().min(1).max(4000),
          }),
        ),
    )
    .max(20)
    .default([]),
  drandRound: z.number().int().min(1).optional(),
  drandDelaySeconds: z
    .number()
    .int()
    .min(0)
    .max(30 * 24 * 3600)
    .optional(),
  /** Commit to the process's computed stratified lottery instead of a plain draw. */
  stratified: z.boolean().optional(),
});
const Reveal = z.union([
  z.strictObject({ source: z.number().int().min(0), value: z.string().max(10_000) }),
  z.strictObject({ source: z.number().int().min(0), signature: z.string().max(200) }),
]);
const Invitations = z.strictObject({ deadline: z.iso.datetime({ offset: true }) });
const Answer = z.strictObject({
  answer: z.enum(['accept', 'decline']),
  /** Optional, with a decline only: private to the organiser. */
  reason: z.string().max(1000).optional(),
});

export function apiRoutes(
  ceremony: Ceremony,
  store: EventStore,
  jurorSessions: JurorSessions,
  /** Whether the server seeded the process as a demonstration (its pages then carry the demo banner). */
  isDemo: (processId: string) => boolean = () => false,
): Route[] {
  const publicFolds = createPublicFolds(store);
  /**
   * An accepted juror's invitation link opens (or keeps) their juror session: the cookie is set unless
   * the browser already holds a live session for this seat and holder.
   */
  const jurorCookie = (
    req: Request,
    invitation: ReturnType<Ceremony['invitation']>,
  ): Pick<RouteResult, 'cookie'> => {
    if (invitation.status !== 'accepted') return {};
    const held = jurorSessions.find(jurorSessionToken(req.headers.cookie, invitation.processId));
    if (
      held?.processId === invitation.processId &&
      held.seat === invitation.seat &&
      held.pseudonym === invitation.id
    )
      return {};
    const token = jurorSessions.open({
      processId: invitation.processId,
      seat: invitation.seat,
      pseudonym: invitation.id,
    });
    return {
      cookie: {
        name: jurorCookieName(invitation.processId),
        value: token,
        maxAgeSeconds: JUROR_SESSION_MAX_AGE_SECONDS,
      },
    };
  };
  return [
    // Public: the whole public record, no authentication.
    {
      method: 'get',
      path: '/api/public/processes',
      role: Role.Public,
      handle: () => ({
        data: ceremony.list().map((state) => ({
          id: state.id,
          title: state.settings.title,
          status: state.status,
          stage: processStage(state),
        })),
      }),
    },
    {
      method: 'get',
      path: '/api/public/processes/:id',
      role: Role.Public,
      handle: (req) => {
        const state = ceremony.state(param(req, 'id'));
        return { data: { ...publicView(state), ...(isDemo(state.id) ? { demo: true } : {}) } };
      },
    },
    {
      // The full dossiers the jury deliberates on (already public in the log's `dossiers.imported`): fetched
      // once by the room, so that the views broadcast after every change carry only their summaries.
      method: 'get',
      path: '/api/public/processes/:id/dossiers',
      role: Role.Public,
      handle: (req) => ({
        data: { dossiers: ceremony.state(param(req, 'id')).dossiers?.dossiers ?? [] },
      }),
    },
    {
      method: 'get',
      path: '/api/public/processes/:id/record.json',
      role: Role.Public,
      handle: (req) => {
        const state = ceremony.state(param(req, 'id'));
        if (state.record === undefined)
          throw new KleroterionError(ErrorCode.NotFound, 'this process has not been drawn yet');
        return jsonFile(`${canonicalize(state.record)}\n`, `tirage-${state.id}.json`);
      },
    },
    {
      method: 'get',
      path: '/api/public/processes/:id/log.json',
      role: Role.Public,
      handle: (req) => {
        const id = param(req, 'id');
        ceremony.state(id);
        // While a confidential deliberation is in progress its events show as {seq, hash, withheld}.
        return jsonFile(`${JSON.stringify(publicLogOf(store.events(id)))}\n`, `journal-${id}.json`);
      },
    },
    {
      // log.json as the public page folds it: the page starts from this fold and folds the pushed events
      // on top; its "Vérifier" folds log.json independently (client/src/realtime/usePublicLog.ts).
      method: 'get',
      path: '/api/public/processes/:id/fold',
      role: Role.Public,
      handle: (req) => {
        const id = param(req, 'id');
        return { data: publicFolds.of(id, ceremony.state(id).head) };
      },
    },
    {
      method: 'get',
      path: '/api/public/processes/:id/checkpoints.json',
      role: Role.Public,
      handle: (req) => {
        const id = param(req, 'id');
        ceremony.state(id);
        return jsonFile(
          `${JSON.stringify(store.checkpoints(id))}\n`,
          `points-de-controle-${id}.json`,
        );
      },
    },

    // Organiser: the ceremony.
    {
      method: 'get',
      path: '/api/processes',
      role: Role.Organiser,
      handle: () => ({ data: ceremony.list() }),
    },
    {
      method: 'post',
      path: '/api/processes',
      role: Role.Organiser,
      handle: (req) => ({ status: 201, data: ceremony.create(parse(CreateProcess, req.body)) }),
    },
    {
      method: 'get',
      path: '/api/processes/:id',
      role: Role.Organiser,
      handle: (req) => ({ data: ceremony.state(param(req, 'id')) }),
    },
    {
      method: 'put',
      path: '/api/processes/:id/settings',
      role: Role.Organiser,
      handle: (req) => ({
        data: ceremony.changeSettings(param(req, 'id'), parse(Settings, req.body)),
      }),
    },
    {
      method: 'post',
      path: '/api/processes/:id/volunteers',
      role: Role.Organiser,
      rawBody: true,
      handle: (req) => {
        const { bytes, fileName } = uploadedFile(
          req,
          'volunteers.csv',
          'send the CSV file as the request body (Content-Type: text/csv)',
        );
        return { data: ceremony.importVolunteers(param(req, 'id'), bytes, fileName) };
      },
    },
    {
      method: 'post',
      path: '/api/processes/:id/dossiers',
      role: Role.Organiser,
      rawBody: true,
      handle: (req) => {
        const { bytes, fileName } = uploadedFile(
          req,
          'dossiers.json',
          'send the dossier file (JSON or CSV) as the request body',
        );
        return { data: ceremony.importDossiers(param(req, 'id'), bytes, fileName) };
      },
    },
    {
      method: 'get',
      path: '/api/processes/:id/receipts.json',
      role: Role.Organiser,
      handle: (req) =>
        jsonFile(
          `${JSON.stringify(ceremony.receipts(param(req, 'id')), null, 1)}\n`,
          `recus-${param(req, 'id')}.json`,
        ),
    },
    {
      method: 'post',
      path: '/api/processes/:id/commit',
      role: Role.Organiser,
      handle: (req) => {
        const { state, organiserSecret } = ceremony.commitDraw(
          param(req, 'id'),
          parse(Commit, req.body ?? {}),
        );
        return { status: 201, data: { state, organiserSecret } };
      },
    },
    {
      method: 'post',
      path: '/api/processes/:id/reveal',
      role: Role.Organiser,
      handle: async (req) => {
        const body = parse(Reveal, req.body);
        // A timelock source is opened with the round's signature first (asynchronous), then recorded.
        const opening =
          'signature' in body
            ? await ceremony.openTimelockSource(param(req, 'id'), body.source, body.signature)
            : undefined;
        return {
          data: ceremony.reveal(
            param(req, 'id'),
            body.source,
            'value' in body ? { value: body.value } : { signature: body.signature },
            opening,
          ),
        };
      },
    },
    {
      method: 'post',
      path: '/api/processes/:id/draw',
      role: Role.Organiser,
      handle: (req) => ({ status: 201, data: ceremony.draw(param(req, 'id')) }),
    },
    {
      method: 'post',
      path: '/api/processes/:id/invitations',
      role: Role.Organiser,
      handle: (req) => ({
        status: 201,
        data: ceremony.sendInvitations(
          param(req, 'id'),
          new Date(parse(Invitations, req.body).deadline),
        ),
      }),
    },

    {
      // What the organiser's forms must respect (the commit form says the minimum drand delay).
      method: 'get',
      path: '/api/ceremony/limits',
      role: Role.Organiser,
      handle: () => ({ data: ceremony.limits() }),
    },

    // Invitees: the token in the path is the credential.
    {
      method: 'get',
      path: '/api/invitations/:token',
      role: Role.Invitee,
      handle: (req) => ({ data: ceremony.invitation(param(req, 'token')) }),
    },
    {
      method: 'post',
      path: '/api/invitations/:token/answer',
      role: Role.Invitee,
      handle: (req) => {
        const token = param(req, 'token');
        const { answer, reason } = parse(Answer, req.body);
        ceremony.answer(token, answer, reason);
        const invitation = ceremony.invitation(token);
        return { data: invitation, ...jurorCookie(req, invitation) };
      },
    },
    // An accepted juror reopening their link (a new browser, a second device) gets a juror session. A
    // POST, not the GET above: reading an invitation never writes, and the Origin check applies.
    {
      method: 'post',
      path: '/api/invitations/:token/session',
      role: Role.Invitee,
      handle: (req) => {
        const invitation = ceremony.invitation(param(req, 'token'));
        if (invitation.status !== 'accepted')
          throw new KleroterionError(
            ErrorCode.TransitionRefused,
            'only an accepted juror holding the seat gets a room session',
          );
        return { data: invitation, ...jurorCookie(req, invitation) };
      },
    },
  ];
}
