import { fileURLToPath } from 'node:url';
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { drawnJuryWithDossiers } from '../server/testing/ceremonyFixture';
import { deliberate } from '../server/testing/deliberationFixture';
import type { TestServer } from '../server/testing/testServer';
import { axeSource, expectAccessible } from './harness/axe';
import {
  hasNoHorizontalOverflow,
  overflowingElements,
  signedInContext,
  startBrowserRun,
} from './harness/browser';
import { keepScreenshot } from './harness/screenshots';
import { collectCspErrors } from './harness/pageChecks';

// The stage a process has reached, on the public page (folded from pushed events, never fetched again),
// the home page and the console's stepper; and the check the organiser reads before publishing.

const SHOTS = fileURLToPath(new URL('../test-output/status', import.meta.url));
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

let browser: Browser;
let close: () => Promise<void>;
let server: TestServer;
const cspErrors: string[] = [];

beforeAll(async () => {
  ({ server, browser, close } = await startBrowserRun());
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await close?.();
});

async function newPage(viewport = PHONE, cookie?: string): Promise<Page> {
  const context =
    cookie === undefined
      ? await browser.newContext({ viewport })
      : await signedInContext(browser, server.url, cookie, { viewport });
  const page = await context.newPage();
  collectCspErrors(page, cspErrors);
  return page;
}

/** The elements (within `scope`) sticking out on the right, to name them when the page overflows. */
/**
 * Screenshots at 390 and 1280 px; nothing in `scope` may stick out on the right (the whole page by default;
 * the console is checked on the parts this change renders, its seat tables being wider than a phone).
 */
async function shoot(page: Page, name: string, scope?: string) {
  for (const [label, viewport] of [
    ['390', PHONE],
    ['1280', DESKTOP],
  ] as const) {
    await page.setViewportSize(viewport);
    await keepScreenshot(page, { path: `${SHOTS}/${name}-${label}.png`, fullPage: true });
    const message = `${name} at ${label} px`;
    expect(await overflowingElements(page, scope), message).toEqual([]);
    if (scope === undefined) expect(await hasNoHorizontalOverflow(page), message).toBe(true);
  }
  await page.setViewportSize(PHONE);
}

const stageOf = (page: Page) => page.getByTestId('process-stage');
const homeLine = (page: Page, title: string) =>
  page.getByTestId('home-process').filter({ hasText: title });

