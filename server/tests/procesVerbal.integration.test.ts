import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPageCount, pdfTextLines } from '../testing/pdfText';
import {
  VOLUNTEER_EMAILS,
  VOLUNTEER_NAMES,
  deliberatedProcessWithDecline,
} from '../testing/procesVerbalFixture';
import { data, startTestServer, type TestServer } from '../testing/testServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('the procès-verbal PDF', () => {
  it('is served as application/pdf only once the results are published, numbered, without personal data', async () => {
    const anyone = server.client();
    // Unknown process: 404.
    expect(
      (await fetch(`${server.url}/api/public/processes/0000000000000000/proces-verbal.pdf`)).status,
    ).toBe(404);
    const { processId, publish } = await deliberatedProcessWithDecline(server);
    const pdfUrl = `${server.url}/api/public/processes/${processId}/proces-verbal.pdf`;
    const early = await anyone.get(`/api/public/processes/${processId}/proces-verbal.pdf`);
    expect(early.status).toBe(409);
    expect(early.body.ok === false && early.body.error.code).toBe('TRANSITION_REFUSED');
    // Deliberated, not published: still refused, and nothing but the refusal is answered.
    const beforePublication = await fetch(pdfUrl);
    expect(beforePublication.status).toBe(409);
    expect(beforePublication.headers.get('content-type')).toMatch(/^application\/json/);

    await publish();
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
    for (const name of VOLUNTEER_NAMES) expect(text).not.toContain(name);
    for (const email of VOLUNTEER_EMAILS) expect(text).not.toContain(email);
    // The conflict, by seat.
    expect(text).toMatch(/Projet 3 \(AIC-2026-003\) 5 \d+ septembre 2023/);
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
