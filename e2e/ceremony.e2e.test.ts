import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import drand from '../fixtures/vectors/drand-quicknet.json';
import { seedDemo } from '../server/demo/seedDemo';
import { drawSelection } from '../shared/process/processStratified';
import {
  TEST_ADMINISTRATOR,
  TEST_SETUP_TOKEN,
  type TestServer,
} from '../server/testing/testServer';
import { overflowingElements, startBrowserRun } from './harness/browser';
import { keepScreenshot } from './harness/screenshots';

const root = fileURLToPath(new URL('..', import.meta.url));
const volunteersCsv = `${root}fixtures/demo/volunteers.csv`;
const outputDir = `${root}test-output`;
const round = drand.rounds[0]!;

let server: TestServer;
let browser: Browser;
let close: () => Promise<void>;
let demoId: string;

beforeAll(async () => {
  // The server's clock starts an hour before drand round 657413, whose real signature the test pastes in.
  ({ server, browser, close } = await startBrowserRun({ clockStart: '2023-09-15T10:00:00Z' }));
  demoId = seedDemo(server.app.ceremony, volunteersCsv) as string;
  mkdirSync(outputDir, { recursive: true });
});

afterAll(async () => {
  await close?.();
});

describe('the ceremony in the browser', () => {
  it('signs in, imports the demo pool, commits, reveals, draws, and verifies the public page in the browser', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${server.url}/organiser`);

    // First start: the setup token creates the first account.
    await page
      .getByRole('heading', { name: 'Mise en service : créer le premier compte' })
      .waitFor();
    await page.getByLabel('Jeton de mise en service').fill(TEST_SETUP_TOKEN);
    await page.getByLabel('Adresse e-mail').fill(TEST_ADMINISTRATOR.email);
    await page.getByLabel('Votre nom').fill(TEST_ADMINISTRATOR.name);
    await page.getByLabel('Mot de passe', { exact: true }).fill('mot de passe très long');
    await page.getByLabel('Confirmer le mot de passe').fill('mot de passe très long');
    await page.getByRole('button', { name: 'Créer le compte' }).click();

    // The demo process, then the import of the demo pool.
    await page.getByRole('link', { name: /jury citoyen \(démonstration\)/ }).click();
    await page.getByLabel('Fichier CSV des volontaires').setInputFiles(volunteersCsv);
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    await expect
      .poll(() => page.getByRole('status').allTextContents(), { timeout: 20_000 })
      .toEqual(expect.arrayContaining([expect.stringMatching(/2\s?000/)]));

    // The source declaration fits a 390 px phone, a witness's fieldset included (added, then removed).
    const wide = page.viewportSize()!;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: 'Ajouter un témoin' }).click();
    expect(await overflowingElements(page)).toEqual([]);
    await keepScreenshot(
      page.locator('form', { has: page.getByRole('button', { name: 'Publier l’engagement' }) }),
      {
        path: `${outputDir}/commit-form-390.png`,
      },
    );
    await page.getByRole('button', { name: 'Retirer le témoin 1' }).click();
    await page.setViewportSize(wide);

    // Commitment, to drand round 657413.
    await page.getByLabel('Numéro du tour drand (facultatif)').fill(String(round.round));
    await page.getByRole('button', { name: 'Publier l’engagement' }).click();
    // Publishing is final: it asks first, and nothing is committed before the confirmation.
    await page.getByRole('group', { name: /Publier l’engagement \?/ }).waitFor();
    expect(server.app.ceremony.state(demoId).commitment).toBeUndefined();
    await page.getByRole('button', { name: 'Oui, publier l’engagement' }).click();
    const secret =
      (await page.getByTestId('organiser-secret').textContent({ timeout: 20_000 }))?.trim() ?? '';
    expect(secret).toMatch(/^[0-9a-f]{64}$/);

    // Reveals: the organiser's secret, then drand's signature, verified offline.
    // Sources are named in French at display time (the hashed labels stay as committed).
    await page.getByLabel('Valeur révélée : secret de l’organisateur').fill(secret);
    await page.getByRole('button', { name: 'Révéler « secret de l’organisateur »' }).click();
    // The round number is grouped the French way, with a narrow no-break space: 657 413.
    const drandLabel = `tour drand quicknet n° ${new Intl.NumberFormat('fr-FR').format(round.round)}`;
    expect(drandLabel).toBe('tour drand quicknet n° 657\u202f413');
    await page.getByLabel(`Signature drand : ${drandLabel}`).fill(round.signature);
    await page.getByRole('button', { name: `Révéler « ${drandLabel} »` }).click();

    // The draw, once, with confirmation.
    await page.getByRole('button', { name: 'Tirer au sort' }).click();
    await page.getByRole('button', { name: 'Confirmer le tirage' }).click();
    await expect
      .poll(() => server.app.ceremony.state(demoId).status, { timeout: 20_000 })
      .toBe('drawn');

    // The public page, verified by the browser itself.
    await page.getByRole('link', { name: 'Voir la page publique' }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(page.url()).toBe(`${server.url}/p/${demoId}`);
    await page.getByRole('button', { name: 'Vérifier dans mon navigateur' }).click();
    const verdict = page.getByTestId('publication-verdict');
    await verdict.waitFor({ timeout: 30_000 });
    expect(await verdict.textContent()).toMatch(
      /Tout est vérifié : les \d+ contrôles sont réussis/,
    );
    expect(await page.locator('li.check.failed').count()).toBe(0);
    expect(await page.locator('li.check.ok').count()).toBeGreaterThan(60);

    // A volunteer checks a receipt (the organiser's receipts file, fetched with the organiser's session).
    const receipts = (await page.evaluate(
      async (id) => (await fetch(`/api/processes/${id}/receipts.json`)).json(),
      demoId,
    )) as { receipt: { id: string } }[];
    const drawnId = drawSelection(server.app.ceremony.state(demoId).record)[0]!.id;
    const receipt = receipts.find((entry) => entry.receipt.id === drawnId)?.receipt;
    await page.getByRole('textbox', { name: 'Votre reçu' }).fill(JSON.stringify(receipt));
    await page.getByRole('button', { name: 'Vérifier mon reçu' }).click();
    const receiptVerdict = await page.getByTestId('receipt-verdict').textContent();
    expect(receiptVerdict).toContain('Vous faisiez bien partie du vivier');
    expect(receiptVerdict).toContain('rang 1, juré·e');

    await keepScreenshot(page, { path: `${outputDir}/public-page-verified.png`, fullPage: true });
    expect(errors.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
    await page.close();
  });
});