describe('the stage of a process and the publication check', () => {
  it('follows invitations, deliberation and publication on the public page, the home page and the stepper', async () => {
    const title = 'Jury des étapes';
    const jury = await drawnJuryWithDossiers(server, {
      title,
      seats: 3,
      dossierTitles: [
        'Jardins partagés',
        'Atelier vélo',
        'Café réparation',
        'Radio locale',
        'Ludothèque',
      ],
    });
    const { processId, cookie } = jury;

    // The public page, left open for the whole session: it folds what is pushed.
    const publicPage = await newPage();
    const fetches: string[] = [];
    publicPage.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith(`/api/public/processes/${processId}`)) fetches.push(path);
    });
    await publicPage.goto(`${server.url}/p/${processId}`);
    await expect.poll(() => stageOf(publicPage).textContent()).toBe('Étape : Invitations en cours');
    // The page loads the server's fold of the public log (React's development checks may mount it twice),
    // and the process's public view once, which says whether it is a demonstration (the banner); nothing
    // else (log.json is for "Vérifier").
    const initialFetches = [...fetches];
    expect(new Set(initialFetches)).toEqual(
      new Set([`/api/public/processes/${processId}/fold`, `/api/public/processes/${processId}`]),
    );

    const home = await newPage();
    await home.goto(server.url);
    await expect.poll(() => homeLine(home, title).textContent()).toContain('Invitations en cours');

    // The room opens and two of the five dossiers are deliberated (the rule's quorum is the jury).
    await deliberate({
      url: server.url,
      processId,
      cookie,
      tokens: jury.tokens,
      // Public: every event reaches the page as it happens, so the page never needs to fetch again (a
      // confidential room's release at publication makes it fetch once: shared/process/publicLogFold.test.ts).
      confidential: false,
      rule: { quorum: 3 },
      dossiers: [
        { id: 'AIC-2026-001', grade: () => 'tres-bien' },
        { id: 'AIC-2026-002', grade: (seat) => (seat === 1 ? 'passable' : 'bien') },
      ],
    });
    await expect
      .poll(() => stageOf(publicPage).textContent())
      .toBe('Étape : Délibération en cours');
    await home.reload();
    await expect.poll(() => homeLine(home, title).textContent()).toContain('Délibération en cours');
    await shoot(publicPage, 'public-deliberation');
    await shoot(home, 'home-deliberation');

    // The console's stepper says the deliberation is the current step.
    const consolePage = await newPage(PHONE, cookie);
    await consolePage.goto(`${server.url}/organiser/p/${processId}`);
    const steps = consolePage.getByTestId('ceremony-steps');
    await steps.getByText('Délibération du jury (étape actuelle)').waitFor();
    expect(await steps.getByText('Invitations envoyées (terminée)').count()).toBe(1);
    expect(await steps.getByText('Résultats publiés (à venir)').count()).toBe(1);

    // Before confirming, the organiser reads which dossiers were never graded, by reference and title.
    const results = consolePage.getByRole('region', { name: 'Résultats', exact: true });
    await results.getByRole('button', { name: 'Publier les résultats' }).click();
    const check = results.getByTestId('publication-check');
    await check.waitFor();
    const neverGraded = check.getByTestId('never-graded');
    expect(await neverGraded.locator('p').textContent()).toBe(
      '3 dossiers sur 5 n’ont jamais été notés : Ils ne figureront ni dans le classement ni parmi les lauréats.',
    );
    expect(await neverGraded.getByRole('listitem').allTextContents()).toEqual([
      'AIC-2026-003 — Café réparation',
      'AIC-2026-004 — Radio locale',
      'AIC-2026-005 — Ludothèque',
    ]);
    // "Atelier vélo" (bien, bien, passable) has the majority grade "Bien", the default floor: no flag.
    expect(await check.textContent()).toContain('Aucun cas signalé');
    await shoot(
      consolePage,
      'console-publication-check',
      '[data-testid="ceremony-steps"] *, [data-testid="publication-check"] *, .fr-alert--warning *',
    );
    await expectConfirmBoxAccessible(processId, cookie);
    // Close-ups of the parts this change renders in the (long) console page, at 390 px.
    await keepScreenshot(steps, { path: `${SHOTS}/console-steps-deliberation-390.png` });
    await keepScreenshot(
      results.getByRole('group', { name: /^Confirmez-vous la publication des résultats/ }),
      {
        path: `${SHOTS}/console-publication-check-box-390.png`,
      },
    );

    await results.getByRole('button', { name: 'Confirmer la publication' }).click();
    await results.getByText(/^Résultats publiés le .* : ils sont définitifs/).waitFor();
    await steps.getByText('Résultats publiés (terminée)').waitFor();
    await keepScreenshot(steps, { path: `${SHOTS}/console-steps-published-390.png` });

    // The page left open follows from the pushed events alone: it fetched nothing since it loaded.
    await expect.poll(() => stageOf(publicPage).textContent()).toBe('Étape : Résultats publiés');
    expect(fetches).toEqual(initialFetches);
    // …and shows what a fresh load shows.
    const fresh = await newPage();
    await fresh.goto(`${server.url}/p/${processId}`);
    await expect.poll(() => stageOf(fresh).textContent()).toBe('Étape : Résultats publiés');
    const article = (page: Page) => page.locator('article.public-process').innerText();
    expect(await article(publicPage)).toBe(await article(fresh));

    await home.reload();
    await expect.poll(() => homeLine(home, title).textContent()).toContain('Résultats publiés');
    await shoot(publicPage, 'public-published');
    await shoot(home, 'home-published');
    await expectAccessible(browser, publicPage, 'public page after publication', (scan) =>
      scan.getByText('Étape : Résultats publiés').waitFor(),
    );
    await expectAccessible(browser, home, 'home page');
    expect(cspErrors).toEqual([]);
  });
});

/** axe on the console's results section with the publication check open (CSP bypassed in a twin only). */
async function expectConfirmBoxAccessible(processId: string, cookie: string) {
  const context = await signedInContext(browser, server.url, cookie, {
    bypassCSP: true,
    viewport: PHONE,
  });
  try {
    const twin = await context.newPage();
    await twin.goto(`${server.url}/organiser/p/${processId}`);
    const results = twin.getByRole('region', { name: 'Résultats', exact: true });
    await results.getByRole('button', { name: 'Publier les résultats' }).click();
    await results.getByTestId('publication-check').waitFor();
    await twin.addScriptTag({ content: axeSource });
    const violations = await results.evaluate(async (element) => {
      const result = await (
        window as unknown as {
          axe: {
            run: (context: Element) => Promise<{ violations: { id: string; impact: string }[] }>;
          };
        }
      ).axe.run(element);
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        nodes: (v as unknown as { nodes: { html: string }[] }).nodes.map((n) =>
          n.html.slice(0, 150),
        ),
      }));
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  } finally {
    await context.close();
  }
}
