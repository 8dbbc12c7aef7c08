// Test harness for end-to-end runs: a production build of the client and headless Debian Chromium.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import {
  startTestServer,
  type TestServer,
  type TestServerOptions,
} from '../../server/testing/testServer';
import { chromiumPath } from '../../scripts/lib/chromium';
import { serveStatic, type StaticServer } from '../../scripts/lib/staticServer';

/** The repository's root folder, with a trailing slash. */
export const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Builds the client once into a temporary folder and returns it. */
export async function buildClient(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'kleroterion-client-'));
  await build({
    configFile: join(repositoryRoot, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

/**
 * Launches headless Chromium (CHROMIUM_PATH, Debian's package, or another found as `npm test` finds it:
 * scripts/lib/chromium.ts); Playwright gives every launch a fresh temporary profile.
 */
export async function launchBrowser(): Promise<{ browser: Browser; dispose: () => Promise<void> }> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return { browser, dispose: () => browser.close() };
}

export const removeFolder = (folder: string): void =>
  rmSync(folder, { recursive: true, force: true });

/** A server of a fresh build of the client, and a headless Chromium to visit it. */
interface Run<S> {
  /** The build's folder. */
  outDir: string;
  server: S;
  browser: Browser;
  /** Closes the browser and the server and removes the build. */
  close: () => Promise<void>;
}

/** A test server serving a fresh build of the client, and a headless Chromium to visit it. */
export type BrowserRun = Run<TestServer>;

/** A fresh build of the client served as static files (no API behind it), and a headless Chromium. */
export type StaticBrowserRun = Run<StaticServer>;

/**
 * Builds the client, starts `serve` on the build and launches Chromium. What was started is stopped
 * again if a later step fails.
 */
async function startRun<S extends { close: () => Promise<void> }>(
  serve: (outDir: string) => Promise<S>,
): Promise<Run<S>> {
  const outDir = await buildClient();
  let server: S | undefined;
  try {
    server = await serve(outDir);
    const { browser, dispose } = await launchBrowser();
    const started = server;
    return {
      outDir,
      server,
      browser,
      close: async () => {
        await dispose();
        await started.close();
        removeFolder(outDir);
      },
    };
  } catch (error) {
    await server?.close();
    removeFolder(outDir);
    throw error;
  }
}

/** Builds the client, starts a test server on port 0 serving it (with `options`) and launches Chromium. */
export const startBrowserRun = (
  options: Omit<TestServerOptions, 'clientDir'> = {},
): Promise<BrowserRun> => startRun((outDir) => startTestServer({ ...options, clientDir: outDir }));

/**
 * Builds the client, serves the build statically on port 0 and launches Chromium: the pages that run
 * offline (the verifiers).
 */
export const startStaticBrowserRun = (): Promise<StaticBrowserRun> => startRun(serveStatic);

/** A new browser context signed in as the organiser: `cookie` is the session's `kl_session=…` pair. */
export async function signedInContext(
  browser: Browser,
  serverUrl: string,
  cookie: string,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.addCookies([
    { name: 'kl_session', value: cookie.split('=')[1] as string, url: serverUrl },
  ]);
  return context;
}

/** The organiser's page in the room of `processId`, once they have opened the deliberation there. */
export async function facilitatorInOpenRoom(
  browser: Browser,
  serverUrl: string,
  cookie: string,
  processId: string,
  options: BrowserContextOptions = {},
): Promise<Page> {
  const facilitator = await (await signedInContext(browser, serverUrl, cookie, options)).newPage();
  await facilitator.goto(`${serverUrl}/salle/${processId}`);
  await facilitator.getByRole('button', { name: 'Ouvrir la délibération' }).click();
  await facilitator.getByRole('heading', { name: 'Ordre du jour' }).waitFor();
  return facilitator;
}

/** The facilitator puts the dossier titled `title` in session, then opens its presentation phase. */
export async function presentDossier(facilitator: Page, title: string): Promise<void> {
  await facilitator
    .getByRole('listitem')
    .filter({ hasText: title })
    .getByRole('button', { name: 'Mettre en séance' })
    .click();
  await facilitator.getByRole('button', { name: /Passer à la phase « Présentation »/ }).click();
}

/**
 * Waits until the layout holds still: after a resize the design system's script lays the header's menus
 * out again at the next animation frames, and a passing moment of that is not an overflow. Still means
 * the page's width and the number of elements past the window's right edge unchanged over 10 readings
 * 20 ms apart (at most 5 s: a layout that never settles is then measured as it is, and fails if it
 * overflows). Timers, not animation frames: a page in the background gets no frames.
 */
async function settleLayout(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = '';
        let stillReadings = 0;
        const reading = window.setInterval(() => {
          const wide = [...document.querySelectorAll('body *')].filter(
            (element) => element.getBoundingClientRect().right > window.innerWidth + 0.5,
          ).length;
          const now = `${document.documentElement.scrollWidth}/${window.innerWidth}/${wide}`;
          stillReadings = now === last ? stillReadings + 1 : 0;
          last = now;
          if (stillReadings >= 10) done();
        }, 20);
        const limit = window.setTimeout(() => done(), 5000);
        function done() {
          window.clearInterval(reading);
          window.clearTimeout(limit);
          resolve();
        }
      }),
  );
}

/** Whether the page is no wider than the window (no horizontal scroll), once the layout has settled. */
export async function hasNoHorizontalOverflow(page: Page): Promise<boolean> {
  await settleLayout(page);
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

/**
 * The elements matching `scope` that stick out past the window's right edge once the layout has settled,
 * the first five, named by the start of their HTML so that a failure says where; empty when none does.
 */
export async function overflowingElements(page: Page, scope = 'body *'): Promise<string[]> {
  await settleLayout(page);
  return page.evaluate(
    (selector) =>
      [...document.querySelectorAll(selector)]
        .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
        .slice(0, 5)
        .map((element) => element.outerHTML.slice(0, 160)),
    scope,
  );
}
