import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegisterView } from '../../shared/api/groups/register.contract';
import type { ErrorDetails } from '../../shared/errors';
import { poolRootHex } from '../../shared/lottery/merkle';
import { createRegisterRepository } from '../repositories/registerRepository';
import { createProcessWithVolunteers } from '../testing/ceremonyFixture';
import {
  data,
  setUpAdministrator,
  signInAs,
  startTestServer,
  type ApiClient,
  type TestServer,
} from '../testing/testServer';

const SAMPLE = readFileSync(
  new URL('../../fixtures/register/register-sample.csv', import.meta.url),
);

let server: TestServer;
let organiser: ApiClient;
let processId: string;
const path = () => `/api/processes/${processId}/register`;

beforeAll(async () => {
  server = await startTestServer();
  organiser = server.client();
  data(await setUpAdministrator(organiser, 'register test password'));
  processId = await createProcessWithVolunteers(organiser, { title: 'Registre', seats: 2 }, [
    'P 1,p1@example.org',
    'P 2,p2@example.org',
  ]);
});
afterAll(() => server.close());

describe('the register routes', () => {
  it('imports a streamed register and shows its rows, strata and roots, never its contact data', async () => {
    expect(data(await organiser.get<RegisterView>(path()))).toEqual({
      importing: null,
      register: null,
    });
    const answer = await organiser.post<RegisterView>(`${path()}?stratum=departement`, SAMPLE, {
      headers: { 'x-file-name': 'registre.csv' },
    });
    expect(answer.status).toBe(201);
    const view = data(answer);
    expect(view.importing).toBeNull();
    expect(view.register).toMatchObject({
      fileName: 'registre.csv',
      rows: 8,
      stratumColumn: 'departement',
    });
    expect(view.register?.strata.map((s) => [s.name, s.size])).toEqual([
      ['13', 2],
      ['69', 3],
      ['75', 3],
    ]);
    // The root is the section-2 root over the ids the server stored, in canonical order.
    const repository = createRegisterRepository(server.db);
    const current = repository.current(processId)!;
    const ids = repository
      .idPage(current.importNo)('', 100)
      .map(([id]) => id);
    expect(view.register?.root).toBe(poolRootHex(ids));
    expect(data(await organiser.get<RegisterView>(path()))).toEqual(view);
    expect(answer.text).not.toMatch(/Martin|Lilas|example\.org|75011/);
  });

  it('reports progress while the upload streams in', async () => {
    const { cookie } = await signInAs(server, ['organiser'], 'organiser2@example.org');
    const header = 'nom;adresse;cp;ville\n';
    const rows = (from: number, count: number) =>
      Array.from({ length: count }, (_, i) => `N${from + i};${i} rue;75001;Paris\n`).join('');
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        controller.enqueue(new TextEncoder().encode(header + rows(0, 25_000)));
        await released;
        controller.enqueue(new TextEncoder().encode(rows(25_000, 5_000)));
        controller.close();
      },
    });
    const upload = fetch(`${server.url}${path()}`, {
      method: 'POST',
      headers: { cookie, origin: server.url, 'content-type': 'text/csv' },
      body,
      duplex: 'half',
    } as RequestInit);
    let seen: RegisterView['importing'] = null;
    for (let i = 0; i < 200 && (seen === null || seen.rowsRead < 20_000); i++) {
      seen = data(await organiser.get<RegisterView>(path())).importing;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(seen).toMatchObject({ phase: 'reading' });
    expect(seen!.rowsRead).toBeGreaterThanOrEqual(20_000);
    expect(seen!.bytesRead).toBeGreaterThan(0);
    // A second import of the same process is refused while this one runs.
    const busy = await organiser.post(path(), 'nom;adresse;cp;ville\nA;1 rue;75001;Paris\n');
    expect(busy.status).toBe(409);
    expect(busy.body.ok ? '' : busy.body.error.code).toBe('REGISTER_BUSY');
    release();
    const done = (await (await upload).json()) as { ok: true; data: RegisterView };
    expect(done.data.register?.rows).toBe(30_000);
    expect(done.data.register?.strata).toEqual([]);
  });

  it('refuses a bad register naming line and field, and keeps the previous one', async () => {
    const before = data(await organiser.get<RegisterView>(path())).register;
    const answer = await organiser.post(
      path(),
      'nom;adresse;cp;ville\nA;1 rue;75001;Paris\nB;;75002;Paris\n',
    );
    expect(answer.status).toBe(422);
    if (answer.body.ok) throw new Error('accepted');
    expect(answer.body.error.code).toBe('REGISTER_INVALID');
    expect((answer.body.error.details as ErrorDetails).problems?.[0]).toMatchObject({
      line: 3,
      field: 'adresse 1',
      code: 'REQUIRED',
    });
    expect(data(await organiser.get<RegisterView>(path())).register).toEqual(before);
  });

  it('is for organisers only', async () => {
    const { client: facilitator } = await signInAs(
      server,
      ['facilitator'],
      'facilitator@example.org',
    );
    const refused = await facilitator.post(path(), SAMPLE);
    expect(refused.status).toBe(403);
    expect((await facilitator.get(path())).status).toBe(403);
    const anonymous = server.client();
    expect((await anonymous.get(path())).status).toBe(401);
    expect((await anonymous.post(path(), SAMPLE)).status).toBe(401);
  });

  it('answers PROCESS_NOT_FOUND for an unknown process', async () => {
    const answer = await organiser.get('/api/processes/nope/register');
    expect(answer.body.ok ? '' : answer.body.error.code).toBe('PROCESS_NOT_FOUND');
  });
});
