// Test and benchmark helper: drives a process through the whole ceremony to an open deliberation room,
// with every juror having accepted, over the real HTTP API.

import drand from '../../fixtures/vectors/drand-quicknet.json';
import { syntheticDossier } from '../../shared/testing/syntheticProcess';
import type { Dossier } from '../../shared/dossier/dossier';
import type { ProcessState } from '../../shared/process/processState';
import { setUpAdministrator, data, type ApiClient, type TestServer } from './testServer';

export interface JuryOptions {
  title?: string;
  seats?: number;
  alternates?: number;
  /** Most winners (default 10). */
  shortlistMax?: number;
  /** Titles of the dossiers to import (none: no dossiers). */
  dossierTitles?: string[];
}

/**
 * Drives a new process through the ceremony on `server` (whose clock must precede drand round 657413):
 * password set, 30 volunteers, commitment, reveals, draw, invitations, every seat accepted, dossiers
 * imported. Returns the organiser's client and cookie, the process id and each seat's invitation token.
 */
export async function drawnJuryWithDossiers(
  server: Pick<TestServer, 'client' | 'outbox'>,
  options: JuryOptions = {},
): Promise<{ processId: string; cookie: string; tokens: string[]; organiser: ApiClient }> {
  const {
    title = 'Jury',
    seats = 15,
    alternates = 0,
    dossierTitles = ['Projet 1', 'Projet 2'],
  } = options;
  const organiser = server.client();
  const setup = await setUpAdministrator(organiser, 'fixture password 42');
  const cookie = (setup.headers.get('set-cookie') ?? '').split(';')[0] as string;
  const processId = await createProcessWithVolunteers(
    organiser,
    {
      title,
      seats,
      alternates,
      ...(options.shortlistMax === undefined ? {} : { shortlistMax: options.shortlistMax }),
    },
    numberedVolunteers(30),
  );
  const tokens = await drawAndAccept(server, organiser, processId);
  if (dossierTitles.length > 0)
    await importDossiers(
      organiser,
      processId,
      dossierTitles.map((dossierTitle, i) => syntheticDossier(i + 1, dossierTitle)),
    );
  return { processId, cookie, tokens, organiser };
}

/**
 * Reveals the two sources of a commitment made without witnesses: the organiser's secret (source 0),
 * then the drand round's signature (source 1).
 */
export async function revealSecretAndRound(
  organiser: ApiClient,
  processId: string,
  organiserSecret: string,
  round: { signature: string },
): Promise<void> {
  data(
    await organiser.post(`/api/processes/${processId}/reveal`, {
      source: 0,
      value: organiserSecret,
    }),
  );
  data(
    await organiser.post(`/api/processes/${processId}/reveal`, {
      source: 1,
      signature: round.signature,
    }),
  );
}

/** `count` volunteers as CSV rows `name,email`: "P 0,p0@example.org", "P 1,p1@example.org"… */
export const numberedVolunteers = (count: number): string[] =>
  Array.from({ length: count }, (_, i) => `P ${i},p${i}@example.org`);

/**
 * Creates a process with `settings` (title, seats, alternates…) and imports `volunteers`: CSV rows
 * `name,email`, or a whole CSV file's text or bytes (its header line first). Returns the process id.
 */
export async function createProcessWithVolunteers(
  organiser: ApiClient,
  settings: { title: string; seats?: number; alternates?: number; shortlistMax?: number },
  volunteers: readonly string[] | string | Uint8Array,
): Promise<string> {
  const processId = data(await organiser.post<ProcessState>('/api/processes', settings)).id;
  const csv =
    typeof volunteers === 'string' || volunteers instanceof Uint8Array
      ? volunteers
      : `name,email\n${volunteers.join('\n')}\n`;
  data(await organiser.post(`/api/processes/${processId}/volunteers`, csv));
  return processId;
}

/** Imports `dossiers` (a version-1 export of cohort "Test") into the process. */
export async function importDossiers(
  organiser: ApiClient,
  processId: string,
  dossiers: readonly Dossier[],
): Promise<void> {
  data(
    await organiser.post(
      `/api/processes/${processId}/dossiers`,
      new TextEncoder().encode(JSON.stringify({ version: 1, cohort: 'Test', dossiers })),
      { contentType: 'application/json' },
    ),
  );
}

/** The invitation token in the link of an invitation e-mail's text. */
export const invitationTokenOf = (mailText: string): string =>
  /\/i\/([A-Za-z0-9_-]+)/.exec(mailText)![1]!;

/**
 * Commits (organiser secret + drand round 657413), reveals both values, draws and invites every seat.
 * The process must have its volunteers imported and `server`'s clock must precede the drand round.
 * Returns each seat's invitation token, in seat order; nobody has answered yet.
 */
export async function drawAndInvite(
  server: Pick<TestServer, 'outbox'>,
  organiser: ApiClient,
  processId: string,
): Promise<string[]> {
  const round = drand.rounds[0]!;
  const { organiserSecret } = data(
    await organiser.post<{ organiserSecret: string }>(`/api/processes/${processId}/commit`, {
      witnesses: [],
      drandRound: round.round,
    }),
  );
  await revealSecretAndRound(organiser, processId, organiserSecret, round);
  data(await organiser.post(`/api/processes/${processId}/draw`));
  const sent = server.outbox.length;
  data(
    await organiser.post(`/api/processes/${processId}/invitations`, {
      deadline: '2023-09-20T00:00:00Z',
    }),
  );
  return server.outbox.slice(sent).map((mail) => invitationTokenOf(mail.text));
}

/**
 * Draws and invites as `drawAndInvite` does, then has every juror accept. Returns each seat's
 * invitation token, in seat order.
 */
export async function drawAndAccept(
  server: Pick<TestServer, 'client' | 'outbox'>,
  organiser: ApiClient,
  processId: string,
): Promise<string[]> {
  const tokens = await drawAndInvite(server, organiser, processId);
  for (const token of tokens)
    data(await server.client().post(`/api/invitations/${token}/answer`, { answer: 'accept' }));
  return tokens;
}
