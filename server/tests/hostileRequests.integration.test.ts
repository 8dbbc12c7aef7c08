// Regression tests for what hostile-input fuzzing found (see docs/security.md, "Findings").

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProcessWithVolunteers } from '../testing/ceremonyFixture';
import {
  setUpAdministrator,
  data,
  startTestServer,
  type ApiClient,
  type TestServer,
} from '../testing/testServer';

let server: TestServer;
let organiser: ApiClient;
let draftId: string;

beforeAll(async () => {
  server = await startTestServer();
  organiser = server.client();
  data(await setUpAdministrator(organiser, 'regression password'));
  draftId = await createProcessWithVolunteers(
    organiser,
    { title: 'Brouillon', seats: 1, alternates: 0 },
    ['A,a@x.org', 'B,b@x.org'],
  );
});
afterAll(() => server.close());

describe('hostile requests found by fuzzing', () => {
  it('refuses a JSON route called with another content type instead of reading it as no body', async () => {
    const before = (await server.client().get(`/api/public/processes/${draftId}/log.json`)).text;
    const answer = await organiser.request(
      'POST',
      `/api/processes/${draftId}/commit`,
      '{"witnesses":[]}',
      { contentType: 'multipart/form-data' },
    );
    expect(answer.status).toBe(422);
    expect(answer.body).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    const after = (await server.client().get(`/api/public/processes/${draftId}/log.json`)).text;
    expect(after).toBe(before);
    // A request without a body at all still means "no options" (here: no witnesses, default round).
    const empty = await organiser.request('POST', `/api/processes/${draftId}/commit`, undefined);
    expect(empty.status).toBe(201);
  });

  it('answers request headers over 16 KiB with a typed error, not a bare 431', async () => {
    const response = await fetch(`${server.url}/api/public/processes/${'A'.repeat(20_000)}`);
    expect(response.status).toBe(431);
    expect(await response.json()).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED' },
    });
  });

  it('forbids caching of API answers, which carry private data and token URLs', async () => {
    const answer = await organiser.get(`/api/processes/${draftId}`);
    expect(answer.headers.get('cache-control')).toBe('no-store');
  });
});
