import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import drand from '../../fixtures/vectors/drand-quicknet.json';
import type {
  PublicStageOneCommitment,
  RegistrationView,
  StageOneCeremonyView,
} from '../../shared/api/groups/registration.contract';
import { commitmentHashOf } from '../../shared/lottery/seed';
import { quicknetRoundTime } from '../../shared/lottery/drand';
import { verifyRecordBytes } from '../../shared/stratify/verifyRecordBytes';
import { createHttpRelays } from '../beacon/httpRelays';
import { RelayBehaviour, startLocalRelay, type LocalRelay } from '../testing/localDrandRelay';
import { createProcessWithVolunteers } from '../testing/ceremonyFixture';
import {
  data,
  setUpAdministrator,
  signInAs,
  startTestServer,
  type ApiClient,
  type TestServer,
} from '../testing/testServer';

// Round 657413 is produced at 2023-09-15T11:00:03Z; the test server's clock starts at 10:00.
const round = drand.rounds[0]!;
const SAMPLE = readFileSync(
  new URL('../../fixtures/register/register-sample.csv', import.meta.url),
);

let server: TestServer;
let relay: LocalRelay;
let organiser: ApiClient;
let facilitator: ApiClient;
let processId: string;
const path = (rest: string) => `/api/processes/${processId}/registration/ceremony${rest}`;
const publicPath = (rest: string) => `/api/public/processes/${processId}${rest}`;
const codeOf = (answer: { text: string }) =>
  (JSON.parse(answer.text) as { error: { code: string } }).error.code;

beforeAll(async () => {
  // A local relay that, like the network, has the round only once the server's clock reached it.
  relay = await startLocalRelay(RelayBehaviour.Recorded, {
    isAvailable: (n) => server.clock.now().getTime() >= quicknetRoundTime(n) * 1000,
  });
  server = await startTestServer({
    beacon: createHttpRelays({ urls: [relay.url], timeoutMs: 2000 }),
    beaconTickMs: 60_000,
  });
  organiser = server.client();
  data(await setUpAdministrator(organiser, 'stage one test password'));
  ({ client: facilitator } = await signInAs(server, ['facilitator'], 'anim@example.org'));
  processId = await createProcessWithVolunteers(organiser, { title: 'Convention', seats: 1 }, [
    'P 1,p1@example.org',
    'P 2,p2@example.org',
  ]);
  data(
    await organiser.post(`/api/processes/${processId}/register?stratum=departement`, SAMPLE, {
      headers: { 'x-file-name': 'registre.csv' },
    }),
  );
});
afterAll(async () => {
  await server.close();
  await relay.close();
});

