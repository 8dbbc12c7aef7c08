// The stratified option's households rule and flexible bounds in the organiser console: a flex outside
// sense is refused in French with its line, column and reason; the organiser ticks the columns that
// identify a household, by keyboard, and the computed lottery names them (never the addresses).

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { type TestServer } from '../server/testing/testServer';
import { expectAccessible } from './harness/axe';
import { removeFolder, startBrowserRun } from './harness/browser';
import { openStratifiedOptionAsFirstAccount, press, replaceText } from './harness/keyboard';

// 12 volunteers in 6 homes of two (one woman, one man), each home written two ways.
const VOLUNTEERS = `name,email,genre,adresse,code_postal\n${Array.from({ length: 12 }, (_, i) => {
  const home = Math.floor(i / 2);
  return `P ${i},p${i}@example.org,${i % 2 === 0 ? 'femme' : 'homme'},${i % 2 === 0 ? `${home} rue des Lilas` : `${home}  RUE DES LILAS`},7500${home}`;
}).join('\n')}\n`;
const FLEX_QUOTAS =
  'feature,value,min,max,min_flex,max_flex\ngenre,femme,2,2,1,3\ngenre,homme,2,2,1,3\n';
const BAD_FLEX =
  'feature,value,min,max,min_flex,max_flex\ngenre,femme,2,2,1,3\ngenre,homme,2,2,3,3\n';

let files: string;
let server: TestServer;
let browser: Browser;
let close: () => Promise<void>;
let processId: string;

beforeAll(async () => {
  files = mkdtempSync(join(tmpdir(), 'kleroterion-households-'));
  writeFileSync(join(files, 'quotas.csv'), FLEX_QUOTAS);
  writeFileSync(join(files, 'flex.csv'), BAD_FLEX);
  ({ server, browser, close } = await startBrowserRun({ clockStart: '2023-09-15T10:00:00Z' }));
  processId = server.app.ceremony.create({ title: 'Jury par foyers', seats: 4, alternates: 4 }).id;
  server.app.ceremony.importVolunteers(processId, new TextEncoder().encode(VOLUNTEERS), 'v.csv');
});

afterAll(async () => {
  await close?.();
  removeFolder(files);
});

describe('households and flexible bounds in the organiser console', () => {
  it('refuses a bad flex by line, column and reason, and computes with a household rule', async () => {
    const page = await browser.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await openStratifiedOptionAsFirstAccount(page, server.url, 'Jury par foyers');

    const quotasFile = page.getByLabel('Fichier des quotas (CSV)');
    await quotasFile.setInputFiles(join(files, 'flex.csv'));
    await press(page, page.getByRole('button', { name: 'Importer les quotas' }), 'Enter');
    const summary = page.getByRole('alert').filter({ hasText: 'flex.csv' });
    await summary.waitFor();
    const text = (await summary.textContent()) ?? '';
    expect(text).toContain('ligne 3, colonne 5');
    expect(text).toContain('min_flex dépasse min');
    expect(text).toContain('MIN_FLEX_ABOVE_MIN');

    await quotasFile.setInputFiles(join(files, 'quotas.csv'));
    await press(page, page.getByRole('button', { name: 'Importer les quotas' }), 'Enter');
    await page.getByRole('table', { name: 'Quotas importés (quotas.csv)' }).waitFor();

    // Tick "adresse" and "code_postal" with the space bar.
    const households = page.getByRole('group', { name: /Foyers \(facultatif\)/ });
    await households.waitFor();
    for (const column of ['adresse', 'code_postal']) {
      await households.getByLabel(column, { exact: true }).focus();
      await page.keyboard.press('Space');
    }
    expect(await households.getByLabel('genre', { exact: true }).isChecked()).toBe(false);
    await expectAccessible(browser, page, 'stratified households', (scan) =>
      scan.getByRole('group', { name: /Foyers \(facultatif\)/ }).waitFor(),
    );
    await replaceText(page, page.getByLabel('Nombre de panels (M)'), '30');
    await press(page, page.getByRole('button', { name: 'Calculer la loterie' }), 'Enter');
    await page.getByText('Loterie calculée et enregistrée.').waitFor({ timeout: 60_000 });
    const lottery = (await page.evaluate(
      async (path) => (await fetch(path, { credentials: 'same-origin' })).json(),
      `/api/processes/${processId}/stratification/lottery.json`,
    )) as { householdColumns?: string[]; panels: number[][] };
    expect(lottery.householdColumns).toEqual(['adresse', 'code_postal']);
    expect(await page.getByTestId('lottery-households').textContent()).toBe(
      'Au plus une personne par foyer dans chaque panel (colonnes : adresse, code_postal)',
    );
    expect(JSON.stringify(lottery)).not.toMatch(/lilas/i);
    // The public reader of LOTTERY.json states the same rule, from the file alone.
    writeFileSync(join(files, 'lottery.json'), JSON.stringify(lottery));
    await page.goto(`${server.url}/verifier/loterie`);
    await page.getByLabel('Fichier LOTTERY.json').setInputFiles(join(files, 'lottery.json'));
    await press(page, page.getByRole('button', { name: 'Lire et vérifier' }), 'Enter');
    await page.getByTestId('lottery-verdict').waitFor();
    expect(await page.getByTestId('lottery-households').textContent()).toBe(
      'Au plus une personne par foyer dans chaque panel (colonnes : adresse, code_postal)',
    );
    expect(consoleErrors.filter((line) => !/status of 422/.test(line))).toEqual([]);
  });
});
