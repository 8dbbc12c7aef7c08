// Test helper: one server holding a process at every stage, an open deliberation room in scoring, a call
// for projects with an application and a reviewer, for the browser tour of every page (e2e/pages.e2e).
// Built from the other fixtures; the server's clock must precede drand round 657413.

import { io as connect, type Socket } from 'socket.io-client';
import drand from '../../fixtures/vectors/drand-quicknet.json';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/protocol';
import { syntheticDossier } from '../../shared/testing/syntheticProcess';
import { openCall, sampleApplication } from '../../server/testing/callFixture';
import {
  createProcessWithVolunteers,
  drawAndInvite,
  importDossiers,
  numberedVolunteers,
  revealSecretAndRound,
} from '../../server/testing/ceremonyFixture';
import { ok, openRoom } from '../../server/testing/deliberationFixture';
import { deliberatedProcessWithDecline } from '../../server/testing/procesVerbalFixture';
import { data, signIn, type ApiClient, type TestServer } from '../../server/testing/testServer';

/** procesVerbalFixture's password: its first process creates the administrator with it. */
const PASSWORD = 'mot de passe très long';

export interface TourProcess {
  id: string;
  title: string;
}

export interface TourData {
  /** The organiser's (and administrator's) `kl_session=…` cookie pair. */
  organiserCookie: string;
  /** Volunteers imported, nothing committed: settings, volunteers and the commitment form. */
  created: TourProcess;
  /** Committed, nothing revealed: the public page before the draw, the console's reveal section. */
  committed: TourProcess;
  /** Both sources revealed, not drawn: the console's draw section. */
  revealed: TourProcess;
  /** Drawn and invited, four seats accepted, the room open with its first dossier in scoring. */
  inSession: TourProcess & {
    /** The fifth seat's invitation, not answered yet. */
    pendingInvitationToken: string;
    /** Seat 1's `kl_juror_<process>=…` cookie pair (its juror session). */
    jurorCookie: string;
    /** The projector link's token (what follows `#` in /salle/<id>/projection#<token>). */
    projectorToken: string;
    /** The dossier in scoring. */
    dossierTitle: string;
  };
  /** Deliberated, results not published: the console's results and publication sections. */
  deliberated: TourProcess;
  /** Deliberated and published: results page, procès-verbal. */
  published: TourProcess;
  call: {
    id: string;
    title: string;
    /** The applicant's private status link's token (/candidature/<token>). */
    applicationToken: string;
    projectName: string;
    /** The reviewer's private link's token (/relecture/<token>). */
    reviewerToken: string;
  };
  /** Disconnects the facilitator's socket (the room stays open). */
  close: () => void;
}

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

const tokenIn = (text: string, path: string): string => {
  const token = new RegExp(`/${path}/([A-Za-z0-9_-]+)`).exec(text)?.[1];
  if (token === undefined) throw new Error(`no /${path}/ link in the mail`);
  return token;
};

async function newProcess(organiser: ApiClient, title: string): Promise<TourProcess> {
  const id = await createProcessWithVolunteers(
    organiser,
    { title, seats: 5, alternates: 1 },
    numberedVolunteers(12),
  );
  return { id, title };
}

async function commit(organiser: ApiClient, processId: string): Promise<string> {
  return data(
    await organiser.post<{ organiserSecret: string }>(`/api/processes/${processId}/commit`, {
      witnesses: [],
      drandRound: drand.rounds[0]!.round,
    }),
  ).organiserSecret;
}

/** Builds every stage on `server` (clock before drand round 657413, e.g. 2023-09-15T10:00:00Z). */
export async function pageTourData(server: TestServer): Promise<TourData> {
  // The procès-verbal fixture's process comes first: it creates the administrator.
  const deliberatedRun = await deliberatedProcessWithDecline(server);
  const publishedRun = await deliberatedProcessWithDecline(server);
  await publishedRun.publish();
  const organiser = server.client();
  const session = await signIn(organiser, PASSWORD);
  data(session);
  const organiserCookie = (session.headers.get('set-cookie') ?? '').split(';')[0]!;
  const deliberatedTitle = data(
    await organiser.get<{ settings: { title: string } }>(
      `/api/processes/${deliberatedRun.processId}`,
    ),
  ).settings.title;

  const created = await newProcess(organiser, 'Jury des mobilités');
  const committed = await newProcess(organiser, 'Jury de l’alimentation');
  await commit(organiser, committed.id);
  const revealed = await newProcess(organiser, 'Jury du logement');
  await revealSecretAndRound(organiser, revealed.id, await commit(organiser, revealed.id), {
    signature: drand.rounds[0]!.signature,
  });

  const inSession = await newProcess(organiser, 'Jury citoyen de la culture');
  const tokens = await drawAndInvite(server, organiser, inSession.id);
  let jurorCookie = '';
  for (const [seat, token] of tokens.slice(0, 4).entries()) {
    const answer = await server.client().post(`/api/invitations/${token}/answer`, {
      answer: 'accept',
    });
    data(answer);
    if (seat === 0) jurorCookie = (answer.headers.get('set-cookie') ?? '').split(';')[0]!;
  }
  const dossierTitle = 'Stations météo ouvertes';
  await importDossiers(organiser, inSession.id, [
    syntheticDossier(1, dossierTitle),
    syntheticDossier(2, 'Encyclopédie pour les enfants'),
  ]);
  const facilitator: Client = connect(server.url, {
    transports: ['websocket'],
    forceNew: true,
    extraHeaders: { cookie: organiserCookie },
  });
  await new Promise<void>((resolve, reject) => {
    facilitator.on('connect', resolve);
    facilitator.on('connect_error', reject);
  });
  await openRoom(facilitator, inSession.id, { confidential: true });
  await ok(facilitator.emitWithAck('agenda:move', { dossierId: 'AIC-2026-001' }));
  await ok(facilitator.emitWithAck('phase:start', { phase: 'presentation' }));
  await ok(facilitator.emitWithAck('phase:start', { phase: 'scoring' }));
  const { token: projectorToken } = await ok(facilitator.emitWithAck('projector:open', {}));

  const callId = await openCall(organiser);
  const application = sampleApplication(1);
  data(await server.client().post(`/api/public/calls/${callId}/applications`, application));
  const applicationMail = await server.awaitMail((mail) => mail.to === application.email);
  // Assignment needs two reviewers; the first one's link is the tour's.
  const reviewerTokens: string[] = [];
  for (const [name, email] of [
    ['Agnès Relectrice', 'agnes@administration.example'],
    ['Bruno Relecteur', 'bruno@administration.example'],
  ] as const) {
    const before = server.outbox.length;
    data(await organiser.post(`/api/calls/${callId}/reviewers`, { name, email }));
    reviewerTokens.push(tokenIn(server.outbox[before]?.text ?? '', 'relecture'));
  }
  data(await organiser.post(`/api/calls/${callId}/assign`, {}));

  return {
    organiserCookie,
    created,
    committed,
    revealed,
    inSession: {
      ...inSession,
      pendingInvitationToken: tokens[4]!,
      jurorCookie,
      projectorToken,
      dossierTitle,
    },
    deliberated: { id: deliberatedRun.processId, title: deliberatedTitle },
    published: { id: publishedRun.processId, title: deliberatedTitle },
    call: {
      id: callId,
      title: 'Appel à projets 2026',
      applicationToken: tokenIn(applicationMail.text, 'candidature'),
      projectName: application.projectName,
      reviewerToken: reviewerTokens[0]!,
    },
    close: () => facilitator.disconnect(),
  };
}
