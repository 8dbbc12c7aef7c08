// The frame of every page in a real browser: the DSFR header, skip links and landmarks, the footer's
// mandatory links and display settings, the language selector, the information pages, the not-found page
// (HTTP 404 for unknown paths and ids), and both identities (the State's, and a neutral deployment's).

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProcessState } from '../shared/process/processState';
import { readServiceIdentity } from '../server/http/serviceIdentity';
import { openCall } from '../server/testing/callFixture';
import {
  data,
  setUpAdministrator,
  startTestServer,
  type TestServer,
} from '../server/testing/testServer';
import { expectAccessible } from './harness/axe';
import { hasNoHorizontalOverflow, startBrowserRun, type BrowserRun } from './harness/browser';
import { chooseLanguage } from './harness/language';
import { keepScreenshot } from './harness/screenshots';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const SHOTS = process.env['KLEROTERION_SHOTS_DIR'] ?? 'test-output/shell';

let run: BrowserRun;
let logoDir: string;
let state: TestServer;
let neutral: TestServer;
let browser: Browser;
let processId: string;

beforeAll(async () => {
  run = await startBrowserRun();
  ({ server: state, browser } = run);
  logoDir = mkdtempSync(join(tmpdir(), 'kleroterion-logo-'));
  writeFileSync(
    join(logoDir, 'logo.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 90"><rect width="160" height="90" fill="#2a6"/></svg>',
  );
  // The neutral deployment serves the same build as the State's.
  neutral = await startTestServer({
    clientDir: run.outDir,
    identity: readServiceIdentity({
      KLEROTERION_IDENTITY: 'neutral',
      KLEROTERION_SERVICE_NAME: 'Jurys de Villeneuve',
      KLEROTERION_SERVICE_TAGLINE: 'Les habitants tirés au sort',
      KLEROTERION_LOGO: join(logoDir, 'logo.svg'),
    }),
  });
  const organiser = state.client();
  expect((await setUpAdministrator(organiser, 'correct horse battery staple')).status).toBe(201);
  processId = data(
    await organiser.post<ProcessState>('/api/processes', {
      title: 'Jury citoyen du quartier',
      seats: 5,
      alternates: 1,
    }),
  ).id;
  await openCall(organiser);
}, 120_000);

afterAll(async () => {
  await neutral?.close();
  await run?.close();
  rmSync(logoDir, { recursive: true, force: true });
});

/** A page that records CSP violations, as the browser reports them. */
async function open(
  url: string,
  viewport = DESKTOP,
): Promise<{ page: Page; violations: string[] }> {
  const page = await browser.newPage({ viewport });
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  return { page, violations };
}

describe('the not-found page', () => {
  it.each([
    ['an unknown path', '/nulle-part'],
    ['an unknown process', '/p/aucun-processus'],
    ['the results of an unknown process', '/p/aucun-processus/resultats'],
    ['an unknown call', '/appel/aucun-appel'],
  ])('answers %s with HTTP 404 and the DSFR error page', async (_name, path) => {
    expect((await fetch(`${state.url}${path}`)).status).toBe(404);
    const { page, violations } = await open(`${state.url}${path}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page non trouvée');
    expect(await page.getByText('Erreur 404').count()).toBe(1);
    expect(await page.title()).toBe('Page non trouvée — Kleroterion');
    // Its way out: the home page, where the frame still works.
    await page.getByRole('link', { name: 'Page d’accueil' }).click();
    await page.getByRole('heading', { level: 1, name: 'Jurys citoyens tirés au sort' }).waitFor();
    expect(violations).toEqual([]);
    await page.close();
  });

  it('is accessible, in English too', async () => {
    const { page } = await open(`${state.url}/nulle-part`, PHONE);
    await expectAccessible(browser, page, 'not found', undefined, { viewport: PHONE });
    await chooseLanguage(page, 'English');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found');
    expect(await page.title()).toBe('Page not found — Kleroterion');
    expect(await hasNoHorizontalOverflow(page)).toBe(true);
    await page.close();
  });
});

describe('the frame', () => {
  it('has skip links to the content, menu and footer, and the landmarks', async () => {
    const { page } = await open(`${state.url}/`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Contenu', exact: true });
    expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
    for (const [name, target] of [
      ['Contenu', '#main'],
      ['Menu', '#header-navigation'],
      ['Pied de page', '#footer'],
    ] as const) {
      const link = page.getByRole('link', { name, exact: true });
      expect(await link.getAttribute('href')).toBe(target);
      expect(await page.locator(target).count()).toBe(1);
    }
    expect(await page.getByRole('banner').count()).toBe(1);
    expect(await page.getByRole('main').count()).toBe(1);
    expect(await page.getByRole('contentinfo').count()).toBe(1);
    expect(await page.getByRole('navigation', { name: 'Menu principal' }).count()).toBe(1);
    await page.close();
  });

  it('has the mandatory footer links, each leading to its own titled page', async () => {
    const { page, violations } = await open(`${state.url}/`);
    const footer = page.getByRole('contentinfo');
    for (const [link, heading, title] of [
      [
        'Accessibilité : partiellement conforme',
        'Déclaration d’accessibilité',
        'Déclaration d’accessibilité',
      ],
      ['Mentions légales', 'Mentions légales', 'Mentions légales'],
      ['Données personnelles', 'Données personnelles', 'Données personnelles'],
      ['Plan du site', 'Plan du site', 'Plan du site'],
    ] as const) {
      await footer.getByRole('link', { name: link }).click();
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      expect(await page.title()).toBe(`${title} — Kleroterion`);
    }
    // The site map links the published process and call.
    await page.getByRole('link', { name: 'Jury citoyen du quartier' }).click();
    expect(new URL(page.url()).pathname).toBe(`/p/${processId}`);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('says that everything is checked in the browser only on the verifier pages', async () => {
    const claim = /Tout se vérifie dans votre navigateur/;
    for (const [path, says] of [
      ['/verifier', true],
      ['/verifier/loterie', true],
      ['/', false],
      [`/p/${processId}`, false],
      ['/organiser', false],
      ['/accessibilite', false],
    ] as const) {
      const { page } = await open(`${state.url}${path}`);
      expect(claim.test((await page.getByRole('contentinfo').textContent()) ?? ''), path).toBe(
        says,
      );
      await page.close();
    }
  });

  it('switches the language with the keyboard alone, marking the current one', async () => {
    const { page } = await open(`${state.url}/`);
    await page.getByRole('button', { name: /^Langue\b/ }).focus();
    await page.keyboard.press('Enter');
    const english = page.getByRole('button', { name: 'English', exact: true });
    await english.focus();
    await page.keyboard.press('Enter');
    // The English messages arrive as their own file: the page switches once they are there.
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('heading', { level: 1, name: 'Citizens’ juries drawn by lot' }).waitFor();
    // The list closes once a language is chosen; its buttons keep the mark.
    const choice = (lang: string) => page.locator(`#language-menu button[lang="${lang}"]`);
    expect(await choice('en').getAttribute('aria-current')).toBe('true');
    expect(await choice('fr').getAttribute('aria-current')).toBeNull();
    await expect.poll(() => english.isVisible()).toBe(false);
    expect(
      await page.getByRole('contentinfo').getByRole('link', { name: 'Legal notice' }).count(),
    ).toBe(1);
    await page.close();
  });

  it('downloads the shell’s messages and the page’s own, in its language; switches once both are there', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    const messages: string[] = [];
    page.on('request', (request) => {
      const file = /\/_messages-([a-z]+-[a-z]+)-[\w-]+\.js$/.exec(request.url())?.[1];
      if (file !== undefined) messages.push(file);
    });
    // The page's English dictionary is held back until the French page shows the switch pending.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/_messages-sitemap-en-*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${state.url}/plan-du-site`);
    await page.getByRole('heading', { level: 1, name: 'Plan du site' }).waitFor();
    expect(messages.sort()).toEqual(['shell-fr', 'sitemap-fr']);
    const shellEnglish = page.waitForResponse((response) =>
      response.url().includes('/_messages-shell-en-'),
    );
    await page.getByRole('button', { name: /^Langue\b/ }).click();
    await page.getByRole('button', { name: 'English', exact: true }).click();
    // The shell's English arrives, the page's not yet: everything stays French meanwhile.
    await shellEnglish;
    await expect.poll(() => messages.includes('sitemap-en')).toBe(true);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.getByRole('heading', { level: 1 }).first().textContent()).toBe(
      'Plan du site',
    );
    release();
    await page.getByRole('heading', { level: 1, name: 'Site map' }).waitFor();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    expect(messages.filter((file) => file.endsWith('-en')).sort()).toEqual([
      'shell-en',
      'sitemap-en',
    ]);
    await page.close();
  });

  it('opens the display settings and applies the dark scheme', async () => {
    const { page } = await open(`${state.url}/`);
    await page.getByRole('button', { name: 'Paramètres d’affichage' }).click();
    const dialog = page.getByRole('dialog', { name: /Paramètres d.affichage/ });
    await dialog.waitFor();
    await dialog.getByText('Thème sombre').click();
    await expect.poll(() => page.getAttribute('html', 'data-fr-theme')).toBe('dark');
    await page.close();
  });

  it('has a phone menu with the navigation and the language selector', async () => {
    const { page } = await open(`${state.url}/`, PHONE);
    await page.getByRole('button', { name: 'Menu', exact: true }).click();
    const verify = page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', {
      name: 'Vérifier un tirage',
    });
    await verify.click();
    await page.getByRole('heading', { level: 1, name: 'Vérifier un fichier publié' }).waitFor();
    // Following a link inside the app closes the menu.
    await expect.poll(() => verify.isVisible()).toBe(false);
    await chooseLanguage(page, 'English');
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    expect(await hasNoHorizontalOverflow(page)).toBe(true);
    await page.close();
  });
});

