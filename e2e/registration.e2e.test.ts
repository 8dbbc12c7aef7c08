import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import vector from '../fixtures/vectors/kleroterion-invitations-1.json';
import { importRegister } from '../server/register/registerImport';
import { createRegistrationCodes } from '../server/registration/registrationCodes';
import {
  seededRandom,
  setUpAdministrator,
  signIn,
  type ApiClient,
} from '../server/testing/testServer';
import { drawInvitations } from '../shared/invitations/draw';
import { buildMerkleTree } from '../shared/lottery/merkle';
import { expectAccessibleNow } from './harness/axe';
import {
  overflowingElements,
  signedInContext,
  startBrowserRun,
  type BrowserRun,
} from './harness/browser';

const SAMPLE = readFileSync(new URL('../fixtures/register/register-sample.csv', import.meta.url));

let run: BrowserRun;
let processId: string;
let codes: string[];
let cookie: string;

beforeAll(async () => {
  run = await startBrowserRun({ clockStart: '2026-12-05T10:00:00Z' });
  const { server } = run;
  const organiser: ApiClient = server.client();
  await setUpAdministrator(organiser);
  const login = await signIn(server.client());
  cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  processId = server.app.ceremony.create({
    title: 'Convention citoyenne',
    seats: 1,
    alternates: 0,
  }).id;
  await importRegister(server.db, Readable.from([SAMPLE]), {
    processId,
    fileName: 'registre.csv',
    stratumColumn: undefined,
    totalBytes: SAMPLE.length,
  });
  // An unstratified stage one over the whole register: three invitations.
  const ids = server.db
    .prepare('SELECT pseudo_id FROM register_rows_1 ORDER BY pseudo_id')
    .pluck()
    .all() as string[];
  const root = server.db.prepare('SELECT root FROM register_imports').pluck().get() as string;
  const record = drawInvitations({
    commitment: {
      protocol: 'kleroterion-invitations/1',
      invitations: 3,
      allocation: 'set',
      strata: [{ name: 'France', poolRoot: root, poolSize: ids.length, invitations: 3 }],
      sources: vector.commitment.sources,
    },
    pools: new Map([['France', { ids, tree: buildMerkleTree(ids) }]]),
    values: vector.values,
    beacons: [],
  });
  const path = `/api/processes/${processId}/registration`;
  const accepted = await organiser.post(`${path}/stage-one`, JSON.stringify(record), {
    contentType: 'application/json',
  });
  expect(accepted.status).toBe(201);
  expect(
    (
      await organiser.put(`${path}/form`, {
        eligibility: "J'ai 16 ans ou plus et je réside en France",
        attributes: [{ category: 'genre', values: ['femme', 'homme', 'autre'] }],
      })
    ).status,
  ).toBe(200);
  // The plain codes are printed on the letters; here they come straight from the issue.
  const picked = record.strata[0]!.selection.map((pick) => pick.id);
  codes = createRegistrationCodes(server.db, server.clock, seededRandom('e2e registration'))
    .issue(processId, picked)
    .issued.map((issued) => issued.code);
});
afterAll(async () => {
  await run?.close();
});

