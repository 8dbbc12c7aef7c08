// The acceptance tour of issue 15: every page of the application, at 390 × 844 and 1280 × 800, in French
// and in English. On each: no horizontal overflow, no serious or critical axe violation, no CSP
// violation, no message missing, its own window title; a full-page screenshot under test-output/pages/
// in any case.

import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { pageTourData, type TourData } from './harness/pageTourFixture';
import { LANGUAGES, type Language } from '../client/src/i18n/messages';
import { signedInContext, startBrowserRun, type BrowserRun } from './harness/browser';
import {
  expectNoCspViolation,
  expectNoHorizontalOverflow,
  expectNoSeriousAxeViolation,
  expectPageTitle,
  measureOverflow,
  seriousAxeViolations,
  watchCspViolations,
} from './harness/pageChecks';
import {
  GENERIC_TITLE,
  TITLE_ENDING,
  TOUR_PAGES,
  VIEWPORTS,
  type TourRole,
} from './harness/pageTour';

const outputDir = fileURLToPath(new URL('../test-output/pages', import.meta.url));

let run: BrowserRun;
let data: TourData;
/** One context per visitor role, language and viewport, made on first use and kept for the file. */
const contexts = new Map<string, BrowserContext>();

beforeAll(async () => {
  // The clock precedes drand round 657413, which the fixtures' commitments name.
  run = await startBrowserRun({ clockStart: '2023-09-15T10:00:00Z' });
  data = await pageTourData(run.server);
  mkdirSync(outputDir, { recursive: true });
}, 300_000);

afterAll(async () => {
  data?.close();
  for (const context of contexts.values()) await context.close();
  await run?.close();
});

async function contextFor(
  role: TourRole,
  language: Language,
  viewport: (typeof VIEWPORTS)[number],
): Promise<BrowserContext> {
  const key = `${role}-${language}-${viewport.width}`;
  const known = contexts.get(key);
  if (known !== undefined) return known;
  const options = { viewport, timezoneId: 'Europe/Paris' };
  const { browser, server } = run;
  let context: BrowserContext;
  if (role === 'organiser')
    context = await signedInContext(browser, server.url, data.organiserCookie, options);
  else {
    context = await browser.newContext(options);
    if (role === 'juror') {
      const [name, value] = data.inSession.jurorCookie.split('=') as [string, string];
      await context.addCookies([{ name, value, url: server.url }]);
    }
  }
  // The interface's language, as the language selector stores it.
  await context.addInitScript((chosen) => {
    localStorage.setItem('kleroterion.language', chosen);
  }, language);
  contexts.set(key, context);
  return context;
}

for (const language of LANGUAGES)
  for (const viewport of VIEWPORTS)
    describe(`every page in ${language} at ${viewport.width} × ${viewport.height}`, () => {
      for (const tourPage of TOUR_PAGES)
        it(`${tourPage.name} (${language}, ${viewport.width} px)`, async () => {
          const name = `${tourPage.name} ${language} ${viewport.width}`;
          const context = await contextFor(tourPage.role, language, viewport);
          const page = await context.newPage();
          try {
            const csp = await watchCspViolations(page);
            // A key missing from the dictionaries loaded (i18n/translator.ts) is said on the console.
            const missingMessages: string[] = [];
            page.on('console', (message) => {
              if (/^message \S+ missing/.test(message.text())) missingMessages.push(message.text());
            });
            const response = await page.goto(`${run.server.url}${tourPage.path(data)}`);
            // Without the policy, "no violation" would prove nothing.
            expect
              .soft(response?.headers()['content-security-policy'], `${name}: CSP header`)
              .toMatch(/script-src 'self'/);
            // A page that never gets ready is a failure, but its other checks and its screenshot still
            // say what it shows.
            const ready = await tourPage.ready(page, language, data).then(
              () => 'ready',
              (error: unknown) => (error instanceof Error ? error.message : String(error)),
            );
            expect.soft(ready, `${name}: ready`).toBe('ready');
            await expectPageTitle(
              page,
              {
                generic: GENERIC_TITLE,
                ending: TITLE_ENDING,
                fragments: tourPage.title(data, language),
              },
              name,
            );
            expectNoHorizontalOverflow(await measureOverflow(page), name);
            await page.screenshot({
              path: `${outputDir}/${tourPage.name}-${language}-${viewport.width}.png`,
              fullPage: true,
              animations: 'disabled',
              timeout: 120_000,
            });
            // Read before axe runs in the page, so that only the page's own doings count.
            expectNoCspViolation([...csp.violations], name);
            expect.soft(missingMessages, `${name}: messages missing`).toEqual([]);
            expectNoSeriousAxeViolation(await seriousAxeViolations(page), name);
          } finally {
            await page.close();
          }
        }, 180_000);
    });