describe('the information pages', () => {
  const pages = [
    ['/', 'Accueil', 'Home', 'home'],
    ['/accessibilite', 'Déclaration d’accessibilité', 'Accessibility statement', 'accessibility'],
    ['/mentions-legales', 'Mentions légales', 'Legal notice', 'legal'],
    ['/donnees-personnelles', 'Données personnelles', 'Personal data', 'privacy'],
    ['/plan-du-site', 'Plan du site', 'Site map', 'sitemap'],
    ['/nulle-part', 'Page non trouvée', 'Page not found', 'not-found'],
  ] as const;

  it.each(pages)(
    '%s: titled in both languages, accessible, no overflow at 390 px, no CSP violation',
    async (path, french, english, shot) => {
      for (const viewport of [PHONE, DESKTOP]) {
        const { page, violations } = await open(`${state.url}${path}`, viewport);
        expect(await page.title()).toBe(`${french} — Kleroterion`);
        expect(await hasNoHorizontalOverflow(page), `${path} at ${viewport.width}`).toBe(true);
        await keepScreenshot(page, {
          path: `${SHOTS}/${shot}-fr-${viewport.width}.png`,
          fullPage: true,
        });
        await chooseLanguage(page, 'English');
        await expect.poll(() => page.title()).toBe(`${english} — Kleroterion`);
        expect(await hasNoHorizontalOverflow(page), `${path} at ${viewport.width}, en`).toBe(true);
        await keepScreenshot(page, {
          path: `${SHOTS}/${shot}-en-${viewport.width}.png`,
          fullPage: true,
        });
        expect(violations).toEqual([]);
        await page.close();
      }
      const { page } = await open(`${state.url}${path}`, PHONE);
      await expectAccessible(browser, page, path, undefined, { viewport: PHONE });
      await page.close();
    },
  );

  it('states partial compliance with RGAA 4.1, the known non-compliances and the recourse', async () => {
    const { page } = await open(`${state.url}/accessibilite`);
    const text = (await page.getByRole('main').textContent()) ?? '';
    expect(text).toContain('partiellement conforme');
    expect(text).toContain('RGAA), version 4.1');
    expect(text).toMatch(/canevas.*tableau de données/);
    expect(text).toContain('Défenseur des droits');
    await page.close();
  });
});

