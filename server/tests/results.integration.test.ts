import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import drand from '../../fixtures/vectors/drand-quicknet.json';
import { verifyBundleBytes } from '../../shared/audit/verifyBundle';
import type { AuditBundle } from '../../shared/audit/bundle';
import type { Results } from '../../shared/scoring/results';
import { drawnJuryWithDossiers } from '../testing/ceremonyFixture';
import { deliberate } from '../testing/deliberationFixture';
import { juryTiedAcrossTheCut } from '../testing/tiedJuryFixture';
import { data, startTestServer, type TestServer } from '../testing/testServer';

let server: TestServer;
afterAll(() => server.close());
beforeAll(async () => {
  server = await startTestServer();
});

describe('results over the real server', () => {
  it('computes, exports, bundles and publishes the results; the bundle verifies from its bytes', async () => {
    const { processId, cookie, tokens, organiser } = await drawnJuryWithDossiers(server, {
      title: 'Résultats',
      seats: 9,
      dossierTitles: ['Jardins partagés', '=Formule', 'Troisième'],
    });
    await deliberate({
      url: server.url,
      processId,
      cookie,
      tokens,
      // Public: this suite reads the provisional results before publication.
      confidential: false,
      rule: { quorum: 5, publishSeatGrades: true },
      dossiers: [
        { id: 'AIC-2026-001', grade: (seat) => (seat <= 6 ? 'excellent' : 'bien') },
        { id: 'AIC-2026-002', grade: (seat) => (seat <= 3 ? 'tres-bien' : 'passable') },
      ],
    });
    const anyone = server.client();
    const view = data(
      await anyone.get<{ results: Results; rule: { quorum: number }; bundleSha256: string }>(
        `/api/public/processes/${processId}/results`,
      ),
    );
    expect(view.rule.quorum).toBe(5);
    expect(view.results.shortlist).toEqual(['AIC-2026-001']);
    expect(view.results.belowFloor).toEqual(['AIC-2026-002']);
    expect(view.results.notGraded).toEqual(['AIC-2026-003']);

    const bundleAnswer = await fetch(`${server.url}/api/public/processes/${processId}/audit.json`);
    const bytes = new Uint8Array(await bundleAnswer.arrayBuffer());
    const report = verifyBundleBytes(bytes);
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    const bundle = JSON.parse(new TextDecoder().decode(bytes)) as AuditBundle;
    expect(bundle.seatSeals).toHaveLength(2);
    expect(bundle.zScore).not.toBeNull();
    // No personal data in the public bundle.
    const text = new TextDecoder().decode(bytes);
    expect(text).not.toMatch(/@example\.org|Personne|P \d/);

    const csv = await fetch(`${server.url}/api/public/processes/${processId}/results.csv`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const csvBytes = new Uint8Array(await csv.arrayBuffer());
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csvText = new TextDecoder().decode(csvBytes);
    // The French Excel file speaks French: labels, never codes.
    expect(csvText).toContain(`AIC-2026-002;'=Formule;classé;2;non;Passable`);
    expect(csvText).not.toMatch(/tres-bien|passable|ranked/);
    const excelGrades = await fetch(`${server.url}/api/public/processes/${processId}/grades.csv`);
    const excelGradesText = await excelGrades.text();
    expect(excelGradesText.split('\r\n')[0]).toBe(
      'dossier;tour;critère;À rejeter;Insuffisant;Passable;Assez bien;Bien;Très bien;Excellent;abstentions',
    );
    expect(excelGradesText).toContain(
      'AIC-2026-001;1;Impact pour toutes et tous en France;0;0;0;0;3;0;6;0',
    );
    expect(excelGradesText).not.toMatch(/general-interest|impact;/);
    const standardAnswer = await fetch(
      `${server.url}/api/public/processes/${processId}/grades.csv?variant=standard`,
    );
    const standard = await standardAnswer.text();
    expect(standard.split('\r\n')[0]).toBe(
      'dossier,tour,critère (code),critère,a-rejeter,insuffisant,passable,assez-bien,bien,tres-bien,excellent,abstentions',
    );
    expect(standard).toContain(
      'AIC-2026-001,1,impact,Impact pour toutes et tous en France,0,0,0,0,3,0,6,0',
    );
    // The two variants download under distinct names.
    const fileName = (answer: Response) =>
      /filename="?([^";]+)"?/.exec(answer.headers.get('content-disposition') ?? '')?.[1];
    expect(fileName(csv)).toBe(`resultats-${processId}-excel.csv`);
    expect(fileName(excelGrades)).toBe(`notes-${processId}-excel.csv`);
    expect(fileName(standardAnswer)).toBe(`notes-${processId}.csv`);
    expect(
      fileName(
        await fetch(`${server.url}/api/public/processes/${processId}/results.csv?variant=standard`),
      ),
    ).toBe(`resultats-${processId}.csv`);
    expect(
      (await anyone.get(`/api/public/processes/${processId}/results.csv?variant=bogus`)).status,
    ).toBe(422);

    // The organiser's export links grades to seats; the public cannot read it.
    expect((await anyone.get(`/api/processes/${processId}/seat-grades.csv`)).status).toBe(401);
    const seatCsv = await organiser.request('GET', `/api/processes/${processId}/seat-grades.csv`);
    expect(seatCsv.status).toBe(200);

    const published = await organiser.post(`/api/processes/${processId}/results/publish`, {});
    expect(published.status).toBe(201);
    expect((await organiser.post(`/api/processes/${processId}/results/publish`, {})).status).toBe(
      409,
    );
    const after = verifyBundleBytes(
      new Uint8Array(
        await (
          await fetch(`${server.url}/api/public/processes/${processId}/audit.json`)
        ).arrayBuffer(),
      ),
    );
    expect(after.ok).toBe(true);
    expect(after.checks.find((c) => c.name === 'results-hash')?.ok).toBe(true);
  });

  it('stops before a tie across the cut, then settles it by a lottery on a future drand round', async () => {
    const other = await startTestServer();
    try {
      const { processId, organiser } = await juryTiedAcrossTheCut(other, 'Égalité');
      const results = async () =>
        data(
          await other
            .client()
            .get<{ results: Results }>(`/api/public/processes/${processId}/results`),
        ).results;
      expect((await results()).tie).toEqual({
        tied: ['AIC-2026-002', 'AIC-2026-003'],
        places: 1,
        settlement: null,
      });
      expect((await results()).shortlist).toEqual(['AIC-2026-001']);
      const refused = await organiser.post(`/api/processes/${processId}/results/publish`, {});
      expect(refused.body).toMatchObject({ ok: false, error: { code: 'TRANSITION_REFUSED' } });
      // The rule chose a lottery: a vote is refused, and so is a drand round that already exists.
      expect(
        (await organiser.post(`/api/processes/${processId}/tie/vote`, { votes: {} })).status,
      ).toBe(409);
      expect(
        (await organiser.post(`/api/processes/${processId}/tie/lottery`, { drandRound: 1000 }))
          .status,
      ).toBe(422);
      const future = drand.rounds[1]!;
      const { organiserSecret } = data(
        await organiser.post<{ organiserSecret: string }>(
          `/api/processes/${processId}/tie/lottery`,
          { drandRound: future.round },
        ),
      );
      expect(organiserSecret).toMatch(/^[0-9a-f]{64}$/);
      const wrong = await organiser.post(`/api/processes/${processId}/tie/draw`, {
        organiserSecret: 'f'.repeat(64),
        signature: future.signature,
      });
      expect(wrong.body).toMatchObject({ ok: false, error: { code: 'REVEAL_MISMATCH' } });
      expect(
        (
          await organiser.post(`/api/processes/${processId}/tie/draw`, {
            organiserSecret,
            signature: future.signature,
          })
        ).status,
      ).toBe(201);
      const settled = await results();
      expect(settled.shortlist).toHaveLength(2);
      expect(settled.tie?.settlement?.method).toBe('lottery');
      expect((await organiser.post(`/api/processes/${processId}/results/publish`, {})).status).toBe(
        201,
      );
      const bytes = new Uint8Array(
        await (
          await fetch(`${other.url}/api/public/processes/${processId}/audit.json`)
        ).arrayBuffer(),
      );
      expect(verifyBundleBytes(bytes).checks.filter((c) => !c.ok)).toEqual([]);
    } finally {
      await other.close();
    }
  });
});