describe('the stage-one ceremony routes', () => {
  it('commit, reveal (the round fetched by the server), draw: the record verifies and the public page sees each step', async () => {
    const anonymous = server.client();
    expect(data(await anonymous.get(publicPath('/stage-one-commitment')))).toBeNull();
    expect((await anonymous.get(publicPath('/stage-one-commitment.json'))).status).toBe(404);
    const open = data(await organiser.get<StageOneCeremonyView>(path('')));
    expect(open).toMatchObject({ step: 'open', isLocked: false, commitment: null });
    expect(open.register?.strata).toEqual([
      { name: '13', size: 2 },
      { name: '69', size: 3 },
      { name: '75', size: 3 },
    ]);

    // Neither the public nor a facilitator may run it.
    for (const client of [anonymous, facilitator]) {
      const refused = await client.post(path('/commit'), {
        invitations: 3,
        drandRound: round.round,
      });
      expect([401, 403]).toContain(refused.status);
      expect((await client.get(path(''))).status).toBeGreaterThanOrEqual(401);
    }
    expect(data(await organiser.get<StageOneCeremonyView>(path(''))).step).toBe('open');

    // Bad input is refused with its field, and changes nothing.
    const tooMany = await organiser.post(path('/commit'), { invitations: 20_001 });
    expect(codeOf(tooMany)).toBe('VALIDATION_FAILED');
    expect(tooMany.text).toMatch(/invitations/);
    const wrongSum = await organiser.post(path('/commit'), {
      invitations: 3,
      drandRound: round.round,
      allocation: [
        { name: '13', invitations: 1 },
        { name: '69', invitations: 1 },
        { name: '75', invitations: 0 },
      ],
    });
    expect(codeOf(wrongSum)).toBe('INVALID_ARGUMENT');
    expect(wrongSum.text).toMatch(/sum to 2, the commitment says 3/);
    expect(codeOf(await organiser.post(path('/draw')))).toBe('TRANSITION_REFUSED');
    expect(data(await organiser.get<StageOneCeremonyView>(path(''))).step).toBe('open');

    const committed = await organiser.post<{
      ceremony: StageOneCeremonyView;
      organiserSecret: string;
    }>(path('/commit'), { invitations: 4, drandRound: round.round });
    expect(committed.status).toBe(201);
    const { ceremony, organiserSecret } = data(committed);
    expect(ceremony.step).toBe('committed');
    expect(ceremony.commitment?.strata.map((s) => s.invitations)).toEqual([1, 2, 1]);
    // The secret is shown once: never again in a view.
    expect((await organiser.get(path(''))).text).not.toContain(organiserSecret);

    // Public at once, before any value is known: the hash and the canonical commitment.
    const announced = data(
      await anonymous.get<PublicStageOneCommitment>(publicPath('/stage-one-commitment')),
    );
    expect(announced).toMatchObject({
      commitmentHash: ceremony.commitment?.commitmentHash,
      invitations: 4,
      drandRound: round.round,
      isDrawn: false,
    });
    const file = await anonymous.get(publicPath('/stage-one-commitment.json'));
    expect(file.status).toBe(200);
    expect(commitmentHashOf(JSON.parse(file.text))).toBe(announced.commitmentHash);
    expect(file.text).not.toContain(organiserSecret);

    // The register the commitment names can no longer be replaced.
    const reimport = await organiser.post(`/api/processes/${processId}/register`, SAMPLE, {
      headers: { 'x-file-name': 'registre.csv' },
    });
    expect(codeOf(reimport)).toBe('TRANSITION_REFUSED');
    expect(reimport.text).toMatch(/stage one is committed/);

    // A wrong secret, and the round before it exists: refused, with the jury draw's codes.
    const wrong = await organiser.post(path('/reveal'), { source: 0, value: 'pas le secret' });
    expect(codeOf(wrong)).toBe('REVEAL_MISMATCH');
    const early = await organiser.post(path('/reveal'), { source: 1 });
    expect(codeOf(early)).toBe('DRAND_UNAVAILABLE');
    data(await organiser.post(path('/reveal'), { source: 0, value: organiserSecret }));
    server.clock.advance(2 * 3600 * 1000);
    const revealed = data(
      await organiser.post<StageOneCeremonyView>(path('/reveal'), { source: 1 }),
    );
    expect(revealed.step).toBe('revealed');
    expect(relay.requests).toContain(round.round);

    const drawn = await organiser.post<StageOneCeremonyView>(path('/draw'));
    expect(drawn.status).toBe(201);
    expect(data(drawn).drawn?.byStratum).toEqual([
      { stratum: '13', invited: 1 },
      { stratum: '69', invited: 2 },
      { stratum: '75', invited: 1 },
    ]);
    expect(JSON.parse((await organiser.post(path('/draw'))).text).error.code).toBe('ALREADY_DRAWN');

    // The same kept record as an upload: the registration view, the public record, its verifier.
    const registration = data(
      await organiser.get<RegistrationView>(`/api/processes/${processId}/registration`),
    );
    expect(registration.stageOne).toEqual({
      protocol: 'kleroterion-invitations/1',
      invitations: 4,
    });
    const record = await fetch(`${server.url}${publicPath('/stage-one.json')}`);
    const bytes = new Uint8Array(await record.arrayBuffer());
    expect(verifyRecordBytes(bytes).checks.filter((c) => !c.ok)).toEqual([]);
    expect(
      data(await anonymous.get<PublicStageOneCommitment>(publicPath('/stage-one-commitment')))
        .isDrawn,
    ).toBe(true);
  });
});
