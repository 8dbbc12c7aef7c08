import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import drand from '../fixtures/vectors/drand-quicknet.json';
import type { ProcessState } from '../shared/process/processState';
import { syntheticDossier } from '../shared/testing/syntheticProcess';
import { revealSecretAndRound } from './testing/ceremonyFixture';
import { deliberate } from './testing/deliberationFixture';
import { pdfPageCount, pdfTextLines } from './testing/pdfText';
import { data, startTestServer, type TestServer } from './testing/testServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const names = Array.from({ length: 30 }, (_, i) => `Volontaire Nominatif${i}`);
const emails = names.map((_, i) => `personne.${i}@exemple-prive.fr`);

describe('the procès-verbal PDF', () => {
  it('is served as application/pdf only once the results are published, numbered, without personal data', async () => {
    const organiser = server.client();
    const setup = await organiser.post('/api/auth/setup', { password: 'mot de passe très long' });
    const cookie = (setup.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const processId = data(
      await organiser.post<ProcessState>('/api/processes', {
        title: 'Jury de la Métropole',
        seats: 5,
        alternates: 2,
      }),
    ).id;
    data(
      await organiser.post(
        `/api/processes/${processId}/volunteers`,
        `name,email\n${names.map((name, i) => `${name},${emails[i]}`).join('\n')}\n`,
      ),
    );
    const pdfUrl = `${server.url}/api/public/processes/${processId}/proces-verbal.pdf`;
    const anyone = server.client();
    // Unknown process: 404; a process not yet deliberated: refused with its code.
    expect(
      (await fetch(`${server.url}/api/public/processes/0000000000000000/proces-verbal.pdf`)).status,
    ).toBe(404);
    const early = await anyone.get(`/api/public/processes/${processId}/proces-verbal.pdf`);
    expect(early.status).toBe(409);
    expect(early.body.ok === false && early.body.error.code).toBe('TRANSITION_REFUSED');

    const round = drand.rounds[0]!;
    const { organiserSecret } = data(
      await organiser.post<{ organiserSecret: string }>(`/api/processes/${processId}/commit`, {
        witnesses: [],
        drandRound: round.round,
      }),
    );
    await revealSecretAndRound(organiser, processId, organiserSecret, round);
    data(await organiser.post(`/api/processes/${processId}/draw`));
    data(
      await organiser.post(`/api/processes/${processId}/invitations`, {
        deadline: '2023-09-20T00:00:00Z',
      }),
    );
    const tokenOf = (text: string) => /\/i\/([A-Za-z0-9_-]+)/.exec(text)![1]!;
    const tokens = server.outbox.map((mail) => tokenOf(mail.text));
    // Seat 1 declines: the first alternate is invited in their place.
    data(await anyone.post(`/api/invitations/${tokens[0]}/answer`, { answer: 'decline' }));
    tokens[0] = tokenOf(server.outbox.at(-1)!.text);
    for (const token of tokens)
      data(await anyone.post(`/api/invitations/${token}/answer`, { answer: 'accept' }));
    const dossiers = [1, 2, 3].map((n) => syntheticDossier(n, `Projet ${n}`));
    data(
      await organiser.post(
        `/api/processes/${processId}/dossiers`,
        new TextEncoder().encode(JSON.stringify({ version: 1, cohort: 'Test', dossiers })),
        { contentType: 'application/json' },
      ),
    );
    await deliberate({
      url: server.url,
      processId,
      cookie,
      tokens,
      rule: { quorum: 3 },
      dossiers: [
        { id: 'AIC-2026-001', grade: (seat) => (seat <= 3 ? 'excellent' : 'bien') },
        { id: 'AIC-2026-002', grade: () => 'passable' },
      ],
    });
    // Deliberated, not published: still refused, and nothing but the refusal is answered.
    const beforePublication = await fetch(pdfUrl);
    expect(beforePublication.status).toBe(409);
    expect(beforePublication.headers.get('content-type')).toMatch(/^application\/json/);

    data(await organiser.post(`/api/processes/${processId}/results/publish`, {}));
    const answer = await fetch(pdfUrl);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/pdf');
    expect(answer.headers.get('content-disposition')).toContain(`proces-verbal-${processId}.pdf`);
    const pdf = Buffer.from(await answer.arrayBuffer());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(2);
    const lines = pdfTextLines(pdf);
    // Cell text wraps: read the lines as one run of words.
    const text = lines.join(' ').replace(/\s+/g, ' ');
    // Every page carries "page n / N", once.
    for (let n = 1; n <= pages; n++)
      expect(lines.filter((line) => line === `page ${n} / ${pages}`)).toHaveLength(1);
    expect(lines).not.toContain(`page ${pages + 1} / ${pages}`);
    expect(lines[0]).toBe('Procès-verbal des opérations');
    for (const heading of [
      '1. Le tirage au sort',
      '2. Désistements et remplacements',
      '3. Présence aux séances',
      '4. Conflits d’intérêts déclarés',
      '9. Signatures',
    ])
      expect(lines).toContain(heading);
    expect(text).toContain('secret de l’organisateur');
    expect(text).toContain('désistement');
    expect(text).toContain('L’observateur·rice indépendant·e');
    expect(text).toMatch(/heure de Paris/);

    // The seat holders appear by pseudonymous id, and no name or e-mail of a volunteer does.
    const state = data(
      await anyone.get<{ seats: { holder: string }[] }>(`/api/public/processes/${processId}`),
    );
    for (const seat of state.seats) expect(text).toContain(seat.holder);
    for (const name of names) expect(text).not.toContain(name);
    for (const email of emails) expect(text).not.toContain(email);
    expect(pdf.toString('latin1')).not.toMatch(/Nominatif|exemple-prive/);

    // English on request.
    const english = await fetch(`${pdfUrl}?lang=en`);
    expect(english.headers.get('content-type')).toBe('application/pdf');
    const englishLines = pdfTextLines(Buffer.from(await english.arrayBuffer()));
    expect(englishLines[0]).toBe('Record of proceedings');
    expect(englishLines.join(' ').replace(/\s+/g, ' ')).toContain('organiser’s secret');
    expect((await fetch(`${pdfUrl}?lang=de`)).status).toBe(422);
  });
});
