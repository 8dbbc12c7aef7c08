import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChainedEvent } from '../../shared/events/eventChain';
import { quicknetRoundTime } from '../../shared/lottery/drand';
import type { ProcessState } from '../../shared/process/processState';
import { createProcessWithVolunteers, numberedVolunteers } from '../testing/ceremonyFixture';
import {
  setUpAdministrator,
  data,
  startTestServer,
  type ApiClient,
  type TestServer,
} from '../testing/testServer';

// The test server's minimum delay between a commitment and its drand round is 60 s.
let server: TestServer;
let organiser: ApiClient;
beforeAll(async () => {
  server = await startTestServer({ clockStart: '2023-09-15T10:00:00Z' });
  organiser = server.client();
  data(await setUpAdministrator(organiser, 'mot de passe très long'));
});
afterAll(() => server.close());

const importedProcess = (): Promise<string> =>
  createProcessWithVolunteers(organiser, { title: 'Délai' }, numberedVolunteers(20));

const publicLog = async (id: string) =>
  JSON.parse(
    (await server.client().get(`/api/public/processes/${id}/log.json`)).text,
  ) as ChainedEvent[];

describe('the delay before the drand round', () => {
  it('tells the organiser the minimum', async () => {
    expect(data(await organiser.get('/api/ceremony/limits'))).toEqual({ minDrandDelaySeconds: 60 });
    expect((await server.client().get('/api/ceremony/limits')).status).toBe(401);
  });

  it('refuses a delay below the minimum with its code and leaves the chain unchanged', async () => {
    const id = await importedProcess();
    const before = await publicLog(id);
    const refused = await organiser.post(`/api/processes/${id}/commit`, {
      witnesses: [],
      drandDelaySeconds: 30,
    });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({
      ok: false,
      error: {
        code: 'DRAND_DELAY_TOO_SHORT',
        message: expect.stringContaining('below the minimum of 60 s'),
        details: { field: 'drandDelaySeconds' },
      },
    });
    const after = await publicLog(id);
    expect(after).toEqual(before);
    expect(data(await organiser.get<ProcessState>(`/api/processes/${id}`)).status).toBe('draft');

    // Not raised silently either: zero is refused too, and the minimum itself is accepted.
    expect(
      (await organiser.post(`/api/processes/${id}/commit`, { witnesses: [], drandDelaySeconds: 0 }))
        .status,
    ).toBe(422);
    const committed = data(
      await organiser.post<{ state: ProcessState }>(`/api/processes/${id}/commit`, {
        witnesses: [],
        drandDelaySeconds: 60,
      }),
    ).state;
    const round = committed.commitment!.commitment.sources.find((s) => s.beacon)!.beacon!.round;
    const committedAt = Date.parse(committed.commitment!.committedAt) / 1000;
    expect(quicknetRoundTime(round)).toBeGreaterThanOrEqual(committedAt + 60);
    expect(quicknetRoundTime(round)).toBeLessThanOrEqual(committedAt + 60 + 4);
    expect(await publicLog(id)).toHaveLength(before.length + 1);
  });
});
