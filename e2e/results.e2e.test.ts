import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { demoDossiers, publishedDemoResults } from '../server/testing/demoResultsFixture';
import { data, type TestServer } from '../server/testing/testServer';
import { expectAccessible } from './harness/axe';
import { startBrowserRun } from './harness/browser';
import { keepScreenshot } from './harness/screenshots';

const root = fileURLToPath(new URL('..', import.meta.url));
const outputDir = `${root}test-output`;

let server: TestServer;
let browser: Browser;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ server, browser, close } = await startBrowserRun({ clockStart: '2023-09-15T10:00:00Z' }));
  mkdirSync(outputDir, { recursive: true });
});

afterAll(async () => {
  await close?.();
});

describe('results in the browser', () => {
  it('takes the demo process from the draw through two dossiers to published results, verified in the browser', async () => {
    // The demo process, ten "très bien" and five "bien" on the first dossier, seven "bien" and eight
    // "assez bien" on the second, published.
    const { processId, tokens } = await publishedDemoResults(server);
    expect(tokens).toHaveLength(15);
    const first = demoDossiers[0]!;

    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${server.url}/p/${processId}`);
    await page.getByRole('link', { name: 'Résultats de la délibération' }).click();
    await page.getByRole('heading', { level: 1, name: /Résultats/ }).waitFor();
    expect(page.url()).toBe(`${server.url}/p/${processId}/results`);
    expect(await page.getByTestId('results-status').textContent()).toMatch(/Résultats publiés le/);
    expect(await page.getByTestId('shortlist').getByRole('listitem').allTextContents()).toEqual([
      `${first.title} (${first.id})`,
    ]);
    const ranking = page.getByTestId('ranking');
    await expect
      .poll(() => ranking.getByRole('row').nth(1).textContent())
      .toMatch(
        /Très bien −.*au moins la moitié des notes valent « Très bien » ou mieux.*0 % des notes sont au-dessus et 33 % en dessous/,
      );
    expect(await ranking.getByRole('row').nth(2).textContent()).toMatch(
      /Assez bien.*sous le minimum exigé/,
    );
    expect(await page.getByText('38 dossiers n’ont pas été notés par le jury.').count()).toBe(1);

    // "Vérifier le résultat": the bundle re-verified in this browser, every check passing.
    await page.getByRole('button', { name: 'Vérifier le résultat' }).click();
    const verdict = page.getByTestId('results-verdict');
    await verdict.waitFor({ timeout: 60_000 });
    expect(await verdict.textContent()).toMatch(
      /Résultat vérifié : les \d+ contrôles sont réussis/,
    );
    expect(await page.locator('li.check.failed').count()).toBe(0);
    for (const name of ['log-chain', 'grades', 'results', 'shortlist', 'results-hash'])
      expect(await page.locator(`li.check.ok[data-check="${name}"]`).count()).toBe(1);
    await keepScreenshot(page, { path: `${outputDir}/results-verified.png`, fullPage: true });
    await expectAccessible(browser, page, 'results page');

    // Once published, the procès-verbal is also offered as PDF, in the page's language.
    expect(
      await page
        .getByRole('link', { name: 'Télécharger le procès-verbal en PDF (A4)' })
        .getAttribute('href'),
    ).toBe(`/api/public/processes/${processId}/proces-verbal.pdf?lang=fr`);

    // The printable record of proceedings carries the bundle's digest and the jury by pseudonymous id.
    await page.getByRole('link', { name: 'Procès-verbal imprimable' }).click();
    await page.getByRole('heading', { level: 1, name: /Procès-verbal/ }).waitFor();
    const digest = data(
      await server
        .client()
        .get<{ bundleSha256: string }>(`/api/public/processes/${processId}/results`),
    ).bundleSha256;
    expect(await page.getByText(digest).count()).toBe(1);
    expect(await page.locator('#pv-seats').getByRole('row').count()).toBe(16);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Imprimer' }).isVisible()).toBe(false);
    await page.pdf({ path: `${outputDir}/proces-verbal.pdf`, format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
    await expectAccessible(browser, page, 'procès-verbal');
    expect(errors.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
    await page.close();
  });
});
