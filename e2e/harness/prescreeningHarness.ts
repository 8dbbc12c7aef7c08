// Shared harness of the pre-screening browser tests: the built client, one Chromium, test servers on
// port 0 (clock at 2023-09-15 10:00 UTC), pages that collect CSP violations, and the keyboard helpers.

import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { Review } from '../../shared/calls/review';
import { startTestServer, type TestServer } from '../../server/testing/testServer';
import { buildClient, launchBrowser, removeFolder, repositoryRoot } from './browser';
import { collectCspErrors } from './pageChecks';

export const outputDir = `${repositoryRoot}test-output`;
export const PASSWORD = 'fixture password 42';
export const LEVELS = ['Insuffisant', 'Fragile', 'Satisfaisant', 'Solide'] as const;
export const AXES = [
  'Solidité',
  'Faisabilité',
  'Impact potentiel',
  'Intérêt d’un accompagnement par l’administration',
] as const;

/** Registers the suite's set-up and tear-down; call once at the top of a test file. */
export function prescreeningHarness() {
  let outDir: string;
  let browser: Browser;
  let dispose: () => Promise<void>;
  const servers: TestServer[] = [];
  const cspErrors: string[] = [];

  beforeAll(async () => {
    outDir = await buildClient();
    ({ browser, dispose } = await launchBrowser());
    mkdirSync(outputDir, { recursive: true });
  });

  afterAll(async () => {
    await dispose?.();
    for (const server of servers) await server.close();
    removeFolder(outDir);
  });

  async function newServer(): Promise<TestServer> {
    const server = await startTestServer({ clientDir: outDir, clockStart: '2023-09-15T10:00:00Z' });
    servers.push(server);
    return server;
  }

  /** A page whose CSP violations are collected; the browser's clock reads Paris time for the date inputs. */
  async function pageIn(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    collectCspErrors(page, cspErrors);
    return page;
  }

  const newContext = () => browser.newContext({ timezoneId: 'Europe/Paris' });

  async function organiserContext(server: TestServer, cookie: string): Promise<BrowserContext> {
    const context = await newContext();
    await context.addCookies([
      { name: 'kl_session', value: cookie.split('=')[1] as string, url: server.url },
    ]);
    return context;
  }

  return { newServer, pageIn, newContext, organiserContext, cspErrors, browser: () => browser };
}

/** Replaces a field's text with the keyboard only: focus, select all, type. */
export async function typeInto(field: Locator, text: string) {
  await field.focus();
  await field.press('ControlOrMeta+A');
  await field.press('Backspace');
  await field.pressSequentially(text);
}

/** The private review link sent to `email`, as its token. */
export function reviewLink(server: TestServer, email: string): string {
  const mail = server.outbox.find((m) => m.to === email);
  const token = /\/relecture\/([^\s/]+)/.exec(mail?.text ?? '')?.[1];
  if (token === undefined) throw new Error(`no review link sent to ${email}`);
  return token;
}

export const isFocused = (locator: Locator) =>
  locator.evaluate((element) => element === document.activeElement);

/**
 * Fills the review form from the keyboard alone: Space on the opinion, then Tab from group to field,
 * arrow keys to move within each level group, typing each comment, Enter on the submit button.
 */
export async function reviewWithKeyboard(
  page: Page,
  form: Locator,
  review: { opinion: string; levels: readonly number[]; comments: readonly string[] },
) {
  await form.getByRole('radio', { name: review.opinion, exact: true }).focus();
  await page.keyboard.press('Space');
  for (const [i, level] of review.levels.entries()) {
    await page.keyboard.press('Tab');
    if (level === 0) await page.keyboard.press('Space');
    for (let step = 0; step < level; step++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Tab');
    await page.keyboard.type(review.comments[i] as string);
  }
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
}

export const sampleReview = (opinion: Review['opinion'], comment: string): Review => {
  const assessment = { level: 'satisfactory', comment } as const;
  return {
    opinion,
    solidity: assessment,
    feasibility: assessment,
    impact: assessment,
    supportValue: assessment,
  };
};
