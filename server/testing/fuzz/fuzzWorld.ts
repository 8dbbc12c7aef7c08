// Fuzzing helper: a real server (port 0, on-disk database) holding a deliberation in progress, a second
// drawn process, a draft process and a call for projects, with one HTTP client and one live socket per
// kind of caller, the secrets no other caller may ever see, and a snapshot of every table for "nothing
// changed" checks.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { io as connect, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../../shared/protocol';
import type { ProcessState } from '../../../shared/process/processState';
import { DEFAULT_CRITERIA } from '../../../shared/process/processEvents';
import { MAJORITY_GRADES } from '../../../shared/scoring/gradingScale';
import type { Log } from '../../ports';
import { openCall, sampleApplication } from '../callFixture';
import { drawAndAccept, drawnJuryWithDossiers } from '../ceremonyFixture';
import { joinJurors, ok, openRoom } from '../deliberationFixture';
import {
  signIn,
  signInAs,
  data,
  startTestServer,
  type ApiClient,
  type TestServer,
} from '../testServer';
import { CALLERS, type Caller } from '../contract/accessTable';

export type FuzzSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface CallerHandle {
  caller: Caller;
  /** Session cookie header (organiser only). */
  cookie?: string;
  /** The caller's own link token, if any. */
  token?: string;
  socket: FuzzSocket;
  /** Everything the server pushed to this socket since the last drain. */
  received: unknown[];
}

export interface FuzzWorld {
  server: TestServer;
  organiser: ApiClient;
  processId: string;
  otherProcessId: string;
  draftProcessId: string;
  callId: string;
  applicationRef: string;
  callers: Record<Caller, CallerHandle>;
  /** A logged-out and an expired organiser session, an answered invitation. */
  staleCredentials: { loggedOutCookie: string; expiredCookie: string; answeredToken: string };
  /** Personal data and credentials, with the caller allowed to see each (undefined: organiser only). */
  secrets: { text: string; owner?: Caller }[];
  /** How the accounts other than the organiser sign in again after a fuzzed sign-out. */
  accountLogins: Partial<Record<Caller, { email: string; password: string }>>;
  /** Errors the server logged (a handler that failed unexpectedly). */
  loggedErrors: string[];
  snapshot(): string;
  openSocket(cookie?: string): Promise<FuzzSocket>;
  close(): Promise<void>;
}

const volunteersCsv = (prefix: string, count: number) =>
  `name,email\n${Array.from(
    { length: count },
    (_, i) => `Volontaire ${prefix}${i},${prefix}${i}.secret@volunteers.example`,
  ).join('\n')}\n`;

