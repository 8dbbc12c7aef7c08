// A confidential deliberation in Chromium: before publication the public results page says the
// deliberation is in progress with its counts and shows no winner; the facilitator's projector link shows
// the reveal on the room's screen until revoked; the screen without the link sees what the public sees.

import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { drawnJuryWithDossiers } from '../server/testing/ceremonyFixture';
import { deliberate } from '../server/testing/deliberationFixture';
import { data, type TestServer } from '../server/testing/testServer';
import { expectAccessible } from './harness/axe';
import { hasNoHorizontalOverflow, signedInContext, startBrowserRun } from './harness/browser';
import { keepScreenshot } from './harness/screenshots';

const root = fileURLToPath(new URL('..', import.meta.url));
const outputDir = `${root}test-output`;
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

let server: TestServer;
let browser: Browser;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ server, browser, close } = await startBrowserRun());
  mkdirSync(outputDir, { recursive: true });
});

afterAll(async () => {
  await close?.();
});

describe('a confidential deliberation in the browser', () => {
  it('keeps the results page to "délibération en cours" and counts until publication; the projector link shows the reveal', async () => {
    const { processId, cookie, tokens, organiser } = await drawnJuryWithDossiers(server, {
      title: 'Jury citoyen',
      seats: 5,
      dossierTitles: ['Jardins partagés', 'Atelier vélo', 'Repair café'],
    });
    // Before the room opens, the facilitator's form proposes a confidential deliberation by default.
    const facilitator = await (
      await signedInContext(browser, server.url, cookie, { viewport: PHONE })
    ).newPage();
    await facilitator.goto(`${server.url}/salle/${processId}`);
    const visibility = facilitator.getByRole('group', { name: 'Visibilité de la délibération' });
    await visibility.waitFor();
    expect(await visibility.getByLabel(/^Confidentielle/).isChecked()).toBe(true);
    expect(await visibility.getByLabel(/^Publique/).isChecked()).toBe(false);
    expect(await hasNoHorizontalOverflow(facilitator)).toBe(true);
    await keepScreenshot(visibility, { path: `${outputDir}/confidential-open-form-390.png` });
    await expectAccessible(browser, facilitator, 'room opening form');

    await deliberate({
      url: server.url,
      processId,
      cookie,
      tokens,
      confidential: true,
      rule: { quorum: 3 },
      dossiers: [
        { id: 'AIC-2026-001', grade: () => 'excellent' },
        { id: 'AIC-2026-002', grade: (seat) => (seat <= 3 ? 'bien' : 'passable') },
      ],
    });

    const page = await browser.newPage({ viewport: PHONE });
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${server.url}/p/${processId}/results`);
    await page.getByRole('heading', { level: 1, name: 'Résultats : Jury citoyen' }).waitFor();
    expect(await page.getByTestId('results-status').textContent()).toBe('Délibération en cours');
    expect(await page.getByTestId('withheld-counts').textContent()).toBe(
      'Dossiers examinés : 2 sur 3. Restant à examiner : 1.',
    );
    const text = (await page.locator('main, body').first().textContent()) ?? '';
    expect(text).toMatch(/délibération est confidentielle/);
    // No winner, no ranking, no aggregate, no download of them.
    for (const testId of ['shortlist', 'ranking', 'results-verdict'])
      expect(await page.getByTestId(testId).count(), testId).toBe(0);
    for (const title of ['Jardins partagés', 'Atelier vélo']) expect(text).not.toContain(title);
    expect(await page.getByRole('heading', { name: /Lauréats|Classement/ }).count()).toBe(0);
    expect(await page.locator('canvas, table').count()).toBe(0);
    expect(await page.getByRole('link', { name: /points de contrôle/ }).getAttribute('href')).toBe(
      `/api/public/processes/${processId}/checkpoints.json`,
    );
    expect(await hasNoHorizontalOverflow(page)).toBe(true);
    await keepScreenshot(page, {
      path: `${outputDir}/confidential-results-390.png`,
      fullPage: true,
    });
    await expectAccessible(browser, page, 'results page, confidential deliberation in progress');
    await page.setViewportSize(DESKTOP);
    await keepScreenshot(page, {
      path: `${outputDir}/confidential-results-1280.png`,
      fullPage: true,
    });

    // The public page of the process says the same, and verifies the log up to its withheld tail.
    await page.setViewportSize(PHONE);
    await page.goto(`${server.url}/p/${processId}`);
    await page.getByTestId('withheld').waitFor();
    expect(await page.getByTestId('withheld-counts').textContent()).toBe(
      'Dossiers examinés : 2 sur 3. Restant à examiner : 1.',
    );
    await page.getByRole('button', { name: 'Vérifier dans mon navigateur' }).click();
    await page.getByTestId('publication-verdict').waitFor({ timeout: 60_000 });
    expect(await page.locator('li.check.failed').count()).toBe(0);
    expect(await page.locator('li.check.ok[data-check="log-withheld"]').count()).toBe(1);
    // The progress section fits the phone (the commitment panel's own overflow is outside this change).
    const box = await page.getByTestId('withheld').boundingBox();
    expect(box !== null && box.x + box.width <= PHONE.width).toBe(true);
    await keepScreenshot(page, {
      path: `${outputDir}/confidential-public-page-390.png`,
      fullPage: true,
    });
    await expectAccessible(browser, page, 'public page, confidential deliberation in progress');

    // The facilitator opens the projection from their session; the screen shows the reveal.
    await facilitator.setViewportSize(DESKTOP);
    await facilitator.goto(`${server.url}/salle/${processId}`);
    await facilitator.getByRole('button', { name: 'Ouvrir la projection' }).click();
    const link = facilitator.getByTestId('projector-link');
    await link.waitFor();
    const href = (await link.getAttribute('href')) as string;
    expect(href).toMatch(
      new RegExp(`^${server.url}/salle/${processId}/projection#[A-Za-z0-9_-]{43}$`),
    );
    await facilitator.getByText('Lien de projection créé.').waitFor();
    await keepScreenshot(facilitator, { path: `${outputDir}/confidential-facilitator-1280.png` });
    await expectAccessible(browser, facilitator, 'facilitator room with the projector link');

    const screen = await (await browser.newContext({ viewport: DESKTOP })).newPage();
    await screen.goto(href);
    await screen.getByRole('heading', { level: 1, name: 'Atelier vélo' }).waitFor();
    await screen.locator('section.reveal').first().waitFor();
    await keepScreenshot(screen, {
      path: `${outputDir}/confidential-projector-1280.png`,
      fullPage: true,
    });
    await expectAccessible(browser, screen, 'projector with its link');

    // The same page without the link is an observer: no reveal, counts only.
    const observer = await browser.newPage({ viewport: PHONE });
    await observer.goto(`${server.url}/salle/${processId}/projection`);
    await observer.getByTestId('withheld').waitFor();
    expect(await observer.locator('section.reveal').count()).toBe(0);
    expect(await observer.getByTestId('withheld-counts').textContent()).toBe(
      'Dossiers examinés : 2 sur 3. Restant à examiner : 1.',
    );
    expect(await hasNoHorizontalOverflow(observer)).toBe(true);
    await keepScreenshot(observer, {
      path: `${outputDir}/confidential-observer-390.png`,
      fullPage: true,
    });
    await expectAccessible(browser, observer, 'projector page without a link');

    // Revoked: the screen is sent away and told why.
    await facilitator.getByRole('button', { name: 'Révoquer le lien de projection' }).click();
    await facilitator.getByText(/Lien de projection révoqué/).waitFor();
    await screen.getByText(/Ce lien de projection n’est pas valable/).waitFor();
    expect(await screen.locator('section.reveal').count()).toBe(0);

    // Published: the same results page shows the winners.
    data(await organiser.post(`/api/processes/${processId}/results/publish`, {}));
    await page.goto(`${server.url}/p/${processId}/results`);
    await page.getByTestId('shortlist').waitFor();
    expect(await page.getByTestId('results-status').textContent()).toMatch(/Résultats publiés le/);
    expect(await page.getByTestId('shortlist').getByRole('listitem').allTextContents()).toEqual([
      'Jardins partagés (AIC-2026-001)',
      'Atelier vélo (AIC-2026-002)',
    ]);
    expect(errors).toEqual([]);
  });
});
