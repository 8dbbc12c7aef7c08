import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import drand from '../fixtures/vectors/drand-quicknet.json';
import { quicknetRoundTime } from '../shared/lottery/drand';
import type { ProcessState } from '../shared/process/processState';
import { createHttpRelays } from '../server/beacon/httpRelays';
import {
  RelayBehaviour,
  startLocalRelay,
  type LocalRelay,
} from '../server/testing/localDrandRelay';
import {
  data,
  type ApiClient,
  type TestServer,
  setUpAdministrator,
} from '../server/testing/testServer';
import { expectAccessible } from './harness/axe';
import { hasNoHorizontalOverflow, signedInContext, startBrowserRun } from './harness/browser';
import { keepScreenshot } from './harness/screenshots';

// Round 657413 is produced at 11:00:03 UTC; the server's clock runs from 65 s before it.
const round = drand.rounds[0]!;
const roundTime = quicknetRoundTime(round.round) * 1000;
const shots = fileURLToPath(new URL('../test-output/beacon/', import.meta.url));
mkdirSync(shots, { recursive: true });

let server: TestServer;
let browser: Browser;
let close: () => Promise<void>;
let cookie: string;
let organiser: ApiClient;
let relay: LocalRelay;
let dead: LocalRelay;

beforeAll(async () => {
  relay = await startLocalRelay(RelayBehaviour.Recorded, {
    isAvailable: (n) => server.clock.now().getTime() >= quicknetRoundTime(n) * 1000,
  });
  dead = await startLocalRelay(RelayBehaviour.Garbage);
  ({ server, browser, close } = await startBrowserRun({
    clockStart: new Date(roundTime - 65_000).toISOString(),
    clockRuns: true,
    beacon: createHttpRelays({ urls: [dead.url, relay.url], timeoutMs: 500 }),
    beaconTickMs: 100,
  }));
  organiser = server.client();
  const setup = await setUpAdministrator(organiser, 'mot de passe très long');
  cookie = (setup.headers.get('set-cookie') ?? '').split(';')[0] as string;
});

afterAll(async () => {
  await close?.();
  await relay?.close();
  await dead?.close();
});

async function committedProcess(title: string): Promise<{ id: string; secret: string }> {
  const id = data(await organiser.post<ProcessState>('/api/processes', { title, seats: 3 })).id;
  const csv = `name,email\n${Array.from({ length: 12 }, (_, i) => `P ${i},p${i}@example.org`).join('\n')}\n`;
  data(await organiser.post(`/api/processes/${id}/volunteers`, csv));
  // The commitment 65 s before the round, however long the browser and the set-up took to start.
  server.clock.set(new Date(roundTime - 65_000).toISOString());
  const { organiserSecret } = data(
    await organiser.post<{ organiserSecret: string }>(`/api/processes/${id}/commit`, {
      witnesses: [],
      drandRound: round.round,
    }),
  );
  return { id, secret: organiserSecret };
}

const shoot = (page: Page, name: string) =>
  keepScreenshot(page, { path: `${shots}${name}.png`, fullPage: true });

const revealSection = (page: Page) =>
  page.locator('section', { has: page.getByRole('heading', { name: 'Révélation des valeurs' }) });