export async function createFuzzWorld(): Promise<FuzzWorld> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kleroterion-fuzz-'));
  const loggedErrors: string[] = [];
  const log: Log = {
    info: () => {},
    warn: () => {},
    error: (object, message) => loggedErrors.push(`${message ?? ''} ${JSON.stringify(object)}`),
  };
  const server = await startTestServer({ dataDir, log });
  const reader = new Database(join(dataDir, 'kleroterion.sqlite'), { readonly: true });
  const sockets: FuzzSocket[] = [];
  const openSocket = (cookie?: string): Promise<FuzzSocket> => {
    const socket: FuzzSocket = connect(server.url, {
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
      ...(cookie === undefined ? {} : { extraHeaders: { cookie } }),
    });
    sockets.push(socket);
    return new Promise((resolve, reject) => {
      socket.once('connect', () => resolve(socket));
      socket.once('connect_error', reject);
    });
  };

  // Process A: five seats drawn and accepted, two dossiers, the room open and scoring the first dossier.
  const a = await drawnJuryWithDossiers(server, {
    title: 'Fuzz A',
    seats: 5,
    alternates: 1,
    dossierTitles: ['Projet 1', 'Projet 2'],
  });
  const { organiser, processId, tokens } = a;
  // Process B, drawn too: its juror must get nothing in A.
  const otherProcessId = data(
    await organiser.post<ProcessState>('/api/processes', {
      title: 'Fuzz B',
      seats: 2,
      alternates: 0,
    }),
  ).id;
  data(await organiser.post(`/api/processes/${otherProcessId}/volunteers`, volunteersCsv('b', 8)));
  const otherTokens = await drawAndAccept(server, organiser, otherProcessId);
  // Process C stays a draft, so that its settings can still change.
  const draftProcessId = data(
    await organiser.post<ProcessState>('/api/processes', { title: 'Fuzz C', seats: 3 }),
  ).id;
  data(await organiser.post(`/api/processes/${draftProcessId}/volunteers`, volunteersCsv('c', 6)));

  // A call for projects with one application and one reviewer.
  const callId = await openCall(organiser);
  let sent = server.outbox.length;
  const { ref: applicationRef } = data(
    await server
      .client()
      .post<{ ref: string }>(`/api/public/calls/${callId}/applications`, sampleApplication(1)),
  );
  const applicantToken = /\/candidature\/([A-Za-z0-9_-]+)/.exec(server.outbox[sent]!.text)![1]!;
  sent = server.outbox.length;
  data(
    await organiser.post(`/api/calls/${callId}/reviewers`, {
      name: 'Relectrice Confidentielle',
      email: 'relectrice.secret@administration.example',
    }),
  );
  const reviewerToken = /\/relecture\/([A-Za-z0-9_-]+)/.exec(server.outbox[sent]!.text)![1]!;
  // A second reviewer, so that the application is assigned to both.
  data(
    await organiser.post(`/api/calls/${callId}/reviewers`, {
      name: 'Second Relecteur',
      email: 'relecteur2.secret@administration.example',
    }),
  );
  data(await organiser.post(`/api/calls/${callId}/assign`));

  // Stale organiser credentials: one session logged out, one expired (the clock moves past its 8 h).
  const loginCookie = async () => {
    const answer = await signIn(server.client(), 'fixture password 42');
    return (answer.headers.get('set-cookie') ?? '').split(';')[0]!;
  };
  const loggedOutCookie = await loginCookie();
  await server
    .client()
    .request('POST', '/api/auth/logout', {}, { headers: { cookie: loggedOutCookie } });
  const expiredCookie = await loginCookie();
  server.clock.advance(8 * 3600 * 1000 + 60_000);
  data(await signIn(organiser, 'fixture password 42'));
  const cookie = await loginCookie();

  // The room: facilitator opens it, seat 2 declares a conflict, scoring of the first dossier starts,
  // and seats 3 and 4 seal ballots whose nonces must stay private until the reveal.
  const facilitator = await openSocket(cookie);
  await openRoom(facilitator, processId, { confidential: false });
  const jurorSockets = await joinJurors(() => openSocket(), processId, tokens);
  const dossierId = 'AIC-2026-001';
  await ok(jurorSockets[1]!.emitWithAck('conflict:declare', { dossierId }));
  await ok(facilitator.emitWithAck('agenda:move', { dossierId }));
  await ok(facilitator.emitWithAck('phase:start', { phase: 'presentation' }));
  await ok(facilitator.emitWithAck('phase:start', { phase: 'scoring' }));
  const nonces = [3, 4].map((seat) =>
    createHash('sha256').update(`nonce ${seat}`).digest('hex').slice(0, 32),
  );
  for (const [i, seat] of [3, 4].entries())
    await ok(
      jurorSockets[seat - 1]!.emitWithAck('score:submit', {
        ballot: {
          dossierId,
          round: 1,
          grades: Object.fromEntries(DEFAULT_CRITERIA.map((c) => [c.id, MAJORITY_GRADES[5]!])),
          nonce: nonces[i]!,
        },
      }),
    );
  for (const socket of jurorSockets.slice(2)) socket.disconnect();

  // Accounts with one role each: a facilitator assigned to the process (in its room), and an auditor.
  const facilitatorAccount = await signInAs(server, ['facilitator'], 'animatrice@kleroterion.test');
  data(
    await organiser.put(`/api/processes/${processId}/facilitators`, {
      accountIds: [facilitatorAccount.accountId],
    }),
  );
  const facilitatorSocket = await openSocket(facilitatorAccount.cookie);
  await ok(facilitatorSocket.emitWithAck('room:join', { processId }));
  const auditorAccount = await signInAs(server, ['auditor'], 'auditeur@kleroterion.test');
  const auditorSocket = await openSocket(auditorAccount.cookie);
  await ok(auditorSocket.emitWithAck('room:join', { processId }));

  const observer = await openSocket();
  await ok(observer.emitWithAck('room:join', { processId }));
  const handle = (caller: Caller, socket: FuzzSocket, extra: Partial<CallerHandle> = {}) => {
    const received: unknown[] = [];
    socket.onAny((event: string, ...args: unknown[]) => received.push({ event, args }));
    return { caller, socket, received, ...extra };
  };
  const outsider = async (token: string) => {
    const socket = await openSocket();
    // Joining the main room with a token that gives no seat there leaves the socket outside any room.
    await socket.emitWithAck('room:join', { processId, token });
    return socket;
  };
  const callers: Record<Caller, CallerHandle> = {
    anonymous: handle('anonymous', await openSocket()),
    observer: handle('observer', observer),
    juror: handle('juror', jurorSockets[0]!, { token: tokens[0]! }),
    conflictedJuror: handle('conflictedJuror', jurorSockets[1]!, { token: tokens[1]! }),
    otherJuror: handle('otherJuror', await outsider(otherTokens[0]!), { token: otherTokens[0]! }),
    applicant: handle('applicant', await outsider(applicantToken), { token: applicantToken }),
    reviewer: handle('reviewer', await outsider(reviewerToken), { token: reviewerToken }),
    organiser: handle('organiser', facilitator, { cookie }),
    facilitator: handle('facilitator', facilitatorSocket, { cookie: facilitatorAccount.cookie }),
    auditor: handle('auditor', auditorSocket, { cookie: auditorAccount.cookie }),
  };
  if (Object.keys(callers).length !== CALLERS.length) throw new Error('a caller is missing');

  const secrets: FuzzWorld['secrets'] = [
    ...Array.from({ length: 30 }, (_, i) => ({ text: `p${i}@example.org` })),
    ...Array.from({ length: 8 }, (_, i) => ({ text: `b${i}.secret@volunteers.example` })),
    ...Array.from({ length: 6 }, (_, i) => ({ text: `c${i}.secret@volunteers.example` })),
    { text: 'porteuse1@example.org', owner: 'applicant' },
    { text: 'relectrice.secret@administration.example' },
    { text: 'relecteur2.secret@administration.example' },
    { text: 'Second Relecteur' },
    { text: 'Relectrice Confidentielle', owner: 'reviewer' },
    ...tokens.map((text, i) => ({
      text,
      ...(i === 0
        ? { owner: 'juror' as const }
        : i === 1
          ? { owner: 'conflictedJuror' as const }
          : {}),
    })),
    ...otherTokens.map((text, i) => ({
      text,
      ...(i === 0 ? { owner: 'otherJuror' as const } : {}),
    })),
    { text: applicantToken, owner: 'applicant' },
    { text: reviewerToken, owner: 'reviewer' },
    { text: cookie.split('=')[1]! },
    ...nonces.map((text) => ({ text })),
  ];

  // The private audit trail records reads of private downloads by design: not state a read must keep.
  const tables = (
    reader.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
      name: string;
    }[]
  )
    .map((row) => row.name)
    // (sqlite_sequence holds its AUTOINCREMENT counter; every other such table shows its own rows.)
    .filter((name) => name !== 'audit_trail' && name !== 'sqlite_sequence');
  const snapshot = (): string => {
    const hash = createHash('sha256');
    for (const table of tables)
      for (const row of reader.prepare(`SELECT * FROM "${table}"`).raw().iterate())
        hash.update(`${table}\u0000${JSON.stringify(row)}\n`);
    return hash.digest('hex');
  };

  return {
    server,
    organiser,
    processId,
    otherProcessId,
    draftProcessId,
    callId,
    applicationRef,
    callers,
    accountLogins: {
      facilitator: { email: 'animatrice@kleroterion.test', password: 'account password 42' },
      auditor: { email: 'auditeur@kleroterion.test', password: 'account password 42' },
    },
    staleCredentials: { loggedOutCookie, expiredCookie, answeredToken: tokens[0]! },
    secrets,
    loggedErrors,
    snapshot,
    openSocket,
    async close() {
      for (const socket of sockets) socket.disconnect();
      reader.close();
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