describe('the identity', () => {
  it('shows the State’s marks and the Marianne font by default', async () => {
    const { page } = await open(`${state.url}/`);
    expect(await page.getAttribute('html', 'data-identity')).toBe('state');
    expect(await page.locator('.fr-logo').count()).toBe(2);
    expect(await page.getByRole('banner').textContent()).toContain('Républiquefrançaise');
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(
      /^"?Marianne/,
    );
    await page.close();
  });

  it('shows a neutral deployment’s own name and logo, without any State mark or the Marianne font', async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      const { page, violations } = await open(`${neutral.url}/`, viewport);
      expect(await page.getAttribute('html', 'data-identity')).toBe('neutral');
      expect(await page.locator('.fr-logo').count()).toBe(0);
      expect(await page.getByText(/République\s*française/).count()).toBe(0);
      const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
      expect(font).not.toMatch(/Marianne/);
      expect(font).toMatch(/^"?Atkinson Hyperlegible/);
      expect(await page.evaluate(() => document.fonts.check('16px "Atkinson Hyperlegible"'))).toBe(
        true,
      );
      const banner = page.getByRole('banner');
      expect(await banner.textContent()).toContain('Jurys de Villeneuve');
      expect(await banner.textContent()).toContain('Les habitants tirés au sort');
      expect(await banner.locator('img[src="/identite/logo.svg"]').count()).toBe(1);
      expect(await page.title()).toBe('Accueil — Jurys de Villeneuve');
      expect(await hasNoHorizontalOverflow(page)).toBe(true);
      await keepScreenshot(page, {
        path: `${SHOTS}/neutral-home-fr-${viewport.width}.png`,
        fullPage: true,
      });
      expect(violations).toEqual([]);
      await page.close();
    }
  });
});
