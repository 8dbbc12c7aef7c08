import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { quicknetRoundTime } from '../shared/lottery/drand';
import type { SeededDemo } from '../server/demo/seedDemoCommitment';
import { seedTestDemo } from '../server/testing/demoCommitmentFixture';
import { drawAndInvite } from '../server/testing/ceremonyFixture';
import { data, setUpAdministrator, signIn, type TestServer } from '../server/testing/testServer';
import type { ProcessState } from '../shared/process/processState';
import { expectAccessibleNow } from './harness/axe';
import {
  hasNoHorizontalOverflow,
  overflowingElements,
  presentDossier,
  startBrowserRun,
} from './harness/browser';
import { keepScreenshot } from './harness/screenshots';
import { chooseLanguage } from './harness/language';

const root = fileURLToPath(new URL('..', import.meta.url));
const shots = fileURLToPath(new URL('../test-output/offline-demo', import.meta.url));
const dossiers = (
  JSON.parse(readFileSync(`${root}fixtures/demo/dossiers.json`, 'utf8')) as {
    dossiers: { id: string; title: string }[];
  }
).dossiers;
const JURORS = 3;

let dataDir: string;
let server: TestServer;
let browser: Browser;
let close: () => Promise<void>;
let demo: SeededDemo;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'kleroterion-offline-demo-'));
  // Seeded as `npm start` seeds it: the clock pinned before the recorded round, then real time.
  ({ server, browser, close } = await startBrowserRun({
    dataDir,
    clockStart: new Date().toISOString(),
    clockRuns: true,
  }));
  const seeded = seedTestDemo(server, dataDir);
  if (seeded === undefined) throw new Error('the demonstration was not seeded');
  demo = seeded;
  mkdirSync(shots, { recursive: true });
}, 120_000);

afterAll(async () => {
  await close?.();
  rmSync(dataDir ?? '', { recursive: true, force: true });
});

/** Every request outside the server is aborted and remembered: the demo must need none. */
async function offlineContext(blocked: string[]): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.url)) return route.continue();
    blocked.push(url);
    return route.abort('internetdisconnected');
  });
  return context;
}

