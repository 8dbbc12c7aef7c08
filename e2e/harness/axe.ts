// Runs axe-core on a page and fails on any serious or critical violation: on a copy of the page (same URL
// and cookies, CSP bypassed only so that axe's script can be injected), or on the page as it is now. The
// browser tour's soft checks (pageChecks.ts) read the same findings.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';

/** axe-core's browser script, to inject into a page whose CSP is bypassed. */
export const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** A violation axe-core found: its rule, impact and help, and where (the start of its first nodes' HTML). */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  count: number;
  nodes: string[];
}

/**
 * The serious and critical violations axe-core finds in `page` as it is now; axe's script must already be
 * in the page (`addScriptTag` on a copy whose CSP is bypassed, or `page.evaluate(axeSource)`).
 */
export async function seriousOrCriticalViolations(page: Page): Promise<AxeViolation[]> {
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: {
          run: (options: { resultTypes: string[] }) => Promise<{
            violations: {
              id: string;
              impact: string | null;
              help: string;
              nodes: { html: string }[];
            }[];
          }>;
        };
      }
    ).axe // Only the violations' details: axe skips collecting what passes, which is quicker.
      .run({ resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      count: violation.nodes.length,
      nodes: violation.nodes.slice(0, 3).map((node) => node.html.slice(0, 160)),
    }));
  });
  return violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
}

export async function expectAccessible(
  browser: Browser,
  page: Page,
  name: string,
  ready: (scanPage: Page) => Promise<unknown> = (scanPage) =>
    scanPage.getByRole('heading', { level: 1 }).waitFor(),
  /** Options of the copy's context (a viewport…); its CSP is bypassed in any case. */
  contextOptions: BrowserContextOptions = {},
): Promise<void> {
  const context = await browser.newContext({ ...contextOptions, bypassCSP: true });
  const scanPage = await context.newPage();
  await scanPage.context().addCookies(await page.context().cookies());
  await scanPage.goto(page.url());
  await ready(scanPage);
  await scanPage.addScriptTag({ content: axeSource });
  const violations = await seriousOrCriticalViolations(scanPage);
  await context.close();
  expect(violations, name).toEqual([]);
}

/**
 * Runs axe-core on the page as it is now (an open dialog, a juror's own session kept in sessionStorage),
 * without reloading it: the script is evaluated through the browser's protocol, which the page's CSP does
 * not govern, so the page keeps its real CSP.
 */
export async function expectAccessibleNow(page: Page, name: string): Promise<void> {
  await page.evaluate(axeSource);
  expect(await seriousOrCriticalViolations(page), name).toEqual([]);
}
