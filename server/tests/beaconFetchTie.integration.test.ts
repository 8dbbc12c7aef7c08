import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import drand from '../../fixtures/vectors/drand-quicknet.json';
import { verifyBundleBytes } from '../../shared/audit/verifyBundle';
import { quicknetRoundTime } from '../../shared/lottery/drand';
import type { Results } from '../../shared/scoring/results';
import { createHttpRelays } from '../beacon/httpRelays';
import type { BeaconFetchAnswer } from '../http/beaconRoutes';
import { juryTiedAcrossTheCut } from '../testing/tiedJuryFixture';
import { RelayBehaviour, startLocalRelay, type LocalRelay } from '../testing/localDrandRelay';
import { data, startTestServer, type TestServer, signIn } from '../testing/testServer';

// The tie lottery names round 32281667, long after the test clock; the draw's own round is pasted.
const future = drand.rounds[1]!;
let server: TestServer;
let relay: LocalRelay;
beforeAll(async () => {
  relay = await startLocalRelay(RelayBehaviour.Recorded, {
    isAvailable: (n) => server.clock.now().getTime() >= quicknetRoundTime(n) * 1000,
  });
  server = await startTestServer({
    beacon: createHttpRelays({ urls: [relay.url], timeoutMs: 300 }),
    beaconTickMs: 20,
  });
});
afterAll(async () => {
  await server.close();
  await relay.close();
});

describe('the tie lottery’s drand round, fetched', () => {
  it('is fetched when it exists and kept for the console; the organiser adds the secret to draw', async () => {
    const { processId, organiser } = await juryTiedAcrossTheCut(server, 'Égalité récupérée');
    const status = async () =>
      data(await organiser.get<BeaconFetchAnswer>(`/api/processes/${processId}/beacon`));
    // The draw's round was pasted by the fixture: nothing is awaited yet.
    expect((await status()).beacons).toEqual([]);

    const { organiserSecret } = data(
      await organiser.post<{ organiserSecret: string }>(`/api/processes/${processId}/tie/lottery`, {
        drandRound: future.round,
      }),
    );
    expect((await status()).beacons).toMatchObject([
      { kind: 'tie', source: 1, round: future.round, phase: 'waiting' },
    ]);
    server.clock.set(new Date(quicknetRoundTime(future.round) * 1000 + 1000).toISOString());
    // Years later on the test clock: the organiser's session has expired, so they sign in again.
    data(await signIn(organiser, 'fixture password 42'));
    const deadline = Date.now() + 8000;
    let fetched = await status();
    while (fetched.beacons[0]?.phase !== 'fetched' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      fetched = await status();
    }
    expect(fetched.beacons[0]).toMatchObject({
      kind: 'tie',
      phase: 'fetched',
      signature: future.signature,
      randomness: future.randomness,
    });
    // Fetching alone settles nothing: the lottery also needs the organiser's secret.
    const results = async () =>
      data(
        await server
          .client()
          .get<{ results: Results }>(`/api/public/processes/${processId}/results`),
      ).results;
    expect((await results()).tie?.settlement).toBeNull();

    expect(
      (
        await organiser.post(`/api/processes/${processId}/tie/draw`, {
          organiserSecret,
          signature: fetched.beacons[0]!.signature,
        })
      ).status,
    ).toBe(201);
    expect((await results()).tie?.settlement?.method).toBe('lottery');
    expect((await status()).beacons).toEqual([]);
    expect((await organiser.post(`/api/processes/${processId}/results/publish`, {})).status).toBe(
      201,
    );
    const bytes = new Uint8Array(
      await (
        await fetch(`${server.url}/api/public/processes/${processId}/audit.json`)
      ).arrayBuffer(),
    );
    expect(verifyBundleBytes(bytes).checks.filter((c) => !c.ok)).toEqual([]);
    expect(relay.requests).toEqual([future.round]);
  });
});
