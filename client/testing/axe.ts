// Runs axe-core on a copy of a page (same URL and cookies, CSP bypassed only so that axe's script can be
// injected) and fails on any serious or critical violation.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';

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
): Promise<void> {
  const context = await browser.newContext({ bypassCSP: true });
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
