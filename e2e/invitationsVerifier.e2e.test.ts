import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import vector from '../fixtures/vectors/kleroterion-invitations-1.json';
import { sha256HexOfText } from '../shared/crypto/hash';
import { canonicalize } from '../shared/crypto/jcs';
import { scratchFolder } from '../scripts/testing/runScript';
import { startStaticBrowserRun, type StaticBrowserRun } from './harness/browser';
import { verifyFiles } from './harness/verifierPage';
import { stageTwoDraw } from '../shared/testing/stageTwoDraw';

// A stage-one invitations record (kleroterion-invitations/1) goes through the same "Vérifier un fichier
// publié" page as every other artefact: recognised by its protocol, checked with the shared verifier.

let server: StaticBrowserRun['server'];
let browser: Browser;
let close: () => Promise<void>;
const folder = scratchFolder();

beforeAll(async () => {
  ({ server, browser, close } = await startStaticBrowserRun());
});

afterAll(async () => {
  await close?.();
  folder.dispose();
});

const verify = (name: string, record: unknown): Promise<Page> =>
  verifyFiles(browser, server.url, { record: folder.write(name, `${canonicalize(record)}\n`) });

describe('a stage-one invitations record in the browser verifier', () => {
  it('recognises the vector record and passes every numbered check, each with its label', async () => {
    const page = await verify('invitations.json', vector.record);
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toMatch(/Tirage vérifié : les 18 contrôles sont réussis/);
    expect(await page.getByTestId('artefact-kind').textContent()).toContain(
      'kleroterion-invitations/1',
    );
    expect(await page.locator('li.check.failed').count()).toBe(0);
    expect(await page.locator('li[data-check="allocation"]').textContent()).toContain(
      'Répartition des invitations entre strates',
    );
    expect(await page.locator('li[data-check="stratum-picks-2"]').textContent()).toContain(
      'Strate 3 : invitations tirées par le flux aléatoire',
    );
    const strata = page.getByRole('table', { name: 'Invitations par strate' });
    expect(await strata.getByRole('row', { name: /Allier/ }).textContent()).toMatch(
      /Allier\s*6\s*2/,
    );
    await page.close();
  });

  it('fits a 390-pixel screen without horizontal scrolling', async () => {
    const page = await verify('narrow.json', vector.record);
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/Tirage vérifié/);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
    await page.close();
  });

  it('fails the allocation check of a record whose allocation was changed and re-hashed', async () => {
    const tampered = structuredClone(vector.record);
    tampered.commitment.strata[0]!.invitations += 1;
    tampered.commitment.strata[2]!.invitations -= 1;
    tampered.commitmentHash = sha256HexOfText(canonicalize(tampered.commitment));
    const page = await verify('tampered.json', tampered);
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/Tirage NON valide/);
    expect(await page.locator('li[data-check="allocation"]').textContent()).toContain('Échec');
    expect(await page.locator('li[data-check="commitment-hash"]').textContent()).toContain(
      'Réussi',
    );
    await page.close();
  });

  it('verifies a stage-two draw and its link to stage one, and names an id never invited', async () => {
    const invited = vector.record.strata.flatMap((s) => s.selection.map((p) => p.id));
    const check = async (name: string, ids: string[], registered: string[]) => {
      const { record } = stageTwoDraw(vector.record, ids, { seats: ids.length, registered });
      const page = await verifyFiles(
        browser,
        server.url,
        {
          record: folder.write(`${name}.json`, `${canonicalize(record)}\n`),
          pool: folder.write(`${name}-pool.txt`, `${ids.join('\n')}\n`),
          stageOne: folder.write('stage-one.json', `${canonicalize(vector.record)}\n`),
        },
        { width: 390, height: 844 },
      );
      await page.getByRole('heading', { name: 'Contrôles' }).waitFor();
      return page;
    };
    const linked = await check('stage-two', invited.slice(0, 4), invited.slice(0, 4));
    await expect
      .poll(() => linked.getByRole('status').textContent())
      .toMatch(/Tirage vérifié : les \d+ contrôles sont réussis/);
    expect(await linked.locator('li[data-check="stage-one-selected"]').textContent()).toContain(
      'Chaque personne tirée avait été invitée à l’étape 1',
    );
    expect(await linked.locator('li[data-check="stage-one/allocation"]').textContent()).toContain(
      'Étape 1 — Répartition des invitations entre strates',
    );
    expect(
      await linked.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
    await linked.close();

    const stranger = await check('stranger', [invited[0]!, 'ZZZZZZZZZZ'], [invited[0]!]);
    await expect.poll(() => stranger.getByRole('status').textContent()).toMatch(/NON valide/);
    for (const name of ['stage-one-selected', 'stage-one-pool'])
      expect(await stranger.locator(`li[data-check="${name}"]`).textContent()).toContain('Échec');
    await stranger.close();
  });
});
