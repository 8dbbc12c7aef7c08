import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { canonicalize } from '../shared/crypto/jcs';
import { scratchFolder } from '../scripts/testing/runScript';
import { genuineStratifiedRecord } from '../server/testing/stratifiedArtefact';
import { startStaticBrowserRun, type StaticBrowserRun } from './harness/browser';
import { verifyFiles } from './harness/verifierPage';

// A kleroterion-stratified/1 record goes through the same "Vérifier un tirage" page as a plain draw:
// the page hands the bytes to verifyRecordBytes, which recognises the protocol.

let server: StaticBrowserRun['server'];
let browser: Browser;
let close: () => Promise<void>;
let genuine: Record<string, unknown>;
const folder = scratchFolder();

beforeAll(async () => {
  genuine = JSON.parse(new TextDecoder().decode(await genuineStratifiedRecord())) as Record<
    string,
    unknown
  >;
  ({ server, browser, close } = await startStaticBrowserRun());
});

afterAll(async () => {
  await close?.();
  folder.dispose();
});

const verify = (name: string, record: unknown): Promise<Page> =>
  verifyFiles(browser, server.url, { record: folder.write(name, `${canonicalize(record)}\n`) });

describe('a stratified draw record in the browser verifier', () => {
  it('verifies a genuine record, naming the panel checks', async () => {
    const page = await verify('stratified.json', genuine);
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toMatch(/Tirage vérifié : les \d+ contrôles sont réussis/);
    expect(await page.locator('li.check.failed').count()).toBe(0);
    for (const check of ['panel-index', 'panel-proof', 'member-features', 'panel-quotas'])
      expect(await page.locator(`li[data-check="${check}"]`).textContent()).toContain('Réussi');
    await page.close();
  });

  it('rejects a record whose panel index was changed, and one whose member was swapped', async () => {
    const shifted = { ...genuine, panelIndex: (genuine['panelIndex'] as number) + 1 };
    let page = await verify('shifted.json', shifted);
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/Tirage NON valide/);
    expect(await page.locator('li[data-check="panel-index"]').textContent()).toContain('Échec');
    await page.close();

    const members = structuredClone(genuine['members']) as { id: string }[];
    members[0]!.id = 'R99';
    page = await verify('swapped.json', { ...genuine, members });
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/Tirage NON valide/);
    expect(await page.locator('li.check.failed').count()).toBeGreaterThan(0);
    await page.close();
  });
});