describe('the console while the server fetches the drand round', () => {
  it('counts down, then shows the round fetched automatically, on a phone and a desktop', async () => {
    const { id, secret } = await committedProcess('Tour récupéré');
    data(await organiser.post(`/api/processes/${id}/reveal`, { source: 0, value: secret }));
    const pages: Page[] = [];
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1280, height: 800 },
    ]) {
      const context = await signedInContext(browser, server.url, cookie, { viewport });
      const page = await context.newPage();
      await page.goto(`${server.url}/organiser/p/${id}`);
      pages.push(page);
    }
    for (const [i, page] of pages.entries()) {
      const countdown = page.getByTestId('beacon-countdown');
      await countdown.waitFor();
      expect(await countdown.textContent()).toMatch(
        /^Tour drand n° 657\u202f413, disponible dans (1\u00a0min 0\d|\d\d)\u00a0s$/,
      );
      // Announced politely by the minute, not by the second.
      expect(await page.getByTestId('beacon-fetch').getByRole('status').textContent()).toMatch(
        /^Tour drand n° 657\u202f413, disponible dans [12] min\.$/,
      );
      // The paste form is the fallback, folded.
      const summary = page.getByText('Coller la signature à la main');
      expect(await summary.isVisible()).toBe(true);
      expect(
        await page
          .getByLabel(/Signature du tour drand|signature/i)
          .first()
          .isVisible(),
      ).toBe(false);
      expect(await hasNoHorizontalOverflow(page)).toBe(true);
      await shoot(page, i === 0 ? 'countdown-390' : 'countdown-1280');
      await keepScreenshot(revealSection(page), { path: `${shots}reveal-countdown-${i}.png` });
    }
    await expectAccessible(browser, pages[0]!, 'console with a drand countdown', (scan) =>
      scan.getByTestId('beacon-countdown').waitFor(),
    );

    // The round's time comes: the server fetches it (the garbage relay is skipped) and records it.
    server.clock.set(new Date(roundTime + 1000).toISOString());
    for (const [i, page] of pages.entries()) {
      const badge = page.getByText('récupéré automatiquement', { exact: true });
      await badge.waitFor({ timeout: 15_000 });
      expect(await page.getByText(round.randomness).count()).toBeGreaterThan(0);
      expect(await page.getByTestId('beacon-countdown').count()).toBe(0);
      expect(await hasNoHorizontalOverflow(page)).toBe(true);
      await shoot(page, i === 0 ? 'fetched-390' : 'fetched-1280');
      await keepScreenshot(revealSection(page), { path: `${shots}reveal-fetched-${i}.png` });
    }
    expect(data(await organiser.get<ProcessState>(`/api/processes/${id}`)).status).toBe('revealed');
    await expectAccessible(browser, pages[1]!, 'console with a fetched round', (scan) =>
      scan.getByText('récupéré automatiquement', { exact: true }).waitFor(),
    );
  });

  it('names each relay’s reason when the fetch fails, and keeps "Réessayer maintenant" and pasting', async () => {
    // A round the recorded relay does not have: it says "not yet"; the other relay sends garbage.
    const id = data(
      await organiser.post<ProcessState>('/api/processes', { title: 'Relais en panne', seats: 3 }),
    ).id;
    const csv = `name,email\n${Array.from({ length: 12 }, (_, i) => `P ${i},p${i}@example.org`).join('\n')}\n`;
    data(await organiser.post(`/api/processes/${id}/volunteers`, csv));
    const committed = data(
      await organiser.post<{ state: ProcessState }>(`/api/processes/${id}/commit`, {
        witnesses: [],
        drandDelaySeconds: 60,
      }),
    ).state;
    const future = committed.commitment!.commitment.sources[1]!.beacon!.round;
    server.clock.set(new Date(quicknetRoundTime(future) * 1000 + 1000).toISOString());
    const context = await signedInContext(browser, server.url, cookie, {
      viewport: { width: 390, height: 844 },
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/organiser/p/${id}`);
    const failures = page.getByTestId('beacon-failures');
    await failures.waitFor({ timeout: 15_000 });
    const items = await failures.getByRole('listitem').allTextContents();
    expect(items).toEqual([
      `${new URL(dead.url).host} a envoyé une réponse illisible`,
      `${new URL(relay.url).host} n’a pas encore ce tour`,
    ]);
    // Shown, and announced once in the polite live region.
    const panel = page.getByTestId('beacon-fetch');
    expect(await panel.locator('p.warning').textContent()).toMatch(
      /^La récupération automatique du tour drand n° [\d\u202f]+ a échoué :$/,
    );
    expect(await panel.getByRole('status').textContent()).toBe(
      await panel.locator('p.warning').textContent(),
    );
    expect(await page.getByText(/^Nouvelle tentative le .*, heure de Paris\./).count()).toBe(1);
    const requestsBefore = relay.requests.length;
    await page.getByRole('button', { name: 'Réessayer maintenant' }).click();
    await expect.poll(() => relay.requests.length).toBeGreaterThan(requestsBefore);
    await page.getByRole('button', { name: 'Réessayer maintenant' }).waitFor();
    // Pasting by hand stays possible: the folded form opens.
    await page.locator('summary', { hasText: 'Coller la signature à la main' }).click();
    expect(
      await page
        .getByRole('button', { name: /Révéler/ })
        .last()
        .isVisible(),
    ).toBe(true);
    expect(await hasNoHorizontalOverflow(page)).toBe(true);
    await keepScreenshot(revealSection(page), { path: `${shots}reveal-failed-390.png` });
    await expectAccessible(browser, page, 'console with a failed fetch', (scan) =>
      scan.getByTestId('beacon-failures').waitFor({ timeout: 15_000 }),
    );
  });
});
