import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoomView } from '../../shared/deliberation/roomView';
import { drawnJuryWithDossiers } from '../testing/ceremonyFixture';
import { openRoom } from '../testing/deliberationFixture';
import { socketClients, type Client } from '../testing/socketClients';
import { startTestServer, type TestServer } from '../testing/testServer';

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

/** Resolves with the first view `socket` receives that satisfies `test`. */
const viewWhere = (socket: Client, test: (view: RoomView) => boolean) =>
  new Promise<RoomView>((resolve) => {
    const listener = (view: RoomView) => {
      if (!test(view)) return;
      socket.off('room:view', listener);
      resolve(view);
    };
    socket.on('room:view', listener);
  });

describe('room broadcasts', () => {
  it('shows a raised hand, the timer and the publication to the rest of the room', async () => {
    const { processId, cookie, tokens, organiser } = await drawnJuryWithDossiers(server, {
      seats: 3,
      dossierTitles: ['Seul'],
    });
    const facilitator = await open(cookie);
    await openRoom(facilitator, processId, { confidential: false, rule: { quorum: 1 } });
    const juror = await open();
    await juror.emitWithAck('room:join', { processId, token: tokens[0]! });
    await facilitator.emitWithAck('agenda:move', { dossierId: 'AIC-2026-001' });
    await facilitator.emitWithAck('phase:start', { phase: 'presentation' });
    await facilitator.emitWithAck('phase:start', { phase: 'discussion' });

    const handSeen = viewWhere(facilitator, (view) => view.hands.includes(1));
    await juror.emitWithAck('hand:raise', {});
    expect((await handSeen).hands).toEqual([1]);

    const timerSeen = viewWhere(juror, (view) => view.timer !== undefined);
    await facilitator.emitWithAck('timer:start', { seconds: 60 });
    expect((await timerSeen).timer?.seconds).toBe(60);

    await facilitator.emitWithAck('phase:start', { phase: 'scoring' });
    await juror.emitWithAck('score:submit', {
      ballot: {
        dossierId: 'AIC-2026-001',
        round: 1,
        grades: Object.fromEntries(
          ['general-interest', 'impact', 'quality', 'openness', 'support-value'].map((c) => [
            c,
            'tres-bien',
          ]),
        ),
        nonce: 'ab'.repeat(16),
      },
    });
    await facilitator.emitWithAck('phase:start', { phase: 'reveal' });
    const publishedSeen = viewWhere(juror, (view) => view.publishedAt !== undefined);
    expect((await organiser.post(`/api/processes/${processId}/results/publish`, {})).status).toBe(
      201,
    );
    expect((await publishedSeen).rule.quorum).toBe(1);
    // The room is closed once the results are published.
    expect(
      await facilitator.emitWithAck('agenda:move', { dossierId: 'AIC-2026-001' }),
    ).toMatchObject({ ok: false });
  });
});
