// React in the browser build is Preact's compatibility layer (vite.config.ts's browserAliases, with the
// React 19 behaviours of client/src/preact/): the build holds none of React's own code, and the
// behaviours the shim patches in hold in Chromium.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startStaticBrowserRun, type StaticBrowserRun } from './harness/browser';
import { chooseLanguage } from './harness/language';

let outDir: string;
let server: StaticBrowserRun['server'];
let browser: Browser;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ outDir, server, browser, close } = await startStaticBrowserRun());
});

afterAll(async () => {
  await close?.();
});

/** Every source file the build's JavaScript was made from, as its source maps list them. */
function bundledSources(): string[] {
  const assets = join(outDir, 'assets');
  return readdirSync(assets)
    .filter((file) => file.endsWith('.js.map'))
    .flatMap(
      (file) =>
        (JSON.parse(readFileSync(join(assets, file), 'utf8')) as { sources: string[] }).sources,
    );
}

describe('React in the browser build', () => {
  it('is Preact’s compatibility layer: no file of react or react-dom is bundled', () => {
    const sources = bundledSources();
    expect(sources.some((source) => source.includes('node_modules/preact/compat/'))).toBe(true);
    expect(sources.some((source) => source.includes('client/src/preact/use.ts'))).toBe(true);
    expect(sources.filter((source) => /node_modules\/(react|react-dom)\//.test(source))).toEqual(
      [],
    );
  });

  it('renders once the dictionary is there, titles the page at once, and keeps what was typed through a change of language', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${server.url}/temoin`);
    // `use(promise)`: the provider rendered with the French dictionary.
    await page.getByRole('heading', { level: 1, name: 'Espace témoin' }).waitFor();
    // Effects run right after the commit: the page's title (set in an effect) is there with its heading.
    expect(await page.title()).toBe('Témoin du tirage — Kleroterion');
    const secret = page.getByLabel('Votre secret', { exact: true });
    await secret.fill('sel de Guérande');
    // The English dictionary loads before the switch: the page is not replaced meanwhile, so the
    // field keeps its text (a suspended provider would have remounted the page, empty).
    await chooseLanguage(page, 'English');
    await page.getByRole('heading', { level: 1, name: 'Witness space' }).waitFor();
    expect(await page.getByLabel('Your secret', { exact: true }).inputValue()).toBe(
      'sel de Guérande',
    );
    expect(await page.title()).toBe('Draw witness — Kleroterion');
    expect(errors).toEqual([]);
    await page.close();
  });
});
