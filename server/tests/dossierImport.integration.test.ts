import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dossier } from '../../shared/dossier/dossier';
import type { ProcessState } from '../../shared/process/processState';
import { DOSSIER_CSV_COLUMNS } from '../import/dossierFile';
import {
  setUpAdministrator,
  data,
  startTestServer,
  type ApiClient,
  type TestServer,
} from '../testing/testServer';

let server: TestServer;
let organiser: ApiClient;
let processId: string;

const assessment = (level: string) => ({
  level,
  comment: 'Analyse détaillée du service instructeur.',
});
function dossier(n: number, admissible = true): Dossier {
  return {
    id: `AIC-2026-${String(n).padStart(3, '0')}`,
    title: `Stations météo ouvertes n° ${n}`,
    pitch: 'Un réseau de stations météo citoyennes aux données ouvertes.',
    description:
      'Des bénévoles installent des stations et publient les mesures sous licence ouverte.',
    leadType: 'association',
    sector: 'Environnement',
    territory: 'Bretagne',
    levers: ['data-digital', 'promotion'],
    charter: {
      'public-service-values': true,
      'funding-transparency': true,
      'open-results': true,
      network: true,
    },
    prescreening: {
      admissible,
      solidity: assessment('strong'),
      feasibility: assessment('satisfactory'),
      impact: assessment('strong'),
      supportValue: assessment('fragile'),
    },
  } as Dossier;
}

beforeAll(async () => {
  server = await startTestServer();
  organiser = server.client();
  data(await setUpAdministrator(organiser, 'dossier password 1'));
  processId = data(await organiser.post<ProcessState>('/api/processes', { title: 'Dossiers' })).id;
});
afterAll(() => server.close());

const upload = (text: string, name = 'dossiers.json') =>
  organiser.post(`/api/processes/${processId}/dossiers`, new TextEncoder().encode(text), {
    headers: { 'x-file-name': name },
    contentType: 'application/octet-stream',
  });
const logLength = async () =>
  (
    JSON.parse(
      (await organiser.get(`/api/public/processes/${processId}/log.json`)).text,
    ) as unknown[]
  ).length;

describe('dossier import', () => {
  it('imports the admissible dossiers of a JSON file and publishes them', async () => {
    const file = {
      version: 1,
      cohort: 'Cohorte test',
      dossiers: [dossier(1), dossier(2, false), dossier(3)],
    };
    const result = data(await upload(JSON.stringify(file))) as {
      imported: number;
      skipped: number;
      state: ProcessState;
    };
    expect(result).toMatchObject({ imported: 2, skipped: 1 });
    const view = data(
      await server
        .client()
        .get<{ dossiers: { cohort: string; dossiers: Dossier[] } }>(
          `/api/public/processes/${processId}`,
        ),
    );
    expect(view.dossiers.dossiers.map((d) => d.id)).toEqual(['AIC-2026-001', 'AIC-2026-003']);
  });

  it('imports the same dossiers from CSV, with French yes/no and levels', async () => {
    const rows = [1, 4].map((n) => {
      const d = dossier(n);
      const values: Record<string, string> = {
        id: d.id,
        title: d.title,
        pitch: d.pitch,
        description: d.description,
        lead_type: 'association',
        sector: d.sector,
        territory: d.territory,
        website: '',
        levers: d.levers.join('|'),
        charter_public_service_values: 'oui',
        charter_funding_transparency: 'oui',
        charter_open_results: 'oui',
        charter_network: 'oui',
        admissible: 'oui',
        solidity_level: 'solide',
        solidity_comment: 'Solide.',
        feasibility_level: 'satisfaisant',
        feasibility_comment: 'Réaliste.',
        impact_level: 'solide',
        impact_comment: 'Large.',
        support_value_level: 'fragile',
        support_value_comment: 'À préciser.',
      };
      return DOSSIER_CSV_COLUMNS.map(
        (column) => `"${(values[column] ?? '').replace(/"/g, '""')}"`,
      ).join(';');
    });
    const result = data(
      await upload(`${DOSSIER_CSV_COLUMNS.join(';')}\n${rows.join('\n')}\n`, 'dossiers.csv'),
    ) as { imported: number };
    expect(result.imported).toBe(2);
  });

  it('reports every problem with its line or path, and changes nothing', async () => {
    const before = await logLength();
    const badJson = {
      version: 1,
      cohort: 'x',
      dossiers: [dossier(1), { ...dossier(2), levers: ['teleportation'] }, dossier(1)],
    };
    const json = await upload(JSON.stringify(badJson));
    expect(json.status).toBe(422);
    expect(json.body).toMatchObject({
      ok: false,
      error: {
        code: 'CSV_INVALID',
        details: {
          problems: expect.arrayContaining([
            expect.objectContaining({ field: 'dossiers[1].levers[0]' }),
          ]),
        },
      },
    });
    const duplicate = await upload(
      JSON.stringify({ version: 1, cohort: 'x', dossiers: [dossier(7), dossier(7)] }),
    );
    expect(duplicate.body).toMatchObject({
      ok: false,
      error: { details: { problems: [expect.objectContaining({ code: 'DUPLICATE' })] } },
    });
    const missingColumn = await upload('id,title\nAIC-2026-001,Titre\n', 'dossiers.csv');
    expect(missingColumn.body).toMatchObject({
      ok: false,
      error: {
        details: {
          problems: expect.arrayContaining([
            expect.objectContaining({ line: 1, field: 'pitch', code: 'MISSING_COLUMN' }),
          ]),
        },
      },
    });
    const broken = await upload('{"version": 1, ');
    expect(broken.body).toMatchObject({
      ok: false,
      error: { details: { problems: [expect.objectContaining({ code: 'JSON_SYNTAX' })] } },
    });
    expect(await logLength()).toBe(before);
  });

  it('refuses a file with no admissible dossier', async () => {
    const none = await upload(
      JSON.stringify({ version: 1, cohort: 'x', dossiers: [dossier(9, false)] }),
    );
    expect(none.status).toBe(422);
  });
});
