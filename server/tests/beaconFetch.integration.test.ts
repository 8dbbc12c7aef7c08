import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import drand from '../../fixtures/vectors/drand-quicknet.json';
import { quicknetRoundTime } from '../../shared/lottery/drand';
import { verifyRecordBytes } from '../../shared/stratify/verifyRecordBytes';
import type { ProcessState } from '../../shared/process/processState';
import { createHttpRelays } from '../beacon/httpRelays';
import type { BeaconFetchAnswer } from '../http/beaconRoutes';
import { createProcessWithVolunteers, numberedVolunteers } from '../testing/ceremonyFixture';
import { RelayBehaviour, startLocalRelay, type LocalRelay } from '../testing/localDrandRelay';
import {
  data,
  startTestServer,
  type ApiClient,
  type TestClock,
  type TestServer,
  setUpAdministrator,
} from '../testing/testServer';

// Round 657413 is produced at 2023-09-15T11:00:03Z; the test clock starts at 10:00.
const round = drand.rounds[0]!;
const roundTimeMs = quicknetRoundTime(round.round) * 1000;

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});
const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** A relay that, like the real network, has the round only once the server's clock has reached it. */
async function relayFollowing(clock: () => TestClock): Promise<LocalRelay> {
  const relay = await startLocalRelay(RelayBehaviour.Recorded, {
    isAvailable: (n) => clock().now().getTime() >= quicknetRoundTime(n) * 1000,
  });
  cleanups.push(() => relay.close());
  return relay;
}

async function server(
  urls: string[],
  options: { dataDir?: string; fetch?: boolean } = {},
): Promise<TestServer> {
  const started = await startTestServer({
    ...(options.fetch === false ? {} : { beacon: createHttpRelays({ urls, timeoutMs: 300 }) }),
    beaconTickMs: 20,
    ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }),
  });
  cleanups.push(() => started.close());
  return started;
}

async function committedProcess(organiser: ApiClient, login = true) {
  if (login) data(await setUpAdministrator(organiser, 'mot de passe très long'));
  const id = await createProcessWithVolunteers(
    organiser,
    { title: 'Tirage au sort', seats: 5, alternates: 0 },
    numberedVolunteers(20),
  );
  const { organiserSecret } = data(
    await organiser.post<{ organiserSecret: string }>(`/api/processes/${id}/commit`, {
      witnesses: [],
      drandRound: round.round,
    }),
  );
  return { id, organiserSecret };
}

const status = async (organiser: ApiClient, id: string) =>
  data(await organiser.get<BeaconFetchAnswer>(`/api/processes/${id}/beacon`));

