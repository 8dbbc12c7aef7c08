// The public page in Chromium shows a process from the server's fold of its public log, without the
// events' schemas (zod) or the verifiers' cryptography (@noble) in what it loads; "Vérifier" downloads
// log.json and checks it with every check, so a forged tie-lottery beacon signature is caught at the click.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import drand from '../fixtures/vectors/drand-quicknet.json';
import { chainEvent, type ChainedEvent } from '../shared/events/eventChain';
import { ResultEventType } from '../shared/scoring/resultEvents';
import { juryTiedAcrossTheCut } from '../server/testing/tiedJuryFixture';
import { data, type TestServer } from '../server/testing/testServer';
import { startBrowserRun } from './harness/browser';

const PHONE = { width: 390, height: 844 };

// The build's folder is kept to read its source maps (the server does not serve them).
let clientDir: string;
let server: TestServer;
let browser: Browser;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ outDir: clientDir, server, browser, close } = await startBrowserRun());
});

afterAll(async () => {
  await close?.();
});

/**
 * The npm packages a loaded script was built from, read from its source map in the build (as
 * bench:bundle reads them; the build's runtime and the generated message dictionaries have no map).
 */
function packagesOf(scriptUrl: string): string[] {
  const mapFile = join(clientDir, `${new URL(scriptUrl).pathname}.map`);
  if (!existsSync(mapFile)) return [];
  const map = JSON.parse(readFileSync(mapFile, 'utf8')) as { sources: string[] };
  return map.sources.flatMap((source) => {
    const name = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source)?.[1];
    return name === undefined ? [] : [name];
  });
}

/** The log with every tie-lottery beacon signature replaced by `signature`, its chain rebuilt around it. */
function forgeBeacons(log: readonly ChainedEvent[], signature: string): ChainedEvent[] {
  const forged: ChainedEvent[] = [];
  for (const entry of log) {
    const payload = entry.payload as { beacons?: { signature: string }[] };
    const changed =
      entry.type === ResultEventType.TieLotteryDrawn
        ? { ...payload, beacons: payload.beacons?.map((beacon) => ({ ...beacon, signature })) }
        : payload;
    forged.push(chainEvent(forged.at(-1), entry.type, entry.at, changed));
  }
  return forged;
}

describe('the public page’s first load and its verification', () => {
  it('shows a published process without zod or @noble; Vérifier passes on the real log and fails on a forged beacon signature', async () => {
    const { processId, organiser } = await juryTiedAcrossTheCut(server, 'Égalité tirée au sort');
    const future = drand.rounds[1]!;
    const { organiserSecret } = data(
      await organiser.post<{ organiserSecret: string }>(`/api/processes/${processId}/tie/lottery`, {
        drandRound: future.round,
      }),
    );
    const settle = { organiserSecret, signature: future.signature };
    expect((await organiser.post(`/api/processes/${processId}/tie/draw`, settle)).status).toBe(201);
    expect((await organiser.post(`/api/processes/${processId}/results/publish`, {})).status).toBe(
      201,
    );

    const page = await (await browser.newContext({ viewport: PHONE })).newPage();
    const scripts: string[] = [];
    const apiPaths: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (request.resourceType() === 'script') scripts.push(request.url());
      if (url.pathname.startsWith('/api/')) apiPaths.push(url.pathname);
    });
    await page.goto(`${server.url}/p/${processId}`);
    await page.getByTestId('process-stage').waitFor();
    expect(await page.getByTestId('process-stage').textContent()).toBe('Étape : Résultats publiés');
    await page.waitForLoadState('networkidle');

    // The first load: the server's fold, not the log, and none of the schemas or the cryptography.
    expect(apiPaths).toContain(`/api/public/processes/${processId}/fold`);
    expect(apiPaths).not.toContain(`/api/public/processes/${processId}/log.json`);
    const firstLoad = new Set(scripts.flatMap(packagesOf));
    // Read from the maps indeed: live updates come with the page.
    expect(firstLoad.has('socket.io-client')).toBe(true);
    expect([...firstLoad].filter((name) => name === 'zod' || name.startsWith('@noble/'))).toEqual(
      [],
    );

    // The real log verifies, BLS signature of the lottery's round included.
    const verify = page.getByRole('button', { name: 'Vérifier dans mon navigateur' });
    const verdict = page.getByTestId('publication-verdict');
    await verify.click();
    await verdict.waitFor({ timeout: 60_000 });
    expect(await page.locator('li.check.failed').count()).toBe(0);
    expect(await verdict.textContent()).toMatch(/Tout est vérifié/);

    // A server that forged the lottery's beacon signature is caught at the click.
    const logPath = `/api/public/processes/${processId}/log.json`;
    const realLog = JSON.parse((await server.client().get(logPath)).text) as ChainedEvent[];
    const forged = forgeBeacons(realLog, drand.rounds[0]!.signature);
    expect(forged.map((entry) => entry.hash)).not.toEqual(realLog.map((entry) => entry.hash));
    await page.route(`**${logPath}`, (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(forged) }),
    );
    await verify.click();
    await expect
      .poll(() => verdict.textContent(), { timeout: 60_000 })
      .toMatch(/^ATTENTION : 1 contrôle\(s\) sur \d+ en échec\.$/);
    const transitions = page.locator('li.check.failed[data-check="log-transitions"]');
    expect(await transitions.count()).toBe(1);
    expect(await page.locator('li.check.ok[data-check="log-chain"]').count()).toBe(1);
  });
});
