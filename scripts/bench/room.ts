// `npm run bench:room`: 15 jurors scoring and 300 observers in one room, on this machine. Prints the score
// acknowledgement latency (p50/p99), the broadcast latency to every client (p99) and the server's RSS.
// Targets: ack p99 ≤ 50 ms, broadcast p99 ≤ 100 ms, RSS ≤ 250 MB. The server runs in its own process
// (scripts/bench/roomServer.ts); the clients run here.

import { randomBytes } from 'node:crypto';
import { io as connect, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/protocol';
import { fork } from 'node:child_process';

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;
const OBSERVERS = 300;
const ROUNDS_PER_JUROR = 20;
const CRITERIA = ['general-interest', 'impact', 'quality', 'openness', 'support-value'];
const GRADES = ['passable', 'assez-bien', 'bien', 'tres-bien'];

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
};

const child = fork(new URL('./roomServer.ts', import.meta.url), { execArgv: ['--import', 'tsx'] });
const ask = <T>(kind: string, expected: string) =>
  new Promise<T>((resolve) => {
    const listener = (message: { kind: string } & T) => {
      if (message.kind !== expected) return;
      child.off('message', listener);
      resolve(message);
    };
    child.on('message', listener);
    if (kind !== '') child.send({ kind });
  });
const { url, processId, cookie, tokens } = await ask<{
  url: string;
  processId: string;
  cookie: string;
  tokens: string[];
}>('', 'ready');
const server = { url };
const open = async (cookieHeader?: string): Promise<Client> => {
  const socket: Client = connect(server.url, {
    transports: ['websocket'],
    forceNew: true,
    ...(cookieHeader === undefined ? {} : { extraHeaders: { cookie: cookieHeader } }),
  });
  await new Promise<void>((resolve) => socket.on('connect', () => resolve()));
  return socket;
};
const ok = async <T>(
  answer: Promise<{ ok: true; data: T } | { ok: false; error: { message: string } }>,
) => {
  const result = await answer;
  if (!result.ok) throw new Error(result.error.message);
  return result.data;
};

const facilitator = await open(cookie);
// Joining a closed room registers the facilitator (the answer says it is not open yet); then they open it.
await facilitator.emitWithAck('room:join', { processId });
await ok(
  facilitator.emitWithAck('room:open', {
    scale: { kind: 'majority-7' },
    secondRound: true,
    confidential: false,
  }),
);
const jurors = await Promise.all(
  tokens.map(async (token) => {
    const socket = await open();
    await ok(socket.emitWithAck('room:join', { processId, token }));
    return socket;
  }),
);
const observers: Client[] = [];
for (let i = 0; i < OBSERVERS; i++) {
  const socket = await open();
  await ok(socket.emitWithAck('room:join', { processId }));
  observers.push(socket);
}
await ok(facilitator.emitWithAck('agenda:move', { dossierId: 'AIC-2026-001' }));
await ok(facilitator.emitWithAck('phase:start', { phase: 'presentation' }));
await ok(facilitator.emitWithAck('phase:start', { phase: 'scoring' }));

// Broadcast latency: from a juror's submit to every one of the 316 clients receiving the new count. Only
// the first round changes the count; later revisions leave it at 15/15, which the server does not repeat.
const everyone = [facilitator, ...jurors, ...observers];
const acks: number[] = [];
const broadcasts: number[] = [];
console.log(
  `Room: 15 jurors, ${OBSERVERS} observers, 1 facilitator; ${15 * ROUNDS_PER_JUROR} ballots (each juror revises ${ROUNDS_PER_JUROR} times)…`,
);
for (let r = 0; r < ROUNDS_PER_JUROR; r++) {
  await Promise.all(
    jurors.map(async (juror) => {
      const ballot = {
        dossierId: 'AIC-2026-001',
        round: 1,
        grades: Object.fromEntries(
          CRITERIA.map((id) => [id, GRADES[Math.floor(Math.random() * GRADES.length)] as string]),
        ),
        nonce: randomBytes(16).toString('hex'),
      };
      const start = performance.now();
      const received =
        r === 0
          ? everyone.map(
              (client) =>
                new Promise<number>((resolve) =>
                  client.once('room:progress', () => resolve(performance.now())),
                ),
            )
          : [];
      await ok(juror.emitWithAck('score:submit', { ballot }));
      acks.push(performance.now() - start);
      if (r > 0) return;
      const arrivals = await Promise.all(received);
      broadcasts.push(Math.max(...arrivals) - start);
    }),
  );
}
const rss = (await ask<{ rss: number }>('rss', 'rss')).rss / 1024 / 1024;
console.log(
  `  ack latency        p50 ${percentile(acks, 50).toFixed(1)} ms   p99 ${percentile(acks, 99).toFixed(1)} ms   (target p99 ≤ 50 ms)`,
);
console.log(
  `  broadcast latency  p50 ${percentile(broadcasts, 50).toFixed(1)} ms   p99 ${percentile(broadcasts, 99).toFixed(1)} ms   to all ${everyone.length} clients (target p99 ≤ 100 ms)`,
);
console.log(
  `  server RSS         ${rss.toFixed(0)} MB with ${everyone.length} clients connected (server process alone; target ≤ 250 MB)`,
);
for (const client of everyone) client.disconnect();
child.send({ kind: 'stop' });
await new Promise((resolve) => child.once('exit', resolve));
process.exit(0);