async function until<T>(probe: () => Promise<T>, accept: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 8000;
  for (;;) {
    const value = await probe();
    if (accept(value)) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('the server fetches the committed drand round', () => {
  it('waits for the round time on its clock, records the round, and the draw verifies', async () => {
    const serverClock: { current?: TestClock } = {};
    const relay = await relayFollowing(() => serverClock.current!);
    const app = await server([relay.url]);
    serverClock.current = app.clock;
    const organiser = app.client();
    const { id, organiserSecret } = await committedProcess(organiser);

    const waiting = await status(organiser, id);
    expect(waiting.enabled).toBe(true);
    expect(waiting.now).toBe('2023-09-15T10:00:00.000Z');
    expect(waiting.beacons).toEqual([
      {
        kind: 'draw',
        source: 1,
        round: round.round,
        dueAt: '2023-09-15T11:00:03.000Z',
        phase: 'waiting',
        attempts: 0,
        failures: [],
      },
    ]);
    // Nothing is asked before the round's time.
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(relay.requests).toEqual([]);

    data(
      await organiser.post(`/api/processes/${id}/reveal`, { source: 0, value: organiserSecret }),
    );
    app.clock.set(new Date(roundTimeMs + 1000).toISOString());
    const fetched = await until(
      () => status(organiser, id),
      (answer) => answer.beacons[0]?.phase === 'fetched',
    );
    expect(fetched.beacons[0]).toMatchObject({
      signature: round.signature,
      randomness: round.randomness,
      failures: [],
    });
    const state = data(await organiser.get<ProcessState>(`/api/processes/${id}`));
    expect(state.status).toBe('revealed');
    expect(state.values[1]).toBe(round.randomness);

    // The same event as a pasted signature: the log says draw.valueRevealed with the beacon proof.
    const log = JSON.parse(
      (await app.client().get(`/api/public/processes/${id}/log.json`)).text,
    ) as {
      type: string;
      payload: { source?: number; beacon?: unknown };
    }[];
    expect(log.filter((event) => event.type === 'draw.valueRevealed').at(-1)!.payload).toEqual({
      source: 1,
      value: round.randomness,
      beacon: { source: 1, round: round.round, signature: round.signature },
    });

    const drawn = data(await organiser.post<ProcessState>(`/api/processes/${id}/draw`));
    expect(drawn.status).toBe('drawn');
    const recordText = (await app.client().get(`/api/public/processes/${id}/record.json`)).text;
    const receipts = JSON.parse(
      (await organiser.get(`/api/processes/${id}/receipts.json`)).text,
    ) as {
      receipt: { id: string; index: number };
    }[];
    const pool = receipts
      .map((entry) => entry.receipt)
      .sort((a, b) => a.index - b.index)
      .map((receipt) => receipt.id);
    const report = verifyRecordBytes(new TextEncoder().encode(recordText), { canonicalPool: pool });
    expect(report.checks.filter((check) => !check.ok)).toEqual([]);
    expect(report.checks.length).toBeGreaterThan(0);
  });

  it('retries while the round is not yet on the relay, then records it', async () => {
    let available = false;
    const relay = await startLocalRelay(RelayBehaviour.Recorded, { isAvailable: () => available });
    cleanups.push(() => relay.close());
    const app = await server([relay.url]);
    const organiser = app.client();
    const { id } = await committedProcess(organiser);
    app.clock.set(new Date(roundTimeMs + 1000).toISOString());
    const early = await until(
      () => status(organiser, id),
      (answer) =>
        (answer.beacons[0]?.attempts ?? 0) >= 1 && !answer.beacons[0]!.phase.startsWith('w'),
    );
    expect(early.beacons[0]).toMatchObject({ phase: 'fetching' });
    await until(
      () => status(organiser, id),
      (answer) => answer.beacons[0]?.failures[0]?.problem === 'not-yet',
    );
    available = true;
    // "Réessayer maintenant" does not wait for the backoff.
    const retried = data(
      await organiser.post<BeaconFetchAnswer>(`/api/processes/${id}/beacon/retry`),
    );
    expect(retried.beacons[0]).toMatchObject({ phase: 'fetched', signature: round.signature });
    expect(data(await organiser.get<ProcessState>(`/api/processes/${id}`)).revealed[1]).toBe(true);
  });

  it('with only bad relays, shows each reason and leaves the paste form working', async () => {
    const bad = await Promise.all(
      [
        RelayBehaviour.Down,
        RelayBehaviour.Garbage,
        RelayBehaviour.WrongRound,
        RelayBehaviour.Hang,
      ].map((behaviour) => startLocalRelay(behaviour)),
    );
    cleanups.push(() => Promise.all(bad.map((relay) => relay.close())).then(() => undefined));
    const app = await server(bad.map((relay) => relay.url));
    const organiser = app.client();
    const { id } = await committedProcess(organiser);
    app.clock.set(new Date(roundTimeMs + 1000).toISOString());
    const failed = await until(
      () => status(organiser, id),
      (answer) => answer.beacons[0]?.phase === 'failed',
    );
    expect(failed.beacons[0]!.failures.map((f) => [f.relay, f.problem])).toEqual([
      [new URL(bad[0]!.url).host, 'unreachable'],
      [new URL(bad[1]!.url).host, 'malformed'],
      [new URL(bad[2]!.url).host, 'wrong-round'],
      [new URL(bad[3]!.url).host, 'timeout'],
    ]);
    expect(failed.beacons[0]!.nextAttemptAt).toBeDefined();
    expect(data(await organiser.get<ProcessState>(`/api/processes/${id}`)).revealed[1]).not.toBe(
      true,
    );
    // Pasting by hand still works, and the fetcher then stops awaiting the round.
    data(
      await organiser.post(`/api/processes/${id}/reveal`, {
        source: 1,
        signature: round.signature,
      }),
    );
    expect((await status(organiser, id)).beacons).toEqual([]);
  });

  it('after a restart, fetches what the log still awaits', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'kleroterion-beacon-'));
    folders.push(folder);
    const first = await server([], { dataDir: join(folder, 'data'), fetch: false });
    const organiser = first.client();
    const { id } = await committedProcess(organiser);
    // Fetching off: the console is told so, and nothing is awaited by the server.
    expect(await status(organiser, id)).toMatchObject({ enabled: false, beacons: [] });
    await cleanups.pop()!();

    const relay = await startLocalRelay(RelayBehaviour.Recorded);
    cleanups.push(() => relay.close());
    const second = await server([relay.url], { dataDir: join(folder, 'data') });
    second.clock.set(new Date(roundTimeMs + 1000).toISOString());
    // Its seeded randomness would open the same session token again: the public log is enough here.
    const publicReveal = async () =>
      (
        JSON.parse((await second.client().get(`/api/public/processes/${id}/log.json`)).text) as {
          type: string;
          payload: { source?: number; value?: string };
        }[]
      ).find((event) => event.type === 'draw.valueRevealed' && event.payload.source === 1);
    const revealed = await until(publicReveal, (event) => event !== undefined);
    expect(revealed!.payload.value).toBe(round.randomness);
    expect(relay.requests).toEqual([round.round]);
  });

  it('stops in app.close(), even with a request in flight', async () => {
    const hanging = await startLocalRelay(RelayBehaviour.Hang);
    cleanups.push(() => hanging.close());
    const app = await startTestServer({
      beacon: createHttpRelays({ urls: [hanging.url], timeoutMs: 30_000 }),
      beaconTickMs: 20,
    });
    await committedProcess(app.client());
    app.clock.set(new Date(roundTimeMs + 1000).toISOString());
    await until(
      async () => hanging.requests.length,
      (count) => count === 1,
    );
    const started = Date.now();
    await app.close();
    expect(Date.now() - started).toBeLessThan(2000);
    await new Promise((resolve) => setTimeout(resolve, 200));
    // No new attempt after close: the interval is cleared and the fetch was aborted.
    expect(hanging.requests).toEqual([round.round]);
  });

  it('is for the organiser only', async () => {
    const app = await server([]);
    const { id } = await committedProcess(app.client());
    expect((await app.client().get(`/api/processes/${id}/beacon`)).status).toBe(401);
    expect((await app.client().post(`/api/processes/${id}/beacon/retry`)).status).toBe(401);
  });
});
