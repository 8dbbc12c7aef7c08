import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import vector from '../fixtures/vectors/kleroterion-draw-1.json';
import { vectorRecord } from '../fixtures/vectors/vectorRecord';
import { canonicalize } from '../shared/crypto/jcs';
import { scratchFolder } from '../scripts/testing/runScript';
import { startStaticBrowserRun, type StaticBrowserRun } from './harness/browser';

const record = vectorRecord;

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

async function openVerifier(): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${server.url}/verifier`);
  return page;
}

describe('in-browser verifier', () => {
  it('verifies the known-answer record and its pool, in French by default', async () => {
    const page = await openVerifier();
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    // The page's own window title, and file choosers that speak French whatever the browser's language:
    // the published file, the id list and the stage-one record.
    await expect.poll(() => page.title()).toBe('Vérifier un tirage — Kleroterion');
    expect(await page.getByText('Choisir un fichier', { exact: true }).count()).toBe(3);
    expect(await page.getByText('Aucun fichier choisi', { exact: true }).count()).toBe(3);
    await page
      .getByLabel('Fichier publié (JSON)')
      .setInputFiles(folder.write('record.json', `${canonicalize(record)}\n`));
    // The chosen file is named beside its button.
    expect(await page.getByText('record.json', { exact: true }).count()).toBe(1);
    await page
      .getByLabel('Liste des identifiants (facultatif)')
      .setInputFiles(folder.write('pool.txt', vector.poolIds.join('\n')));
    await page.getByRole('button', { name: 'Vérifier' }).click();
    const status = page.getByRole('status');
    await expect
      .poll(() => status.textContent())
      .toMatch(/Tirage vérifié : les \d+ contrôles sont réussis/);
    expect(await page.locator('li.check.failed').count()).toBe(0);
    expect(await page.locator('li[data-check="pool-root"]').textContent()).toContain('Réussi');
    expect(await page.getByRole('table').getByRole('row').count()).toBe(
      1 + vector.selection.length,
    );
    await page.close();
  });

  it('rejects a tampered record and names the failing checks', async () => {
    const tampered = structuredClone(record);
    tampered.selection[0]!.id = tampered.selection[1]!.id;
    const page = await openVerifier();
    await page
      .getByLabel('Fichier publié (JSON)')
      .setInputFiles(folder.write('tampered.json', `${canonicalize(tampered)}\n`));
    await page.getByRole('button', { name: 'Vérifier' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/Tirage NON valide/);
    expect(await page.locator('li[data-check="proof-1"]').textContent()).toContain('Échec');
    await page.close();
  });

  it('switches to English with the keyboard alone', async () => {
    const page = await openVerifier();
    // The header's language selector (DSFR): its button opens the list, then the language is chosen.
    await page.getByRole('button', { name: /^Langue\b/ }).focus();
    await page.keyboard.press('Enter');
    const english = page.getByRole('button', { name: 'English', exact: true });
    await english.focus();
    await page.keyboard.press('Enter');
    // The English dictionary is its own chunk: the page switches once it has arrived.
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Verify a published file',
    );
    expect(
      await page.locator('#language-menu button[lang="en"]').getAttribute('aria-current'),
    ).toBe('true');
    await page
      .getByLabel('Published file (JSON)')
      .setInputFiles(folder.write('r2.json', `${canonicalize(record)}\n`));
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/Draw verified/);
    await page.close();
  });

  it('runs under the strict content security policy without violations', async () => {
    const page = await openVerifier();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const response = await page.reload();
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(violations).toEqual([]);
    await page.close();
  });

  it('asks for the record when none is chosen', async () => {
    const page = await openVerifier();
    await page.getByRole('button', { name: 'Vérifier' }).click();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toContain('Choisissez d’abord le fichier à vérifier.');
    await page.close();
  });
});
