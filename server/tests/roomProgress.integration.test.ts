import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CRITERIA } from '../../shared/process/processEvents';
import type { ServerToClientEvents } from '../../shared/protocol';
import { drawnJuryWithDossiers } from '../testing/ceremonyFixture';
import { joinJurors, ok, openRoom } from '../testing/deliberationFixture';
import { socketClients, type Client } from '../testing/socketClients';
import { startTestServer, type TestServer } from '../testing/testServer';

type Progress = Parameters<ServerToClientEvents['room:progress']>[0];

let server: TestServer;
const clients = socketClients(() => server.url);
const open = clients.open;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  clients.disconnectAll();
  await server.close();
});

const ballot = (grade: string, nonce: string) => ({
  ballot: {
    dossierId: 'AIC-2026-001',
    round: 1,
    grades: Object.fromEntries(DEFAULT_CRITERIA.map((c) => [c.id, grade])),
    nonce: nonce.repeat(32),
  },
});

describe('room:progress', () => {
  it('announces every change of the count, and nothing for a revision that leaves it unchanged', async () => {
    const { processId, cookie, tokens } = await drawnJuryWithDossiers(server, {
      seats: 3,
      dossierTitles: ['Seul'],
    });
    const facilitator = await open(cookie);
    await openRoom(facilitator, processId, { confidential: false });
    const jurors = await joinJurors(() => open(), processId, tokens);
    const [first, second, third] = jurors as [Client, Client, Client];
    await ok(facilitator.emitWithAck('agenda:move', { dossierId: 'AIC-2026-001' }));
    await ok(facilitator.emitWithAck('phase:start', { phase: 'presentation' }));
    await ok(facilitator.emitWithAck('phase:start', { phase: 'scoring' }));

    // An observer keeps its count as the client does: from its view, then from each announcement.
    const observer = await open();
    let known = (await ok(observer.emitWithAck('room:join', { processId }))).progress;
    const heard: Progress[] = [];
    const nextAnnouncement = () =>
      new Promise<Progress>((resolve) => observer.once('room:progress', resolve));
    observer.on('room:progress', (progress) => {
      heard.push(progress);
      known = { submitted: progress.submitted, eligible: progress.eligible };
    });
    /** What a newcomer would be shown now. */
    const fresh = async () =>
      (await ok((await open()).emitWithAck('room:join', { processId }))).progress;

    let announced = nextAnnouncement();
    await ok(first.emitWithAck('score:submit', ballot('bien', 'a')));
    expect(await announced).toMatchObject({ submitted: 1, eligible: 3 });
    expect(known).toEqual(await fresh());

    // The same juror changes their mind: the count is still 1, then a second juror scores.
    await ok(first.emitWithAck('score:submit', ballot('excellent', 'b')));
    announced = nextAnnouncement();
    await ok(second.emitWithAck('score:submit', ballot('passable', 'c')));
    expect(await announced).toMatchObject({ submitted: 2, eligible: 3 });
    expect(known).toEqual(await fresh());

    announced = nextAnnouncement();
    await ok(third.emitWithAck('score:submit', ballot('bien', 'd')));
    expect(await announced).toMatchObject({ submitted: 3, eligible: 3 });
    // Messages on one socket arrive in order, so a revision's announcement would have come before these.
    expect(heard.map((p) => p.submitted)).toEqual([1, 2, 3]);
    expect(known).toEqual(await fresh());

    // After a refresh of the views the count is announced again, even unchanged.
    const viewSeen = new Promise<void>((resolve) => observer.once('room:view', () => resolve()));
    await ok(second.emitWithAck('juror:name', { displayName: 'Camille' }));
    await viewSeen;
    announced = nextAnnouncement();
    await ok(third.emitWithAck('score:submit', ballot('tres-bien', 'e')));
    expect(await announced).toMatchObject({ submitted: 3, eligible: 3 });
    expect(heard.map((p) => p.submitted)).toEqual([1, 2, 3, 3]);
    expect(known).toEqual(await fresh());
  });
});
