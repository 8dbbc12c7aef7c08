import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  VOLUNTEER_EMAILS,
  VOLUNTEER_NAMES,
  deliberatedProcessWithDecline,
} from '../server/testing/procesVerbalFixture';
import type { TestServer } from '../server/testing/testServer';
import { expectAccessible } from './harness/axe';
import { hasNoHorizontalOverflow, startBrowserRun } from './harness/browser';
import { keepScreenshot } from './harness/screenshots';

const shots = process.env['SHOTS_DIR'];
let server: TestServer;
let browser: Browser;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ server, browser, close } = await startBrowserRun({ clockStart: '2023-09-15T10:00:00Z' }));
  if (shots !== undefined) mkdirSync(shots, { recursive: true });
});

afterAll(async () => {
  await close?.();
});

describe('the procès-verbal page', () => {
  it('waits for publication, then shows the whole record on a phone, prints on A4 and links its PDF', async () => {
    const { processId, publish } = await deliberatedProcessWithDecline(server);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    const url = `${server.url}/p/${processId}/proces-verbal`;

    // Before publication: a plain notice, nothing of the results.
    await page.goto(url);
    await page.getByRole('status').filter({ hasText: 'publication des résultats' }).waitFor();
    expect(await page.getByRole('table').count()).toBe(0);

    await publish();
    await page.goto(url);
    await page.getByRole('heading', { level: 1, name: /Procès-verbal des opérations/ }).waitFor();
    const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(headings).toEqual([
      '1. Le tirage au sort',
      '2. Désistements et remplacements',
      '3. Présence aux séances',
      '4. Conflits d’intérêts déclarés',
      '5. La règle de décision',
      '6. Les résultats',
      '7. Égalités et cas signalés',
      '8. Preuve',
      '9. Signatures',
    ]);
    // The draw's sources in French, the decline with its replacement, the conflict by seat.
    const sources = page.getByRole('table', { name: /Sources de hasard/ });
    expect(await sources.getByRole('row').nth(1).textContent()).toContain(
      'secret de l’organisateur',
    );
    expect(await sources.getByRole('row').nth(2).textContent()).toMatch(
      /tour drand quicknet n° 657\u202f413.*produit le 15 septembre 2023 à \d\d:\d\d:\d\d, heure de Paris/,
    );
    expect(await page.locator('#pv-seats').getByRole('row').count()).toBe(6);
    const changes = page.locator('#pv-changes').getByRole('row');
    expect(await changes.count()).toBe(2);
    expect(await changes.nth(1).textContent()).toMatch(
      /heure de Paris1[0-9A-Z]{10}désistement[0-9A-Z]{10} \(rang 6\)a accepté le/,
    );
    expect(await page.locator('#pv-conflict-list').getByRole('row').nth(1).textContent()).toMatch(
      /^Projet 3 \(AIC-2026-003\)5/,
    );
    expect(
      await page.getByRole('group', { name: /L’observateur·rice indépendant·e/ }).count(),
    ).toBe(1);
    // No personal data, no horizontal overflow on a phone.
    const body = (await page.locator('body').textContent()) ?? '';
    for (const name of VOLUNTEER_NAMES) expect(body).not.toContain(name);
    for (const email of VOLUNTEER_EMAILS) expect(body).not.toContain(email);
    expect(await hasNoHorizontalOverflow(page)).toBe(true);
    if (shots !== undefined) {
      await keepScreenshot(page, { path: `${shots}/pv-390.png`, fullPage: true });
      const sections = page.locator('section.pv-section');
      for (let i = 0; i < (await sections.count()); i++)
        await keepScreenshot(sections.nth(i), { path: `${shots}/pv-390-section-${i + 1}.png` });
    }
    await expectAccessible(browser, page, 'procès-verbal at 390 px');

    // The PDF link serves the PDF in the page's language.
    const href = await page
      .getByRole('link', { name: /Télécharger le procès-verbal en PDF/ })
      .getAttribute('href');
    expect(href).toBe(`/api/public/processes/${processId}/proces-verbal.pdf?lang=fr`);
    const pdf = await fetch(`${server.url}${href}`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');

    // Printed: the buttons go, headings keep with what follows, table headers repeat, signatures hold.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Imprimer' }).isVisible()).toBe(false);
    const printRules = await page.evaluate(() => {
      const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
      return {
        heading: style('.proces-verbal h2').breakAfter,
        thead: style('#pv-seats thead').display,
        row: style('#pv-seats tbody tr').breakInside,
        signatures: style('.pv-signature-block').breakInside,
        overflow: style('.pv-table').overflowX,
      };
    });
    expect(printRules).toEqual({
      heading: 'avoid-page',
      thead: 'table-header-group',
      row: 'avoid',
      signatures: 'avoid-page',
      overflow: 'visible',
    });
    const printed = await page.pdf({ preferCSSPageSize: true, printBackground: false });
    expect(printed.subarray(0, 5).toString()).toBe('%PDF-');
    if (shots !== undefined) {
      const { writeFileSync } = await import('node:fs');
      writeFileSync(`${shots}/pv-print.pdf`, printed);
    }
    await page.emulateMedia({ media: 'screen' });

    // English on request, the same record.
    await page.evaluate(() => localStorage.setItem('kleroterion.language', 'en'));
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /Record of proceedings/ }).waitFor();
    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toBe('1. The draw');
    expect(await page.locator('#pv-seats').getByRole('row').count()).toBe(6);
    expect(((await page.locator('main').textContent()) ?? '').includes('heure de Paris')).toBe(
      false,
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reads well on a desktop', async () => {
    const { processId, publish } = await deliberatedProcessWithDecline(server);
    await publish();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/p/${processId}/proces-verbal`);
    await page.getByRole('heading', { level: 1, name: /Procès-verbal des opérations/ }).waitFor();
    expect(await hasNoHorizontalOverflow(page)).toBe(true);
    if (shots !== undefined)
      await keepScreenshot(page, { path: `${shots}/pv-1280.png`, fullPage: true });
    await expectAccessible(browser, page, 'procès-verbal at 1280 px');
    await context.close();
  });
});
