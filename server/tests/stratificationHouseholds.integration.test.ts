// The console's households rule over several pool columns and the quotas' flexible bounds, through the
// HTTP API: a flex outside sense is refused by line, column and code with nothing changed; the computed
// lottery seats at most one person per household and names the columns only; infeasible quotas get the
// smallest relaxation within the flex.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorDetails } from '../../shared/errors';
import type { StratificationView } from '../../shared/stratify/stratificationView';
import { scratchFolder } from '../../scripts/testing/runScript';
import { openDatabase } from '../db/openDatabase';
import { createVolunteersRepository } from '../repositories/volunteersRepository';
import { createProcessWithVolunteers } from '../testing/ceremonyFixture';
import {
  setUpAdministrator,
  data,
  startTestServer,
  type ApiClient,
  type TestServer,
} from '../testing/testServer';

// 12 volunteers in 6 homes of two, each home written two ways (case and spaces); f/m alternate.
const volunteersCsv = () =>
  `name,email,genre,adresse,code_postal\n${Array.from({ length: 12 }, (_, i) => {
    const home = Math.floor(i / 2);
    const street = i % 2 === 0 ? `${home} rue des Lilas` : ` ${home}  RUE des lilas`;
    const postcode = i % 2 === 0 ? `7500${home % 3}` : `75 00${home % 3}`;
    return `P ${i},p${i}@example.org,${i % 2 === 0 ? 'f' : 'm'},${street},${postcode}`;
  }).join('\n')}\n`;

const folder = scratchFolder();
let server: TestServer;
let organiser: ApiClient;
let processId: string;

const base = () => `/api/processes/${processId}/stratification`;
const view = async () => data(await organiser.get<StratificationView>(base()));
const importQuotas = (csv: string) =>
  organiser.post<StratificationView>(`${base()}/quotas`, csv, {
    headers: { 'x-file-name': 'quotas.csv' },
  });
async function untilSettled(): Promise<StratificationView> {
  for (;;) {
    const current = await view();
    if (current.job.status !== 'running') return current;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeAll(async () => {
  server = await startTestServer({ dataDir: folder.path('data') });
  organiser = server.client();
  data(await setUpAdministrator(organiser, 'households test password'));
  processId = await createProcessWithVolunteers(
    organiser,
    { title: 'Jury par foyers', seats: 4, alternates: 4 },
    volunteersCsv(),
  );
});
afterAll(async () => {
  await server.close();
  folder.dispose();
});

describe('households and flexible bounds in the console', () => {
  it('refuses a flex outside sense with file, line, column and code, and changes nothing', async () => {
    const answer = await importQuotas(
      'feature,value,min,max,min_flex,max_flex\ngenre,f,2,2,1,3\ngenre,m,2,2,0,1\n',
    );
    expect(answer.status).toBe(422);
    expect(answer.body).toMatchObject({
      ok: false,
      error: { code: 'CSV_INVALID', details: { file: 'quotas.csv', line: 3, field: 'max_flex' } },
    });
    if (!answer.body.ok) {
      const details = answer.body.error.details as ErrorDetails;
      expect(details.column).toBe(6);
      expect(details.problems?.[0]?.code).toBe('MAX_FLEX_BELOW_MAX');
    }
    expect((await view()).quotas).toBeUndefined();
  });

  it('seats at most one person per household, and records the columns, never the addresses', async () => {
    data(
      await importQuotas(
        'feature,value,min,max,min_flex,max_flex\ngenre,f,2,2,1,3\ngenre,m,2,2,1,3\n',
      ),
    );
    const unknown = await organiser.post(`${base()}/compute`, {
      panelCount: 30,
      householdColumns: ['adresse', 'ville'],
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    data(
      await organiser.post(`${base()}/compute`, {
        panelCount: 30,
        householdColumns: ['adresse', 'code_postal'],
      }),
    );
    const done = await untilSettled();
    expect(done.job).toMatchObject({
      status: 'done',
      options: { householdColumns: ['adresse', 'code_postal'] },
    });
    const file = await organiser.get(`${base()}/lottery.json`);
    const lottery = JSON.parse(file.text) as {
      ids: string[];
      panels: number[][];
      householdColumns: string[];
    };
    expect(lottery.householdColumns).toEqual(['adresse', 'code_postal']);
    expect(done.lottery?.householdColumns).toEqual(['adresse', 'code_postal']);
    expect(file.text).not.toMatch(/lilas|7500/i);
    // Ids are pseudonymous: each volunteer's home from the pool as stored (line 2 + i ↔ home ⌊i/2⌋).
    const db = openDatabase(folder.path('data'));
    const homes = new Map(
      createVolunteersRepository(db)
        .pool(processId)
        .map((v) => [v.id, Math.floor((v.line - 2) / 2)]),
    );
    db.close();
    for (const panel of lottery.panels) {
      const seated = panel.map((row) => homes.get(lottery.ids[row]!));
      expect(seated.every((h) => h !== undefined)).toBe(true);
      expect(new Set(seated).size).toBe(panel.length);
    }
  });

  it('suggests the smallest relaxation within the flex when the quotas are infeasible', async () => {
    // Four seats, four women and at least one man: m's min may not fall (min_flex 1), f's may.
    data(
      await importQuotas(
        'feature,value,min,max,min_flex,max_flex\ngenre,f,4,4,2,4\ngenre,m,1,2,1,2\n',
      ),
    );
    data(
      await organiser.post(`${base()}/compute`, {
        panelCount: 30,
        householdColumns: ['adresse', 'code_postal'],
      }),
    );
    const failed = await untilSettled();
    expect(failed.job.status).toBe('failed');
    expect(failed.job.error?.code).toBe('QUOTAS_INFEASIBLE');
    expect(failed.job.error?.message).toMatch(
      /within min_flex and max_flex \(1 seat\(s\)\): genre\/f \(min 4 → 3\)$/,
    );
  });
});
