// Child process of `bench:room`: the server under test, alone in its process so that its latency and RSS
// are measured without the 316 client sockets. Talks to the parent over Node's IPC channel.

import { drawnJuryWithDossiers } from '../../server/testing/ceremonyFixture';
import { startTestServer } from '../../server/testing/testServer';

const server = await startTestServer();
const jury = await drawnJuryWithDossiers(server);
process.send?.({
  kind: 'ready',
  url: server.url,
  processId: jury.processId,
  cookie: jury.cookie,
  tokens: jury.tokens,
});
process.on('message', (message: { kind: string }) => {
  if (message.kind === 'rss') process.send?.({ kind: 'rss', rss: process.memoryUsage().rss });
  if (message.kind === 'stop') void server.close().then(() => process.exit(0));
});
