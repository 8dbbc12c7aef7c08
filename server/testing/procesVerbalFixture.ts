// Test helper: a process whose procès-verbal has something in every section: seat 1 declines and the
// first alternate takes it, the jury deliberates on two of three dossiers (one under the floor), and a
// juror declares a conflict of interest. The volunteers' names and e-mails are distinctive, so that a test
// can prove none of them reaches a public artefact.

import { io as connect } from 'socket.io-client';
import { syntheticDossier } from '../../shared/testing/syntheticProcess';
import {
  createProcessWithVolunteers,
  drawAndInvite,
  importDossiers,
  invitationTokenOf,
} from './ceremonyFixture';
import { deliberate, ok } from './deliberationFixture';
import { setUpAdministrator, signIn, data, type ApiClient, type TestServer } from './testServer';

export const VOLUNTEER_NAMES = Array.from({ length: 30 }, (_, i) => `Volontaire Nominatif${i}`);
export const VOLUNTEER_EMAILS = VOLUNTEER_NAMES.map((_, i) => `personne.${i}@exemple-prive.fr`);

export interface DeliberatedProcess {
  processId: string;
  organiser: ApiClient;
  /** Publishes the results (the procès-verbal becomes available). */
  publish: () => Promise<void>;
}

/** Drives a five-seat process with two alternates to the end of deliberation, results not yet published. */
export async function deliberatedProcessWithDecline(
  server: Pick<TestServer, 'client' | 'outbox' | 'url'>,
): Promise<DeliberatedProcess> {
  const organiser = server.client();
  const password = 'mot de passe très long';
  // The first process of a server creates the administrator; later ones sign in with it.
  let session = await setUpAdministrator(organiser, password);
  if (session.status !== 201 && session.status !== 200) session = await signIn(organiser, password);
  const cookie = (session.headers.get('set-cookie') ?? '').split(';')[0] as string;
  const processId = await createProcessWithVolunteers(
    organiser,
    { title: 'Jury de la Métropole', seats: 5, alternates: 2 },
    VOLUNTEER_NAMES.map((name, i) => `${name},${VOLUNTEER_EMAILS[i]}`),
  );
  const tokens = await drawAndInvite(server, organiser, processId);
  const anyone = server.client();
  // Seat 1 declines: the first alternate is invited in their place.
  data(await anyone.post(`/api/invitations/${tokens[0]}/answer`, { answer: 'decline' }));
  tokens[0] = invitationTokenOf(server.outbox.at(-1)!.text);
  for (const token of tokens)
    data(await anyone.post(`/api/invitations/${token}/answer`, { answer: 'accept' }));
  await importDossiers(
    organiser,
    processId,
    [1, 2, 3].map((n) => syntheticDossier(n, `Projet ${n}`)),
  );
  await deliberate({
    url: server.url,
    processId,
    cookie,
    tokens,
    confidential: true,
    rule: { quorum: 3 },
    dossiers: [
      { id: 'AIC-2026-001', grade: (seat) => (seat <= 3 ? 'excellent' : 'bien') },
      { id: 'AIC-2026-002', grade: () => 'passable' },
    ],
  });
  // Seat 5 declares a conflict on the third dossier, never graded.
  const juror = connect(server.url, { transports: ['websocket'], forceNew: true });
  try {
    await new Promise<void>((resolve, reject) => {
      juror.on('connect', resolve);
      juror.on('connect_error', reject);
    });
    await ok(juror.emitWithAck('room:join', { processId, token: tokens[4]! }));
    await ok(juror.emitWithAck('conflict:declare', { dossierId: 'AIC-2026-003' }));
  } finally {
    juror.disconnect();
  }
  return {
    processId,
    organiser,
    publish: async () => {
      data(await organiser.post(`/api/processes/${processId}/results/publish`, {}));
    },
  };
}
