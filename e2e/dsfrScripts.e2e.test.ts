// The DSFR's JavaScript as the browser build loads it (client/src/dsfrScripts.ts): the core and the
// frame's components with every page, another component's script once its markup is in the page; and
// react-dsfr's `fr` without its colour tables (client/src/frWithoutColours.ts), whose one use in the
// frame is the `theme-color` of the current scheme.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProcessState } from '../shared/process/processState';
import { data, setUpAdministrator, type TestServer } from '../server/testing/testServer';
import { startBrowserRun } from './harness/browser';
import { keepScreenshot } from './harness/screenshots';

const PHONE = { width: 390, height: 844 };
const SHOTS = process.env['KLEROTERION_SHOTS_DIR'] ?? 'test-output/dsfr';
const root = fileURLToPath(new URL('..', import.meta.url));

let server: TestServer;
let browser: Browser;
let close: () => Promise<void>;
let processId: string;

beforeAll(async () => {
  ({ server, browser, close } = await startBrowserRun());
  const organiser = server.client();
  expect((await setUpAdministrator(organiser, 'correct horse battery staple')).status).toBe(201);
  processId = data(
    await organiser.post<ProcessState>('/api/processes', { title: 'Jury des scripts' }),
  ).id;
  const volunteers = readFileSync(`${root}fixtures/demo/volunteers.csv`);
  data(await organiser.post(`/api/processes/${processId}/volunteers`, new Uint8Array(volunteers)));
}, 120_000);

afterAll(async () => {
  await close?.();
});

/** A phone-sized page that records CSP violations and the scripts it downloads. */
async function open(
  path: string,
): Promise<{ page: Page; violations: string[]; scripts: string[] }> {
  const page = await browser.newPage({ viewport: PHONE });
  const violations: string[] = [];
  const scripts: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(`${server.url}${path}`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  // The design system has started: its script marks the page.
  await page.locator('html[data-fr-js="true"]').waitFor({ state: 'attached' });
  return { page, violations, scripts };
}

/** The components the DSFR's script has set up (`window.dsfr.accordion`, `window.dsfr.modal`…). */
function components(page: Page, names: string[]): Promise<Record<string, boolean>> {
  return page.evaluate(
    (wanted) =>
      Object.fromEntries(
        wanted.map((name) => [
          name,
          (window as unknown as { dsfr: Record<string, unknown> }).dsfr[name] !== undefined,
        ]),
      ),
    names,
  );
}

describe('the DSFR’s scripts', () => {
  it('start the frame’s components on every page, and no other component without its markup', async () => {
    const { page, violations, scripts } = await open('/');
    expect(await components(page, ['scheme', 'header', 'navigation', 'modal', 'display'])).toEqual({
      scheme: true,
      header: true,
      navigation: true,
      modal: true,
      display: true,
    });
    // The home page has no accordion, tab or table: their scripts are not downloaded.
    expect(await components(page, ['accordion', 'tab', 'table'])).toEqual({
      accordion: false,
      tab: false,
      table: false,
    });
    expect(scripts.filter((path) => /\/(accordion|tab|table)\.module-/.test(path))).toEqual([]);
    // Nor is the whole DSFR script.
    expect(scripts.filter((path) => /\/dsfr\.module-/.test(path))).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('open and close the phone menu, a DSFR modal', async () => {
    const { page, violations } = await open('/');
    const menu = page.locator('#header-menu-modal');
    const navigation = page.getByRole('navigation', { name: 'Menu principal' });
    expect(await navigation.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Menu', exact: true }).click();
    await navigation.waitFor();
    expect(await menu.getAttribute('class')).toContain('fr-modal--opened');
    await keepScreenshot(page, { path: `${SHOTS}/header-menu-390.png` });
    await page.keyboard.press('Escape');
    await expect.poll(() => navigation.isVisible()).toBe(false);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('apply the dark scheme, with the browser’s theme colour, and back to the light one', async () => {
    const { page, violations } = await open('/');
    const themeColour = () => page.locator('meta[name="theme-color"]').getAttribute('content');
    const choose = async (scheme: string) => {
      await page.getByRole('button', { name: 'Paramètres d’affichage' }).click();
      const dialog = page.getByRole('dialog', { name: /Paramètres d.affichage/ });
      await dialog.waitFor();
      await dialog.getByText(scheme).click();
      await dialog.getByRole('button', { name: 'Fermer' }).click();
      await expect.poll(() => dialog.isVisible()).toBe(false);
    };
    await choose('Thème sombre');
    await expect.poll(() => page.getAttribute('html', 'data-fr-theme')).toBe('dark');
    // The DSFR's dark default background (--background-default-grey), read from its stylesheet.
    await expect.poll(themeColour).toBe('#161616');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgb(22, 22, 22)',
    );
    await keepScreenshot(page, { path: `${SHOTS}/dark-390.png`, fullPage: true });
    await choose('Thème clair');
    await expect.poll(() => page.getAttribute('html', 'data-fr-theme')).toBe('light');
    // White, as the minified stylesheet writes it.
    await expect.poll(themeColour).toMatch(/^#fff(fff)?$/);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('load an accordion’s script with the first accordion, which opens and closes', async () => {
    const { page, violations, scripts } = await open(`/p/${processId}`);
    const details = page.getByRole('button', { name: 'Détails techniques' }).first();
    await details.waitFor();
    await expect.poll(async () => (await components(page, ['accordion'])).accordion).toBe(true);
    expect(scripts.filter((path) => /\/accordion\.module-/.test(path))).toHaveLength(1);
    const panel = page.locator(`#${await details.getAttribute('aria-controls')}`);
    expect(await details.getAttribute('aria-expanded')).toBe('false');
    expect(await panel.isVisible()).toBe(false);
    await details.click();
    await expect.poll(() => panel.isVisible()).toBe(true);
    // The DSFR's collapse opened it.
    expect(await panel.getAttribute('class')).toContain('fr-collapse--expanded');
    await details.click();
    await expect.poll(() => panel.isVisible()).toBe(false);
    expect(violations).toEqual([]);
    await page.close();
  });
});
