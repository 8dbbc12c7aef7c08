import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import { timerRemainingMs } from '../../shared/deliberation/roomState';
import type { RoomView } from '../../shared/deliberation/roomView';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/protocol';
import { drawnJuryWithDossiers } from '../testing/ceremonyFixture';
import { startTestServer, type TestServer } from '../testing/testServer';

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;
type Answer<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };
const CRITERIA = ['general-interest', 'impact', 'quality', 'openness', 'support-value'];

let server: TestServer;
let processId: string;
let tokens: string[];
let cookie: string;
const sockets: Client[] = [];

/** A connected client that keeps every view it is sent. */
async function open(cookieHeader?: string): Promise<{ socket: Client; views: RoomView[] }> {
  const socket: Client = connect(server.url, {
    transports: ['websocket'],
    forceNew: true,
    ...(cookieHeader === undefined ? {} : { extraHeaders: { cookie: cookieHeader } }),
  });
  sockets.push(socket);
  const views: RoomView[] = [];
  socket.on('room:view', (view) => views.push(view));
  await new Promise<void>((resolve) => socket.on('connect', resolve));
  return { socket, views };
}

async function ok<T>(answer: Promise<Answer<T>>): Promise<T> {
  const result = await answer;
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.data;
}

/** Waits until a pushed view satisfies `test` (the latest one first). */
async function viewWhere(
  client: { views: RoomView[] },
  test: (view: RoomView) => boolean,
): Promise<RoomView> {
  for (let waited = 0; waited < 5000; waited += 20) {
    const latest = client.views[client.views.length - 1];
    if (latest !== undefined && test(latest)) return latest;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no such view; last: ${JSON.stringify(client.views.at(-1)).slice(0, 300)}`);
}

const logTypes = async (): Promise<string[]> => {
  const response = await fetch(`${server.url}/api/public/processes/${processId}/log.json`);
  const body = (await response.json()) as { type: string }[] | { data: { type: string }[] };
  return (Array.isArray(body) ? body : body.data).map((event) => event.type);
};

beforeAll(async () => {
  server = await startTestServer();
  ({ processId, cookie, tokens } = await drawnJuryWithDossiers(server, { seats: 4 }));
});

afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  await server.close();
});

describe('facilitator tools over real sockets', () => {
  it('gives the floor, shows it to everyone, refuses it to a juror, and runs the timer on the server clock', async () => {
    const facilitator = await open(cookie);
    // Joining a closed room is refused, but tells the server this socket is the facilitator.
    expect(await facilitator.socket.emitWithAck('room:join', { processId })).toMatchObject({
      ok: false,
    });
    await ok(
      // A public deliberation, so that the public log shows the events' types as they are appended.
      facilitator.socket.emitWithAck('room:open', {
        scale: { kind: 'majority-7' },
        secondRound: false,
        confidential: false,
      }),
    );
    const jurors = [];
    for (const token of tokens.slice(0, 3)) {
      const juror = await open();
      await ok(juror.socket.emitWithAck('room:join', { processId, token }));
      jurors.push(juror);
    }
    await ok(jurors[1]!.socket.emitWithAck('juror:name', { displayName: 'Camille' }));
    const observer = await open();
    await ok(observer.socket.emitWithAck('room:join', { processId }));
    await ok(facilitator.socket.emitWithAck('agenda:move', { dossierId: 'AIC-2026-001' }));
    await ok(facilitator.socket.emitWithAck('phase:start', { phase: 'presentation' }));
    await ok(facilitator.socket.emitWithAck('phase:start', { phase: 'discussion' }));

    // Presence: the jury's four accepted seats are expected, three are connected.
    const present = await viewWhere(facilitator, (v) => v.present.length === 3);
    expect(present.jury).toEqual([1, 2, 3, 4]);
    expect(present.present).toEqual([1, 2, 3]);
    expect(present.names).toEqual({ '2': 'Camille' });

    await ok(jurors[1]!.socket.emitWithAck('hand:raise', {}));
    await ok(jurors[2]!.socket.emitWithAck('hand:raise', {}));
    await viewWhere(facilitator, (v) => v.hands.join() === '2,3');

    // A juror cannot give the floor: FORBIDDEN, and nothing changes.
    const before = await logTypes();
    expect(await jurors[0]!.socket.emitWithAck('floor:give', { seat: 1 })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await observer.socket.emitWithAck('floor:release', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await logTypes()).toEqual(before);
    const unchanged = await ok(
      jurors[0]!.socket.emitWithAck('room:join', { processId, token: tokens[0]! }),
    );
    expect(unchanged.floor).toBeUndefined();
    expect(unchanged.hands).toEqual([2, 3]);

    // The facilitator gives the floor to seat 2: its hand is lowered, and every client sees who speaks.
    const given = await ok(facilitator.socket.emitWithAck('floor:give', { seat: 2 }));
    expect(given.floor?.seat).toBe(2);
    expect(given.hands).toEqual([3]);
    expect(given.floor?.since).toBe(server.clock.now().toISOString());
    for (const client of [...jurors, observer])
      expect((await viewWhere(client, (v) => v.floor !== undefined)).floor?.seat).toBe(2);
    // Observers see the seat, never the name.
    expect(observer.views.at(-1)!.names).toEqual({});
    expect(await logTypes()).toEqual([...before, 'floor.given']);
    expect(await facilitator.socket.emitWithAck('floor:give', { seat: 9 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED' },
    });
    await ok(facilitator.socket.emitWithAck('floor:release', {}));
    for (const client of [facilitator, ...jurors, observer])
      await viewWhere(client, (v) => v.floor === undefined);

    // The timer: every change is stamped by the server's clock, which alone says how much is left.
    expect(await ok(facilitator.socket.emitWithAck('clock:sync', {}))).toEqual({
      serverTime: server.clock.now().getTime(),
    });
    expect(await ok(observer.socket.emitWithAck('clock:sync', {}))).toEqual({
      serverTime: server.clock.now().getTime(),
    });
    await ok(facilitator.socket.emitWithAck('timer:start', { seconds: 120 }));
    server.clock.advance(30_000);
    expect(await jurors[0]!.socket.emitWithAck('timer:pause', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const paused = await ok(facilitator.socket.emitWithAck('timer:pause', {}));
    expect(paused.timer?.pausedRemainingMs).toBe(90_000);
    server.clock.advance(60_000);
    const pausedView = await viewWhere(jurors[0]!, (v) => v.timer?.pausedRemainingMs !== undefined);
    expect(timerRemainingMs(pausedView.timer!, server.clock.now().getTime())).toBe(90_000);
    const extended = await ok(facilitator.socket.emitWithAck('timer:extend', { seconds: 60 }));
    expect(extended.timer).toMatchObject({ pausedRemainingMs: 150_000, seconds: 180 });
    const resumed = await ok(facilitator.socket.emitWithAck('timer:resume', {}));
    expect(resumed.timer?.pausedRemainingMs).toBeUndefined();
    server.clock.advance(10_000);
    expect(timerRemainingMs(resumed.timer!, server.clock.now().getTime())).toBe(140_000);
    const onObserver = await viewWhere(
      observer,
      (v) => v.timer?.seconds === 180 && v.timer.pausedRemainingMs === undefined,
    );
    expect(onObserver.timer).toEqual(resumed.timer);
    expect(await jurors[0]!.socket.emitWithAck('timer:extend', { seconds: 60 })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect((await logTypes()).slice(-5)).toEqual([
      'floor.released',
      'timer.started',
      'timer.paused',
      'timer.extended',
      'timer.resumed',
    ]);
  });

  it('tells only the facilitator which seats have not submitted yet', async () => {
    const facilitator = await open(cookie);
    await ok(facilitator.socket.emitWithAck('room:join', { processId }));
    const juror = await open();
    await ok(juror.socket.emitWithAck('room:join', { processId, token: tokens[0]! }));
    const observer = await open();
    await ok(observer.socket.emitWithAck('room:join', { processId }));
    const scoring = await ok(facilitator.socket.emitWithAck('phase:start', { phase: 'scoring' }));
    expect(scoring.floor).toBeUndefined();
    expect(scoring.pendingSeats).toEqual([1, 2, 3]);
    const ballot = {
      dossierId: 'AIC-2026-001',
      round: 1,
      grades: Object.fromEntries(CRITERIA.map((id) => [id, 'bien'])),
      nonce: randomBytes(16).toString('hex'),
    };
    await ok(juror.socket.emitWithAck('score:submit', { ballot }));
    const after = await viewWhere(facilitator, (v) => v.pendingSeats?.join() === '2,3');
    expect(after.progress).toEqual({ submitted: 1, eligible: 3 });
    for (const other of [juror, observer]) {
      const view = await viewWhere(other, (v) => v.current?.phase === 'scoring');
      expect(view.pendingSeats).toBeUndefined();
      expect(JSON.stringify(other.views)).not.toContain('pendingSeats');
    }
  });
});
