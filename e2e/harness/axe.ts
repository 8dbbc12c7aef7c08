// Runs axe-core on a copy of a page (same URL and cookies, CSP bypassed only so that axe's script can be
// injected) and fails on any serious or critical violation.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';

/** axe-core's browser script, to inject into a page whose CSP is bypassed. */
export const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

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
  const violations = (await scanPage.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: { run: () => Promise<{ violations: { id: string; impact: string }[] }> };
      }
    ).axe.run();
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: (v as unknown as { nodes: { html: string }[] }).nodes.map((n) => n.html).slice(0, 3),
    }));
  })) as { id: string; impact: string }[];
  await context.close();
  expect(
    violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
    name,
  ).toEqual([]);
}

/**
 * Runs axe-core on the page as it is now (an open dialog, a juror's own session kept in sessionStorage),
 * without reloading it: the script is evaluated through the browser's protocol, which the page's CSP does
 * not govern, so the page keeps its real CSP.
 */
export async function expectAccessibleNow(page: Page, name: string): Promise<void> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: {
          run: () => Promise<{
            violations: { id: string; impact: string; nodes: { html: string }[] }[];
          }>;
        };
      }
    ).axe.run();
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => n.html).slice(0, 3),
    }));
  });
  expect(
    violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
    name,
  ).toEqual([]);
}
