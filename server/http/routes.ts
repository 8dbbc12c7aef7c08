// Every HTTP route of the API, declared as data with the role it requires, so that authorisation is
// enforced in one place and the authorisation matrix test can enumerate them all.

import type { Request } from 'express';
import { canonicalize } from '../../shared/crypto/jcs';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import { ceremonyContract } from '../../shared/api/contract';
import { contractRoutes } from './contractRoutes';
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

import type { Role } from '../../shared/api/roles';

export { ACCOUNT_ROLE_VALUES, Role, rolesOf } from '../../shared/api/roles';

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
export const jsonFile = (
  text: string,
  fileName: string,
): RouteResult & { raw: NonNullable<RouteResult['raw']> } => ({
  raw: { contentType: 'application/json; charset=utf-8', body: text, fileName },
});

export interface Route {
  /** The contract's id of the route (shared/api/contract.ts); absent for a group not migrated yet. */
  id?: string;
  method: 'get' | 'post' | 'put';
  path: string;
  /** The role required, or the roles of which any one is enough. */
  role: Role | readonly Role[];
  /** Body is the raw upload (CSV) instead of JSON. */
  rawBody?: boolean;
  /** Body is left unread: the handler streams it (an upload too large to hold, e.g. a register). */
  streamBody?: boolean;
  /** Subject to a rate limit: sign-in attempts (true), or applications to a call per client. */
  rateLimited?: true | 'applications';
  handle(req: Request): RouteResult | Promise<RouteResult>;
}

export function apiRoutes(
  ceremony: Ceremony,
  store: EventStore,
  jurorSessions: JurorSessions,
  /** Whether the server seeded the process as a demonstration (its pages then carry the demo banner). */
  isDemo: (processId: string) => boolean = () => false,
  options: { checkAnswers?: boolean } = {},
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
  return contractRoutes(
    ceremonyContract,
    {
      // Public: the whole public record, no authentication.
      'public.processes': () => ({
        data: ceremony.list().map((state) => ({
          id: state.id,
          title: state.settings.title,
          status: state.status,
          stage: processStage(state),
        })),
      }),
      'public.process': ({ params }) => {
        const state = ceremony.state(params.id);
        return {
          data: { ...publicView(state), ...(isDemo(state.id) ? { demo: true as const } : {}) },
        };
      },
      // The full dossiers the jury deliberates on (already public in the log's `dossiers.imported`): fetched
      // once by the room, so that the views broadcast after every change carry only their summaries.
      'public.dossiers': ({ params }) => ({
        data: { dossiers: ceremony.state(params.id).dossiers?.dossiers ?? [] },
      }),
      'public.record': ({ params }) => {
        const state = ceremony.state(params.id);
        if (state.record === undefined)
          throw new KleroterionError(ErrorCode.NotFound, 'this process has not been drawn yet');
        return jsonFile(`${canonicalize(state.record)}\n`, `tirage-${state.id}.json`);
      },
      'public.log': ({ params }) => {
        const id = params.id;
        ceremony.state(id);
        // While a confidential deliberation is in progress its events show as {seq, hash, withheld}.
        return jsonFile(`${JSON.stringify(publicLogOf(store.events(id)))}\n`, `journal-${id}.json`);
      },
      // log.json as the public page folds it: the page starts from this fold and folds the pushed events
      // on top; its "Vérifier" folds log.json independently (client/src/realtime/usePublicLog.ts).
      'public.fold': ({ params }) => {
        const id = params.id;
        return { data: publicFolds.of(id, ceremony.state(id).head) };
      },
      'public.checkpoints': ({ params }) => {
        const id = params.id;
        ceremony.state(id);
        return jsonFile(
          `${JSON.stringify(store.checkpoints(id))}\n`,
          `points-de-controle-${id}.json`,
        );
      },

      // Organiser: the ceremony.
      'processes.list': () => ({ data: ceremony.list() }),
      'processes.create': ({ body }) => ({ status: 201, data: ceremony.create(body) }),
      'processes.get': ({ params }) => ({ data: ceremony.state(params.id) }),
      'processes.settings': ({ params, body }) => ({
        data: ceremony.changeSettings(params.id, body),
      }),
      'processes.volunteers': ({ params, req }) => {
        const { bytes, fileName } = uploadedFile(
          req,
          'volunteers.csv',
          'send the CSV file as the request body (Content-Type: text/csv)',
        );
        return { data: ceremony.importVolunteers(params.id, bytes, fileName) };
      },
      'processes.dossiers': ({ params, req }) => {
        const { bytes, fileName } = uploadedFile(
          req,
          'dossiers.json',
          'send the dossier file (JSON or CSV) as the request body',
        );
        return { data: ceremony.importDossiers(params.id, bytes, fileName) };
      },
      'processes.receipts': ({ params }) =>
        jsonFile(
          `${JSON.stringify(ceremony.receipts(params.id), null, 1)}\n`,
          `recus-${params.id}.json`,
        ),
      'processes.commit': ({ params, body }) => {
        const { state, organiserSecret } = ceremony.commitDraw(params.id, body);
        return { status: 201, data: { state, organiserSecret } };
      },
      'processes.reveal': async ({ params, body }) => {
        // A timelock source is opened with the round's signature first (asynchronous), then recorded.
        const opening =
          'signature' in body
            ? await ceremony.openTimelockSource(params.id, body.source, body.signature)
            : undefined;
        return {
          data: ceremony.reveal(
            params.id,
            body.source,
            'value' in body ? { value: body.value } : { signature: body.signature },
            opening,
          ),
        };
      },
      'processes.draw': ({ params }) => ({ status: 201, data: ceremony.draw(params.id) }),
      'processes.invitations': ({ params, body }) => ({
        status: 201,
        data: ceremony.sendInvitations(params.id, new Date(body.deadline)),
      }),
      // What the organiser's forms must respect (the commit form says the minimum drand delay).
      'ceremony.limits': () => ({ data: ceremony.limits() }),

      // Invitees: the token in the path is the credential.
      'invitations.get': ({ params }) => ({ data: ceremony.invitation(params.token) }),
      'invitations.answer': ({ params, body, req }) => {
        const token = params.token;
        ceremony.answer(token, body.answer, body.reason);
        const invitation = ceremony.invitation(token);
        return { data: invitation, ...jurorCookie(req, invitation) };
      },
      // An accepted juror reopening their link (a new browser, a second device) gets a juror session. A
      // POST, not the GET above: reading an invitation never writes, and the Origin check applies.
      'invitations.session': ({ params, req }) => {
        const invitation = ceremony.invitation(params.token);
        if (invitation.status !== 'accepted')
          throw new KleroterionError(
            ErrorCode.TransitionRefused,
            'only an accepted juror holding the seat gets a room session',
          );
        return { data: invitation, ...jurorCookie(req, invitation) };
      },
    },
    options,
  );
}
