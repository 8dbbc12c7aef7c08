// Child process of `bench:load`: the real application (createApp, via the test harness, on port 0 with a
// scratch data folder on disk, so every ballot is fsync'ed), alone in its process so that its latency and
// RSS are not the load generator's. It sets up a drawn jury with enough dossiers, then answers over IPC.
// argv: <dossier count> <jury size>

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { drawnJuryWithDossiers } from '../../server/testing/ceremonyFixture';
import { startTestServer } from '../../server/testing/testServer';
import { LatencyWindow } from './latencyHistogram';
import { FromLoadServer, ToLoadServer } from './loadServerMessages';
import { watchLoopDelay } from './loopDelay';

const [dossierCount, jurySize] = process.argv.slice(2).map(Number);
if (dossierCount === undefined || jurySize === undefined || !(dossierCount > 0 && jurySize > 0))
  throw new Error('usage: loadServer.ts <dossiers> <jurors>');

const send = (message: FromLoadServer) => process.send?.(FromLoadServer.parse(message));
const root = fileURLToPath(new URL('../..', import.meta.url));
const clientDir = join(root, 'dist', 'client');
const hasClient = existsSync(join(clientDir, 'index.html'));
const dataDir = mkdtempSync(join(tmpdir(), 'kleroterion-load-'));
const server = await startTestServer({ dataDir, ...(hasClient ? { clientDir } : {}) });
const jury = await drawnJuryWithDossiers(server, {
  title: 'Banc de charge',
  seats: jurySize,
  dossierTitles: Array.from({ length: dossierCount }, (_, i) => `Dossier ${i + 1}`),
});

// Every broadcast passes through the adapter; those addressed to a room the observers are in are counted,
// so that the parent can check each observer received each one, and timed (the instant the broadcast
// starts, before the first socket write), so that each arrival's delivery latency is known.
const adapter = server.app.io.of('/').adapter;
const observedRooms = new Set<string>();
const broadcasts: Record<string, number> = {};
const broadcastTimes = new LatencyWindow();
const loopDelay = watchLoopDelay();
const broadcast = adapter.broadcast.bind(adapter);
adapter.broadcast = (...args: Parameters<typeof adapter.broadcast>) => {
  const [packet, options] = args;
  const event = (packet as { data?: unknown[] }).data?.[0];
  const isObserved =
    typeof event === 'string' && [...options.rooms].some((room) => observedRooms.has(room));
  const start = performance.now();
  broadcast(...args);
  if (isObserved) {
    broadcastTimes.record(performance.now() - start);
    broadcasts[event] = (broadcasts[event] ?? 0) + 1;
    send({ kind: 'emitted', event, at: performance.timeOrigin + start });
  }
};

function observe(socketIds: string[]): void {
  const roomsOf = (id: string) =>
    [...(adapter.sids.get(id) ?? new Set<string>())].filter((room) => room !== id).sort();
  const reference = socketIds[0] === undefined ? [] : roomsOf(socketIds[0]);
  observedRooms.clear();
  for (const room of reference) observedRooms.add(room);
  for (const key of Object.keys(broadcasts)) delete broadcasts[key];
  const outliers = socketIds.filter((id) => roomsOf(id).join('\n') !== reference.join('\n')).length;
  send({ kind: 'observing', rooms: reference, outliers });
}

process.on('message', (raw: unknown) => {
  const message = ToLoadServer.parse(raw);
  if (message.kind === 'observe') observe(message.socketIds);
  if (message.kind === 'counts')
    send({
      kind: 'counts',
      broadcasts: { ...broadcasts },
      lastSeq: server.app.ceremony.state(jury.processId).lastSeq,
    });
  if (message.kind === 'stats')
    send({
      kind: 'stats',
      broadcastMs:
        message.scope === 'interval'
          ? broadcastTimes.takeInterval()
          : broadcastTimes.total.summary(),
      heapUsedMb: process.memoryUsage().heapUsed / 1024 / 1024,
      loopDelay: loopDelay.take(message.scope),
    });
  if (message.kind === 'stop')
    void server.close().then(() => {
      rmSync(dataDir, { recursive: true, force: true });
      process.exit(0);
    });
});

send({
  kind: 'ready',
  url: server.url,
  processId: jury.processId,
  cookie: jury.cookie,
  tokens: jury.tokens,
  dossierIds: (server.app.ceremony.state(jury.processId).dossiers?.dossiers ?? []).map(
    (dossier) => dossier.id,
  ),
  hasClient,
  dataDir,
});