/** Screenshots at 1280 × 800 and 390 × 844, checking that nothing overflows sideways on the phone. */
async function shoot(page: Page, name: string) {
  for (const [width, height] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await keepScreenshot(page, { path: `${shots}/${name}-${width}.png`, fullPage: true });
    // The page must not scroll sideways (a wide table may scroll inside its own box, so its cells may
    // stick out of the window: the elements are only listed to say where a page overflows).
    if (!(await hasNoHorizontalOverflow(page)))
      expect.fail(
        `${name} overflows at ${width} px: ${(await overflowingElements(page)).join(' ')}`,
      );
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

const banner = (page: Page) =>
  page
    .getByTestId('demo-banner')
    .getByText('Démonstration : données fictives, tour drand enregistré');

describe('the offline demonstration in the browser', () => {
  it('takes the seeded commitment to published, verified results through the pages, with no network', async () => {
    const blocked: string[] = [];
    const context = await offlineContext(blocked);
    const errors: string[] = [];
    context.on('page', (page) =>
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      }),
    );
    const id = demo.processId;

    // The public page of the seeded process: committed, before the recorded round, with the banner.
    const visitor = await context.newPage();
    await visitor.goto(`${server.url}/p/${id}`);
    await banner(visitor).waitFor();
    await shoot(visitor, '01-public-committed');
    const committedAt = String(server.app.ceremony.state(id).commitment!.commitment['committedAt']);
    expect(Date.parse(committedAt)).toBeLessThan(quicknetRoundTime(demo.drandRound) * 1000);

    // The organiser signs in and finds the demonstration section.
    const consolePage = await context.newPage();
    // The first account, made with the setup token the server printed (the accounts test drives that page).
    const setup = await setUpAdministrator(server.client(), 'mot de passe très long');
    data(setup);
    const adminSession =
      /kl_session=([^;]+)/.exec(setup.headers.get('set-cookie') ?? '')?.[1] ?? '';
    await context.addCookies([{ name: 'kl_session', value: adminSession, url: server.url }]);
    await consolePage.goto(`${server.url}/organiser`);
    await consolePage.getByRole('link', { name: /jury citoyen \(démonstration\)/ }).click();
    const section = consolePage.getByRole('region', { name: 'Démonstration' });
    await section.waitFor();
    await banner(consolePage).waitFor();
    expect(await section.getByTestId('demo-secret-file').textContent()).toBe(demo.secretFile);
    await shoot(consolePage, '02-console-committed');
    await expectAccessibleNow(consolePage, 'console with the demonstration section');

    // Reveal: the organiser's secret the demo kept, in one click (the file path is covered in
    // server/tests/demoMode.integration.test.ts), then the recorded round in one click; focus follows each step.
    await section.getByRole('button', { name: 'Révéler le secret de démonstration' }).click();
    await section
      .getByRole('status')
      .getByText(/Le secret de l’organisateur est révélé et vérifié/)
      .waitFor();
    const beaconButton = section.getByRole('button', {
      name: 'Révéler le tour drand enregistré',
    });
    await expect.poll(() => beaconButton.evaluate((b) => b === document.activeElement)).toBe(true);
    await shoot(consolePage, '02b-console-secret-revealed');
    await beaconButton.click();
    await section
      .getByRole('status')
      .getByText(/Le tour drand enregistré n° 32\s281\s667 est révélé et vérifié/)
      .waitFor();
    await expect.poll(() => server.app.ceremony.state(id).status).toBe('revealed');
    // The recorded round's button is gone: focus moves to the next step, which names the draw.
    const next = section.getByTestId('demo-next');
    await expect.poll(() => next.evaluate((p) => p === document.activeElement)).toBe(true);
    expect(await next.textContent()).toMatch(/«\sTirer au sort\s» puis «\sConfirmer le tirage\s»/);
    await shoot(consolePage, '03-console-revealed');

    // Draw, then invitations (the deadline the form proposes: a week from now).
    await consolePage.getByRole('button', { name: 'Tirer au sort' }).click();
    await consolePage.getByRole('button', { name: 'Confirmer le tirage' }).click();
    await expect
      .poll(() => server.app.ceremony.state(id).status, { timeout: 20_000 })
      .toBe('drawn');
    await consolePage.getByRole('button', { name: 'Envoyer les invitations' }).click();
    await section.getByRole('button', { name: 'Ouvrir comme juré·e n° 15' }).waitFor();
    expect(
      await section.getByRole('button', { name: /^Ouvrir comme juré·e n° \d+$/ }).count(),
    ).toBe(15);
    expect(await next.textContent()).toMatch(/«\sAnimer la délibération \(salle en direct\)\s»/);
    await shoot(consolePage, '04-console-invited');

    // The facilitator (the organiser's session) opens the room and puts the first dossier to the vote.
    const facilitator = await context.newPage();
    await facilitator.goto(`${server.url}/salle/${id}`);
    await banner(facilitator).waitFor();
    const quorum = facilitator.getByLabel(/^Quorum/);
    await quorum.fill(String(JURORS));
    await facilitator.getByRole('button', { name: 'Ouvrir la délibération' }).click();
    await facilitator.getByRole('heading', { name: 'Ordre du jour' }).waitFor();
    const first = dossiers[0]!;
    await presentDossier(facilitator, first.title);
    await facilitator.getByRole('button', { name: /Passer à la phase « Notation »/ }).click();
    // No juror yet: the room says so, and tells the facilitator of a demo where jurors come from.
    await facilitator.getByText(/^Aucun·e juré·e n’est encore entré·e dans la salle/).waitFor();
    await facilitator
      .getByTestId('demo-room-hint')
      .getByText(/Ouvrir comme juré·e n°\sk/)
      .waitFor();
    await shoot(facilitator, '05-room-facilitator-scoring');

    // One person sits as three jurors, each in the tab the console opens.
    for (let seat = 1; seat <= JURORS; seat++) {
      const [juror] = await Promise.all([
        context.waitForEvent('page'),
        section
          .getByRole('button', { name: `Ouvrir comme juré·e n° ${seat}`, exact: true })
          .click(),
      ]);
      await juror.waitForURL(/\/i\/[A-Za-z0-9_-]+$/);
      await banner(juror).waitFor();
      if (seat === 1) await shoot(juror, '06-invitation');
      await juror.getByRole('button', { name: 'J’accepte de siéger' }).click();
      await juror.getByRole('link', { name: 'Entrer dans la salle de délibération' }).click();
      await juror.getByRole('heading', { name: 'Votre notation' }).waitFor();
      await banner(juror).waitFor();
      for (const fieldset of await juror.locator('form.scoring fieldset').all())
        await fieldset.getByLabel('Très bien', { exact: true }).check();
      await juror.getByRole('button', { name: 'Enregistrer ma notation' }).click();
      await juror.getByText(/Notation enregistrée et scellée/).waitFor();
      if (seat === 1) {
        // The juror is told where to go once scored (one person plays every part).
        await juror
          .getByTestId('demo-room-hint')
          .getByText(/fermez cet onglet/)
          .waitFor();
        // One juror so far: the singular agreement.
        await facilitator.getByText(/^1 juré·e sur \d+ a enregistré sa notation\.$/).waitFor();
        await shoot(juror, '07-room-juror-scored');
        await expectAccessibleNow(juror, 'juror room');
      }
      await juror.close();
    }
    await facilitator
      .getByText(`${JURORS} juré·es sur ${JURORS} ont enregistré leur notation.`)
      .waitFor();
    await facilitator.getByRole('button', { name: /Passer à la phase « Résultats »/ }).click();
    await facilitator
      .getByRole('heading', { name: new RegExp(`Résultats : ${first.title.slice(0, 20)}`) })
      .waitFor();
    // The facilitator of a demo is told where the results are published.
    await facilitator
      .getByTestId('demo-room-hint')
      .filter({ hasText: /Publier les résultats/ })
      .waitFor();
    await shoot(facilitator, '08-room-results');

    // Publication from the console.
    await consolePage.reload();
    const results = consolePage.getByRole('region', { name: 'Résultats', exact: true });
    await results.getByRole('button', { name: 'Publier les résultats' }).click();
    await results.getByRole('button', { name: 'Confirmer la publication' }).click();
    await results.getByText(/^Résultats publiés le .* : ils sont définitifs/).waitFor();
    expect(await section.getByTestId('demo-next').textContent()).toMatch(
      /La démonstration est terminée/,
    );
    // The room is closed: no seat to open any more.
    expect(await section.getByRole('button', { name: /^Ouvrir comme juré·e/ }).count()).toBe(0);
    await shoot(consolePage, '09-console-published');

    // The public results page shows them, with the banner.
    await visitor.goto(`${server.url}/p/${id}/results`);
    await visitor.getByTestId('shortlist').waitFor();
    await banner(visitor).waitFor();
    expect(await visitor.getByTestId('results-status').textContent()).toMatch(
      /Résultats publiés le/,
    );
    expect(await visitor.getByTestId('shortlist').getByRole('listitem').allTextContents()).toEqual([
      `${first.title} (${first.id})`,
    ]);
    await shoot(visitor, '10-public-results');
    await expectAccessibleNow(visitor, 'public results');

    // The public page's verifier, in the browser: the draw verifies.
    await visitor.goto(`${server.url}/p/${id}`);
    await visitor.getByRole('button', { name: 'Vérifier dans mon navigateur' }).click();
    const verdict = visitor.getByTestId('publication-verdict');
    await verdict.waitFor({ timeout: 60_000 });
    expect(await verdict.textContent()).toMatch(
      /Tout est vérifié : les \d+ contrôles sont réussis/,
    );
    expect(await visitor.locator('li.check.failed').count()).toBe(0);
    await shoot(visitor, '11-public-verified');

    // The standalone verifier, given the demo's draw record, says so too and shows the banner.
    const recordFile = join(dataDir, 'tirage.json');
    writeFileSync(
      recordFile,
      await (await fetch(`${server.url}/api/public/processes/${id}/record.json`)).text(),
    );
    const verifier = await context.newPage();
    await verifier.goto(`${server.url}/verifier`);
    expect(await verifier.getByTestId('demo-banner').count()).toBe(0);
    await verifier.getByLabel('Fichier publié (JSON)').setInputFiles(recordFile);
    await verifier.getByRole('button', { name: 'Vérifier', exact: true }).click();
    await banner(verifier).waitFor();
    expect(await verifier.locator('li.check.failed').count()).toBe(0);
    await shoot(verifier, '12-verifier');

    // The console in English: the demonstration section and its next step are translated too.
    await chooseLanguage(consolePage, 'English');
    const sectionEn = consolePage.getByRole('region', { name: 'Demonstration' });
    expect(await sectionEn.getByTestId('demo-next').textContent()).toBe(
      'The demonstration is complete: on the public page, see the results and click “Verify in my browser”.',
    );
    await shoot(consolePage, '13-console-published-en');

    expect(blocked).toEqual([]);
    expect(errors.filter((text) => /Content Security Policy|net::/i.test(text))).toEqual([]);
    await context.close();
  }, 300_000);

  it('offers none of it on a process the server did not seed as a demonstration', async () => {
    // A real process drawn on recorded round 657413: the clock goes back before it, as the other tests do.
    server.clock.set('2023-09-15T10:00:00Z');
    const organiser = server.client();
    const login = await signIn(organiser, 'mot de passe très long');
    data(login);
    const session = /kl_session=([^;]+)/.exec(login.headers.get('set-cookie') ?? '')?.[1] ?? '';
    const id = data(
      await organiser.post<ProcessState>('/api/processes', { title: 'Jury réel' }),
    ).id;
    const csv = `name,email\n${Array.from({ length: 40 }, (_, i) => `P ${i},p${i}@example.org`).join('\n')}\n`;
    data(await organiser.post(`/api/processes/${id}/volunteers`, csv));
    const [token] = await drawAndInvite(server, organiser, id);

    const blocked: string[] = [];
    const context = await offlineContext(blocked);
    await context.addCookies([{ name: 'kl_session', value: session, url: server.url }]);
    const page = await context.newPage();
    await page.goto(`${server.url}/organiser/p/${id}`);
    await page.getByRole('heading', { level: 1, name: 'Jury réel' }).waitFor();
    await page.getByRole('heading', { name: 'Sièges', exact: true }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('region', { name: 'Démonstration' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Ouvrir comme juré·e/ }).count()).toBe(0);
    expect(await page.getByTestId('demo-banner').count()).toBe(0);

    await page.goto(`${server.url}/p/${id}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByTestId('demo-banner').count()).toBe(0);

    await page.goto(`${server.url}/i/${token}`);
    await page.getByRole('button', { name: 'J’accepte de siéger' }).click();
    const enter = page.getByRole('link', { name: 'Entrer dans la salle de délibération' });
    await enter.waitFor();
    expect(await enter.getAttribute('href')).toBe(`/salle/${id}`);
    expect(await page.getByTestId('demo-banner').count()).toBe(0);
    expect(blocked).toEqual([]);
    await context.close();
  }, 120_000);
});
