import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import drand from '../fixtures/vectors/drand-quicknet.json';
import type { ProcessState } from '../shared/process/processState';
import {
  setUpAdministrator,
  data,
  type ApiClient,
  type TestServer,
} from '../server/testing/testServer';
import { expectAccessible } from './harness/axe';
import { hasNoHorizontalOverflow, startBrowserRun } from './harness/browser';
import { keepScreenshot } from './harness/screenshots';

const root = fileURLToPath(new URL('..', import.meta.url));
const volunteersCsv = readFileSync(`${root}fixtures/demo/volunteers.csv`);
const round = drand.rounds[0]!;
let server: TestServer;
let browser: Browser;
let close: () => Promise<void>;
let cookie: string;
let organiser: ApiClient;

beforeAll(async () => {
  // An hour before drand round 657413; the server's minimum delay is 60 s.
  ({ server, browser, close } = await startBrowserRun({ clockStart: '2023-09-15T10:00:00Z' }));
  organiser = server.client();
  const setup = await setUpAdministrator(organiser, 'mot de passe très long');
  cookie = (setup.headers.get('set-cookie') ?? '').split(';')[0] as string;
});

afterAll(async () => {
  await close?.();
});

async function importedProcess(title: string): Promise<string> {
  const id = data(await organiser.post<ProcessState>('/api/processes', { title })).id;
  data(await organiser.post(`/api/processes/${id}/volunteers`, new Uint8Array(volunteersCsv)));
  return id;
}

describe('dates, numbers and sources in French', () => {
  it('shows a future drand round as awaited with a live countdown, then as produced', async () => {
    const id = await importedProcess('Compte à rebours');
    data(
      await organiser.post(`/api/processes/${id}/commit`, {
        witnesses: [],
        drandRound: round.round,
      }),
    );
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    // The browser's clock at the server's: the round is 1 h ahead.
    await page.clock.install({ time: new Date('2023-09-15T10:00:00Z') });
    await page.goto(`${server.url}/p/${id}`);
    const sources = page.locator('ol.sources > li');
    await sources.first().waitFor();
    expect(await sources.nth(0).textContent()).toMatch(
      /^secret de l’organisateur\u00a0: secret engagé/,
    );
    const beacon = sources.nth(1);
    expect(await beacon.textContent()).toMatch(
      /^tour drand quicknet n° 657\u202f413\u00a0: attendu le 15 septembre 2023 à \d\d:\d\d:\d\d, heure de Paris \(dans 1\u00a0h 00\u00a0min 0\d\u00a0s\)/,
    );
    // Numbers the French way: 2 000 volunteers.
    expect(await page.locator('dl.facts dd').first().textContent()).toBe('2\u202f000');
    // The public page: its own title, the stage as step 2 of 7, and the next step with its date.
    expect(await page.title()).toBe('Compte à rebours — Kleroterion');
    const stepper = page.locator('.fr-stepper');
    expect(await stepper.getByRole('heading', { level: 2 }).textContent()).toBe(
      'Engagement publiéÉtape 2 sur 7',
    );
    expect(await stepper.locator('.fr-stepper__details').textContent()).toMatch(
      /^Prochaine étape : le tirage, au plus tôt le 15 septembre 2023 à \d\d:\d\d, heure de Paris,/,
    );
    // The fingerprints wait, folded, under "Détails techniques", each with a plain sentence.
    const details = page.getByRole('button', { name: 'Détails techniques' }).first();
    expect(await details.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByText(/^Une empreinte qui fige la liste des volontaires/).count()).toBe(
      1,
    );
    const countdown = page.getByTestId('drand-countdown');
    const seconds = async () => {
      const [, h, m, s] = /(?:(\d+)\u00a0h )?(\d+)\u00a0min (\d+)\u00a0s/.exec(
        (await countdown.textContent()) ?? '',
      )!;
      return Number(h ?? 0) * 3600 + Number(m) * 60 + Number(s);
    };
    const before = await seconds();
    await page.clock.runFor(5_000);
    await expect.poll(seconds).toBe(before - 5);
    expect(await hasNoHorizontalOverflow(page)).toBe(true);
    if (process.env['SHOTS_DIR'] !== undefined)
      await keepScreenshot(page, {
        path: `${process.env['SHOTS_DIR']}/countdown-390.png`,
        fullPage: true,
      });
    await expectAccessible(browser, page, 'public page with a countdown');

    // Once the round's time has passed: "produit le", no countdown.
    await page.clock.runFor(2 * 3600_000);
    await expect.poll(() => beacon.textContent()).toMatch(/produit le 15 septembre 2023/);
    expect(await countdown.count()).toBe(0);
    await context.close();
  });

  it('says the minimum delay on the commit form and refuses a shorter one, in French', async () => {
    const id = await importedProcess('Délai minimal');
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const [name, value] = cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: server.url }]);
    const page = await context.newPage();
    await page.goto(`${server.url}/organiser/p/${id}`);
    const delay = page.getByLabel('Délai avant le tour drand (minutes)');
    await delay.waitFor();
    const hintId = (await delay.getAttribute('aria-describedby'))?.split(' ')[0] ?? '';
    await expect
      .poll(() => page.locator(`[id="${hintId}"]`).textContent())
      .toContain('Minimum fixé par le serveur : 1 minute(s).');
    await delay.fill('0');
    await page.getByRole('button', { name: 'Publier l’engagement' }).click();
    await expect
      .poll(() => page.getByRole('alert').allTextContents())
      .toEqual(
        expect.arrayContaining([
          expect.stringContaining('Le délai avant le tour drand doit être d’au moins 1 minute(s)'),
        ]),
      );
    expect(server.app.ceremony.state(id).status).toBe('draft');
    if (process.env['SHOTS_DIR'] !== undefined)
      await keepScreenshot(page, {
        path: `${process.env['SHOTS_DIR']}/commit-form-390.png`,
        fullPage: true,
      });
    await context.close();
  });
});
