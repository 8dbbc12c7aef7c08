import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessibleNow } from './harness/axe';
import { setUpAdministrator, signIn } from '../server/testing/testServer';
import { createRegisterRepository } from '../server/repositories/registerRepository';
import { poolRootHex } from '../shared/lottery/merkle';
import {
  overflowingElements,
  signedInContext,
  startBrowserRun,
  type BrowserRun,
} from './harness/browser';

const SAMPLE = readFileSync(new URL('../fixtures/register/register-sample.csv', import.meta.url));

let run: BrowserRun;
let processId: string;
let cookie: string;

beforeAll(async () => {
  run = await startBrowserRun({ clockStart: '2026-12-05T10:00:00Z' });
  const { server } = run;
  await setUpAdministrator(server.client());
  const login = await signIn(server.client());
  cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  processId = server.app.ceremony.create({ title: 'Registre', seats: 2, alternates: 0 }).id;
});
afterAll(async () => {
  await run?.close();
});

describe('the register in the organiser console', () => {
  it('imports a register from the keyboard at 390 px, then shows its rows, strata and roots', async () => {
    const context = await signedInContext(run.browser, run.server.url, cookie, {
      viewport: { width: 390, height: 844 },
    });
    const page = await context.newPage();
    await page.goto(`${run.server.url}/organiser/p/${processId}`);
    await page.getByRole('heading', { name: 'Registre de l’étape 1 (les invitations)' }).waitFor();
    await page.getByText('Aucun registre importé pour l’instant.').waitFor();

    // A bad file first: the line and field are named, and nothing is imported.
    const file = page.getByLabel('Fichier du registre (CSV)');
    await file.setInputFiles({
      name: 'mauvais.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('nom;adresse;cp;ville\nA;1 rue;75001;Paris\nB;2 rue;;Lyon\n'),
    });
    await page.getByRole('button', { name: 'Importer le registre' }).click();
    await page
      .getByText(/ligne 3, champ « code postal » : refusé \(code REQUIRED\)/)
      .first()
      .waitFor();

    await file.setInputFiles({ name: 'registre.csv', mimeType: 'text/csv', buffer: SAMPLE });
    await page.getByLabel('Colonne de strate (facultatif)').focus();
    await page.keyboard.insertText('departement');
    await page.keyboard.press('Tab');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toBe('Importer le registre');
    await page.keyboard.press('Enter');
    await page.getByText('Registre importé : 8 lignes.').waitFor();

    const repository = createRegisterRepository(run.server.db);
    const current = repository.current(processId)!;
    const ids = repository
      .idPage(current.importNo)('', 100)
      .map(([id]) => id);
    const section = page.locator('section', {
      has: page.getByRole('heading', { name: 'Registre de l’étape 1 (les invitations)' }),
    });
    await expect.poll(() => section.textContent()).toContain(poolRootHex(ids));
    const table = page.getByRole('table', { name: /Strates selon la colonne « departement »/ });
    expect(await table.locator('tbody tr').allTextContents()).toEqual(
      current.strata.map((s) => `${s.name}${s.size}${s.root}`),
    );
    // Contact data never reaches the page.
    expect(await page.content()).not.toMatch(/Martin|Lilas|example\.org/);
    expect(await overflowingElements(page)).toEqual([]);
    await expectAccessibleNow(page, 'process page with its register');
    await context.close();
  });
});
