import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import drand from '../fixtures/vectors/drand-quicknet.json';
import { type TestServer } from '../server/testing/testServer';
import { expectAccessible } from './harness/axe';
import { removeFolder, startBrowserRun } from './harness/browser';
import { openStratifiedOptionAsFirstAccount, press, replaceText } from './harness/keyboard';
import { keepScreenshot } from './harness/screenshots';

// A small pool (40 volunteers, 6 seats) so that the lottery is computed in about a second.
const GENDERS = ['femme', 'homme'];
const VOLUNTEERS = `name,email,genre,age\n${Array.from(
  { length: 40 },
  (_, i) => `P ${i},p${i}@example.org,${GENDERS[i % 2]},${i % 3 === 0 ? 'jeune' : 'senior'}`,
).join('\n')}\n`;
const GOOD_QUOTAS =
  'category,feature,min,max\ngenre,femme,3,3\ngenre,homme,3,3\nage,jeune,2,3\nage,senior,3,4\n';
const BAD_QUOTAS = 'category,feature,min,max\ngenre,femme,3,3\ngenre,homme,trois,3\n';
const round = drand.rounds[0]!;
const outputDir = fileURLToPath(new URL('../test-output', import.meta.url));

let files: string;
let server: TestServer;
let browser: Browser;
let close: () => Promise<void>;
let processId: string;

beforeAll(async () => {
  files = mkdtempSync(join(tmpdir(), 'kleroterion-quotas-'));
  writeFileSync(join(files, 'quotas.csv'), GOOD_QUOTAS);
  writeFileSync(join(files, 'mauvais.csv'), BAD_QUOTAS);
  ({ server, browser, close } = await startBrowserRun({ clockStart: '2023-09-15T10:00:00Z' }));
  const created = server.app.ceremony.create({ title: 'Jury stratifié', seats: 6, alternates: 6 });
  processId = created.id;
  server.app.ceremony.importVolunteers(processId, new TextEncoder().encode(VOLUNTEERS), 'v.csv');
  mkdirSync(outputDir, { recursive: true });
});

afterAll(async () => {
  await close?.();
  removeFolder(files);
});

describe('the stratified option in the organiser console', () => {
  it('imports quotas, computes, reviews and commits, with the keyboard', async () => {
    const page = await browser.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await openStratifiedOptionAsFirstAccount(page, server.url, 'Jury stratifié');

    // A bad file: the error summary takes focus and names the file, the line and the field.
    const quotasFile = page.getByLabel('Fichier des quotas (CSV)');
    await quotasFile.setInputFiles(join(files, 'mauvais.csv'));
    await press(page, page.getByRole('button', { name: 'Importer les quotas' }), 'Enter');
    const summary = page.getByRole('alert').filter({ hasText: 'mauvais.csv' });
    await summary.waitFor();
    const summaryText = (await summary.textContent()) ?? '';
    expect(summaryText).toContain('mauvais.csv');
    expect(summaryText).toContain('ligne 3');
    expect(summaryText).toContain('« min »');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');

    // The good file: the quotas table appears.
    await quotasFile.setInputFiles(join(files, 'quotas.csv'));
    await press(page, page.getByRole('button', { name: 'Importer les quotas' }), 'Enter');
    await page.getByRole('table', { name: 'Quotas importés (quotas.csv)' }).waitFor();

    // Compute with M = 50: the progress bar is labelled, then the review shows the figures.
    await replaceText(page, page.getByLabel('Nombre de panels (M)'), '50');
    await press(page, page.getByRole('button', { name: 'Calculer la loterie' }), 'Enter');
    await page.getByText('Loterie calculée et enregistrée.').waitFor({ timeout: 30_000 });
    const figures = page.getByTestId('lottery-figures');
    await figures.waitFor();
    expect(await figures.textContent()).toContain('50 panels de 6 parmi 40 volontaires');
    expect(await page.getByTestId('lottery-minimum').textContent()).toMatch(/\d+,\d{2}\s?%/);
    expect(await page.getByTestId('lottery-completion').textContent()).toMatch(
      /^LEXIMIN complet : (1 tour, prouvé exact|\d+ tours, chacun prouvé exact)\.$/,
    );
    await page
      .getByRole('table', { name: 'Chance des volontaires par centile (distribution optimale)' })
      .waitFor();
    // Chart.js arrives with the first chart drawn: wait for the chart before counting.
    await page
      .getByRole('img', { name: /chance/i })
      .first()
      .waitFor();
    expect(await page.getByRole('img', { name: /chance/i }).count()).toBeGreaterThan(0);
    await keepScreenshot(page, { path: join(outputDir, 'stratified-review.png'), fullPage: true });
    await expectAccessible(browser, page, 'stratified review', (scan) =>
      scan.getByTestId('lottery-figures').waitFor(),
    );

    // Commit: choose the stratified draw, confirm explicitly.
    await press(
      page,
      page.getByLabel('Tirage stratifié (un panel de la loterie calculée)'),
      'Space',
    );
    await replaceText(
      page,
      page.getByLabel('Numéro du tour drand (facultatif)'),
      String(round.round),
    );
    await page.keyboard.press('Enter');
    const question = page.getByText('Engager le tirage stratifié ?');
    await question.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain(
      'Engager le tirage stratifié ?',
    );
    await press(
      page,
      page.getByRole('button', { name: 'Oui, engager le tirage stratifié' }),
      'Enter',
    );
    await page.getByTestId('organiser-secret').waitFor({ timeout: 20_000 });
    const committed = server.app.ceremony.state(processId).commitment?.commitment;
    expect(committed?.protocol).toBe('kleroterion-stratified/1');
    expect(committed).toMatchObject({ panelCount: 50, panelSize: 6, respondentCount: 40 });

    // Frozen: the import form is gone and the console says so.
    await page.getByText('Le tirage est engagé : les quotas et la loterie sont figés').waitFor();
    expect(await page.getByRole('button', { name: /Importer les quotas|Remplacer/ }).count()).toBe(
      0,
    );
    await expectAccessible(browser, page, 'stratified committed', (scan) =>
      scan.getByText('Le tirage est engagé : les quotas et la loterie sont figés').waitFor(),
    );
    // The refused quotas file's 422 is expected; nothing else may fail.
    expect(consoleErrors.filter((text) => !/status of 422/.test(text))).toEqual([]);
  });
});