describe('the registration page', () => {
  it('registers one invitee from the code to the confirmation by keyboard at 390 px', async () => {
    const context = await run.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    // The process's public page leads there while registration is open.
    await page.goto(`${run.server.url}/p/${processId}`);
    await page
      .getByRole('link', {
        name: 'Vous avez reçu une lettre d’invitation ? Inscrivez-vous avec votre code',
      })
      .press('Enter');
    await page.getByRole('heading', { name: 'Inscription au tirage au sort' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/inscription');
    await expectAccessibleNow(page, 'registration, code step');
    expect(await overflowingElements(page)).toEqual([]);

    // A wrong code first: the plain answer, nothing else.
    await page.getByLabel(/Code personnel/).focus();
    await page.keyboard.insertText('0000 0000 0000 0000 0000 0000 0000');
    await page.keyboard.press('Enter');
    await page.getByText('Ce code n’est pas reconnu.', { exact: false }).first().waitFor();

    await page.getByLabel(/Code personnel/).focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText(codes[0]!.toLowerCase());
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Étape 2 sur 3 : Conditions' }).waitFor();
    await page.getByText('Vous êtes invité ou invitée à : Convention citoyenne').waitFor();
    const eligible = page.getByLabel(/Je confirme : J'ai 16 ans ou plus/);
    await eligible.focus();
    await page.keyboard.press('Space');
    expect(await eligible.isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { name: 'Étape 3 sur 3 : Vos coordonnées' }).waitFor();
    await expectAccessibleNow(page, 'registration, details step');
    expect(await overflowingElements(page)).toEqual([]);
    await page.getByLabel(/Nom et prénom/).focus();
    await page.keyboard.insertText('Claire Martin');
    await page.keyboard.press('Tab');
    await page.keyboard.insertText('claire@example.org');
    await page.keyboard.press('Tab');
    await page.keyboard.insertText('06 12 34 56 78');
    await page.keyboard.press('Tab');
    // Radios: the first of the group takes the focus, the arrows choose.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByLabel('autre', { exact: true }).isChecked()).toBe(true);
    await page.getByLabel(/J’accepte que ces informations/).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { name: 'Votre inscription est enregistrée' }).waitFor();
    await expectAccessibleNow(page, 'registration, confirmation');
    const stored = run.server.db
      .prepare('SELECT name, email, phone, attributes FROM registrations WHERE process_id = ?')
      .all(processId);
    expect(stored).toEqual([
      {
        name: 'Claire Martin',
        email: 'claire@example.org',
        phone: '06 12 34 56 78',
        attributes: '{"genre":"autre"}',
      },
    ]);

    // The same code again is told it was used.
    await page.goto(`${run.server.url}/inscription?code=${codes[0]}`);
    await page.getByRole('heading', { name: 'Inscription au tirage au sort' }).waitFor();
    expect(await page.getByLabel(/Code personnel/).inputValue()).toBe(codes[0]);
    await page.getByRole('button', { name: 'Continuer' }).press('Enter');
    await page
      .getByText('Ce code a déjà servi à une inscription.', { exact: false })
      .first()
      .waitFor();
    await context.close();
  });

  it('closes registration from the console: the one registered becomes the pool, by register id', async () => {
    const context = await signedInContext(run.browser, run.server.url, cookie, {
      viewport: { width: 390, height: 844 },
    });
    const page = await context.newPage();
    await page.goto(`${run.server.url}/organiser/p/${processId}`);
    await page.getByRole('heading', { name: 'Inscriptions des invités' }).waitFor();
    const table = page.getByRole('table', { name: 'Réponses par strate : invités et inscrits' });
    await expect.poll(() => table.locator('tbody tr').allTextContents()).toEqual(['France31']);
    await page
      .getByRole('button', { name: 'Clôturer les inscriptions et constituer le vivier' })
      .press('Enter');
    await page.getByText(/Inscriptions closes le/).waitFor();
    expect(await overflowingElements(page)).toEqual([]);
    await expectAccessibleNow(page, 'console, registration closed');
    const pooled = run.server.db
      .prepare('SELECT pseudonym FROM volunteers WHERE process_id = ?')
      .pluck()
      .all(processId);
    const redeemed = run.server.db
      .prepare(
        'SELECT register_id FROM registration_codes WHERE process_id = ? AND used_at IS NOT NULL',
      )
      .pluck()
      .all(processId);
    expect(pooled).toEqual(redeemed);
    expect(pooled).toHaveLength(1);
    expect(run.server.app.ceremony.state(processId).pool?.size).toBe(1);

    // The public page now shows stage one: invited, registered, the record to download and check.
    const visitor = await run.browser.newPage({ viewport: { width: 390, height: 844 } });
    await visitor.goto(`${run.server.url}/p/${processId}`);
    const stageOne = visitor.getByRole('region', {
      name: 'Étape 1 : les invitations tirées au sort',
    });
    await expect
      .poll(() => stageOne.textContent())
      .toContain(
        '3 personnes ont été invitées par un premier tirage au sort dans le registre. Inscriptions : 1.',
      );
    const responses = stageOne.getByRole('table', {
      name: 'Invitations et inscriptions par strate',
    });
    // The rate in French typography: a narrow no-break space before the percent sign.
    expect(
      (await responses.locator('tbody tr').allTextContents()).map((row) => row.replace(/\s/g, ' ')),
    ).toEqual(['France3133,3 %']);
    const download = stageOne.getByRole('link', {
      name: 'Télécharger le registre du tirage des invitations (étape 1, JSON)',
    });
    expect(await download.getAttribute('href')).toBe(
      `/api/public/processes/${processId}/stage-one.json`,
    );
    expect(
      await visitor.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
    await expectAccessibleNow(visitor, 'public page with stage one');

    // Once stage two is committed, the page reads stage one from the commitment, asking nothing more.
    run.server.app.ceremony.commitDraw(processId, { witnesses: [], drandDelaySeconds: 600 });
    const asked: string[] = [];
    visitor.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (/registration|stage-one$/.test(path)) asked.push(path);
    });
    await visitor.reload();
    await expect
      .poll(() => stageOne.textContent())
      .toContain(
        'Inscriptions : 1. Le tirage du panel (étape 2) se fait parmi ces seules personnes',
      );
    expect(asked).toEqual([]);
    await visitor.close();
    await context.close();
  });
});
