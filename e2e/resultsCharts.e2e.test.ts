import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { publishedDemoResults } from '../server/testing/demoResultsFixture';
import type { TestServer } from '../server/testing/testServer';
import { expectAccessible } from './harness/axe';
import { startBrowserRun } from './harness/browser';
import { keepScreenshot } from './harness/screenshots';

const shots = fileURLToPath(new URL('../test-output/facilitator', import.meta.url));

let server: TestServer;
let browser: Browser;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ server, browser, close } = await startBrowserRun());
  mkdirSync(shots, { recursive: true });
});

afterAll(async () => {
  await close?.();
});

/** Each chart's canvas inside its box, its box inside the window, and no horizontal scroll. */
const chartProblems = (page: Page) =>
  page.evaluate(() => {
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth)
      problems.push(
        `page ${document.documentElement.scrollWidth} > ${window.innerWidth}`,
        ...[...document.querySelectorAll('main *')]
          .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
          // Content scrolled inside its own box (a wide table) does not widen the page.
          .filter((el) => el.closest('.fr-table__container') === null)
          .map(
            (el) =>
              `${el.tagName}.${el.className} in ${el.parentElement?.tagName}.${el.parentElement?.className} (${el.getBoundingClientRect().right}) “${(el.textContent ?? '').slice(0, 30)}”`,
          )
          .slice(0, 5),
      );
    for (const box of document.querySelectorAll('.chart-box')) {
      const outer = box.getBoundingClientRect();
      const canvas = box.querySelector('canvas')!.getBoundingClientRect();
      if (canvas.width === 0 || canvas.height === 0) problems.push('empty canvas');
      if (canvas.right > outer.right + 1 || canvas.bottom > outer.bottom + 1)
        problems.push('canvas beyond its box');
      if (outer.right > window.innerWidth) problems.push('chart beyond the window');
    }
    return problems;
  });

describe('results charts on a phone and a projector', () => {
  it('draws the profiles and per-criterion charts on their own scales, fitting 390 px and 1920 px', async () => {
    const { processId } = await publishedDemoResults(server);

    for (const [viewport, name, minFont] of [
      [{ width: 390, height: 844 }, '390', 13],
      [{ width: 1280, height: 800 }, '1280', 13],
      [{ width: 1920, height: 1080 }, '1920', 15],
    ] as const) {
      const page = await (await browser.newContext({ viewport })).newPage();
      await page.goto(`${server.url}/p/${processId}/results`);
      await page.getByRole('heading', { level: 1, name: /Résultats/ }).waitFor();
      const boxes = page.locator('.chart-box canvas');
      await boxes.nth(1).waitFor();
      await page.waitForTimeout(300);
      expect(await page.locator('.chart-box').count()).toBe(2);
      expect(await chartProblems(page)).toEqual([]);
      for (const box of await page.locator('.chart-box').all())
        expect(Number(await box.getAttribute('data-font-size'))).toBeGreaterThanOrEqual(minFont);
      // Each chart keeps its table: the per-criterion counts are 15 ballots, e.g. 10 "Très bien".
      const criteria = page.locator('section[aria-labelledby="criteria-heading"]');
      expect(await criteria.locator('table').first().textContent()).toContain('10');
      await keepScreenshot(page.locator('section[aria-labelledby="ranking-heading"]'), {
        path: `${shots}/results-profiles-${name}.png`,
      });
      await keepScreenshot(criteria, { path: `${shots}/results-criteria-${name}.png` });
      if (name === '390') await expectAccessible(browser, page, 'results with charts');
      await page.context().close();
    }
  }, 180_000);
});
