import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHttpRelays } from '../beacon/httpRelays';
import { RelayBehaviour, startLocalRelay } from '../testing/localDrandRelay';
import drand from '../../fixtures/vectors/drand-quicknet.json';
import { sealTimelock } from '../../client/src/witness/sealTimelock';
import type { DrawRecord } from '../../shared/lottery/protocol';
import { openRecordTimelocksInBytes } from '../../shared/lottery/openRecordTimelocks';
import { verifyRecordBytes } from '../../shared/stratify/verifyRecordBytes';
import type { ProcessState } from '../../shared/process/processState';
import { verifyPublication } from '../../shared/process/verifyPublication';
import { createProcessWithVolunteers } from '../testing/ceremonyFixture';
import {
  data,
  startTestServer,
  type ApiClient,
  type TestServer,
  setUpAdministrator,
} from '../testing/testServer';

const volunteersCsv = readFileSync(new URL('../../fixtures/demo/volunteers.csv', import.meta.url));
const [round, otherRound] = [drand.rounds[0]!, drand.rounds[1]!];
const contribution = 'contribution scellée de Camille';

let server: TestServer;
let organiser: ApiClient;

// The server starts an hour before drand round 657413, which the ceremony commits to.
beforeAll(async () => {
  server = await startTestServer({ clockStart: '2023-09-15T10:00:00Z' });
  organiser = server.client();
  data(await setUpAdministrator(organiser, 'correct horse battery staple'));
});
afterAll(() => server.close());

const processWithVolunteers = (): Promise<string> =>
  createProcessWithVolunteers(
    organiser,
    { title: 'Scellé', seats: 5, alternates: 1 },
    volunteersCsv,
  );

describe('a timelock witness through the ceremony', () => {
  it('is committed, opened with the round’s signature, drawn, and the record verifies offline', async () => {
    const id = await processWithVolunteers();
    const ciphertext = await sealTimelock(contribution, round.round);
    const { organiserSecret, state } = data(
      await organiser.post<{ organiserSecret: string; state: ProcessState }>(
        `/api/processes/${id}/commit`,
        { witnesses: [{ label: 'Camille', timelock: ciphertext }], drandRound: round.round },
      ),
    );
    expect(state.commitment?.commitment.sources[1]).toEqual({
      label: 'witness: Camille',
      timelock: { network: 'drand-quicknet', round: round.round, ciphertext },
    });
    // A timelock source exists only under its own protocol name (docs/lottery-spec.md, section 3).
    expect(state.commitment?.commitment.protocol).toBe('kleroterion-draw/2');
    data(
      await organiser.post(`/api/processes/${id}/reveal`, { source: 0, value: organiserSecret }),
    );
    // Another round's signature opens nothing and is refused; nothing is recorded.
    const refused = await organiser.post(`/api/processes/${id}/reveal`, {
      source: 1,
      signature: otherRound.signature,
    });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ ok: false, error: { code: 'BEACON_INVALID' } });
    const opened = data(
      await organiser.post<ProcessState>(`/api/processes/${id}/reveal`, {
        source: 1,
        signature: round.signature,
      }),
    );
    expect(opened.values[1]).toBe(contribution);
    data(
      await organiser.post(`/api/processes/${id}/reveal`, {
        source: 2,
        signature: round.signature,
      }),
    );
    const drawn = data(await organiser.post<ProcessState>(`/api/processes/${id}/draw`));
    expect(drawn.status).toBe('drawn');

    const bytes = new TextEncoder().encode(
      (await server.client().get(`/api/public/processes/${id}/record.json`)).text,
    );
    const record = JSON.parse(new TextDecoder().decode(bytes)) as DrawRecord;
    expect(record.protocol).toBe('kleroterion-draw/2');
    expect(record.values[1]).toBe(contribution);
    expect(record.beacons.map((b) => b.source)).toEqual([1, 2]);
    const report = verifyRecordBytes(bytes, {
      timelockOpenings: await openRecordTimelocksInBytes(bytes),
    });
    expect(report.checks.filter((check) => !check.ok)).toEqual([]);
    expect(report.checks.find((c) => c.name === 'source-1')?.detail).toMatch(/opens the timelock/);

    // The public page's check (log and record together) passes once the timelock is opened, and only then.
    const log = JSON.parse(
      (await server.client().get(`/api/public/processes/${id}/log.json`)).text,
    );
    const openings = await openRecordTimelocksInBytes(bytes);
    const publication = verifyPublication(id, log, bytes, openings);
    expect(publication.checks.filter((check) => !check.ok)).toEqual([]);
    expect(verifyPublication(id, log, bytes).checks.find((c) => c.name === 'source-1')?.ok).toBe(
      false,
    );
  });

  it('refuses a contribution sealed to another round than the commitment’s, before writing anything', async () => {
    const id = await processWithVolunteers();
    const answer = await organiser.post(`/api/processes/${id}/commit`, {
      witnesses: [{ label: 'Camille', timelock: await sealTimelock('x', otherRound.round) }],
      drandRound: round.round,
    });
    expect(answer.status).toBe(422);
    expect(JSON.stringify(answer.body)).toContain(
      `the contribution is sealed to round ${otherRound.round}, the commitment uses drand quicknet round ${round.round}`,
    );
    const garbled = await organiser.post(`/api/processes/${id}/commit`, {
      witnesses: [{ label: 'Camille', timelock: 'not a ciphertext' }],
      drandRound: round.round,
    });
    expect(garbled.status).toBe(422);
    expect(data(await organiser.get<ProcessState>(`/api/processes/${id}`)).status).toBe('draft');
  });
});

describe('a timelock witness when the server fetches the round', () => {
  it('is opened and revealed with the fetched signature, with the drand source, without anyone acting', async () => {
    const relay = await startLocalRelay(RelayBehaviour.Recorded);
    const fetching = await startTestServer({
      clockStart: '2023-09-15T10:00:00Z',
      beacon: createHttpRelays({ urls: [relay.url], timeoutMs: 2_000 }),
      beaconTickMs: 20,
    });
    try {
      const client = fetching.client();
      data(await setUpAdministrator(client, 'correct horse battery staple'));
      const id = data(
        await client.post<ProcessState>('/api/processes', { title: 'Scellé', seats: 5 }),
      ).id;
      data(await client.post(`/api/processes/${id}/volunteers`, volunteersCsv));
      const ciphertext = await sealTimelock(contribution, round.round);
      data(
        await client.post(`/api/processes/${id}/commit`, {
          witnesses: [{ label: 'Camille', timelock: ciphertext }],
          drandRound: round.round,
        }),
      );
      // Nothing is fetched before the round's time.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(fetching.app.ceremony.state(id).revealed).toEqual([false, false, false]);
      fetching.clock.set('2023-09-15T11:00:10Z');
      await vi.waitFor(
        () => {
          const state = fetching.app.ceremony.state(id);
          expect(state.revealed[1]).toBe(true);
          expect(state.revealed[2]).toBe(true);
        },
        { timeout: 10_000, interval: 50 },
      );
      expect(fetching.app.ceremony.state(id).values[1]).toBe(contribution);
      expect(relay.requests).toContain(round.round);
    } finally {
      await fetching.close();
      await relay.close();
    }
  });
});
