// Issue 18's acceptance, end to end in Chromium on a real server with a local drand relay: a 100,000-row
// register imported in the console, 2,000 invitations drawn, the letters generated (page count, and every
// page's QR code decoded to its own registration code), 300 invitees registered through the public page,
// a stratified stage-two draw from the closed registrations, and both stages with the link between them
// verified in the browser and with the command line.

import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import drand from '../fixtures/vectors/drand-quicknet.json';
import type { StageOneLink } from '../shared/invitations/stageLink';
import { runScript } from '../scripts/testing/runScript';
import { createHttpRelays } from '../server/beacon/httpRelays';
import {
  RelayBehaviour,
  startLocalRelay,
  type LocalRelay,
} from '../server/testing/localDrandRelay';
import { pdfQrCodes } from '../server/testing/pdfQrCodes';
import { pdfPageCount } from '../server/testing/pdfText';
import { setUpAdministrator, signIn } from '../server/testing/testServer';
import { expectAccessibleNow } from './harness/axe';
import {
  overflowingElements,
  removeFolder,
  signedInContext,
  startBrowserRun,
  type BrowserRun,
} from './harness/browser';
import { replaceText } from './harness/keyboard';
import { keepScreenshot } from './harness/screenshots';
import { verifyFiles } from './harness/verifierPage';

const PHONE = { width: 390, height: 844 };
const shots = fileURLToPath(new URL('../test-output/two-stages', import.meta.url));
const shot = (target: Page | Locator, name: string) =>
  keepScreenshot(target as Page, { path: join(shots, `${name}.png`), fullPage: true });
const ROWS = 100_000;
const INVITATIONS = 2_000;
const REGISTRANTS = 300;
const SEATS = 12;
const DEPARTEMENTS = ['01', '13', '29', '33', '35', '59', '67', '69', '75', '974'];
const AGES = ['16-34 ans', '35-59 ans', '60 ans et plus'];
/** Quicknet round 1000 (2023-08-23T15:59:24Z) seeds stage one, round 657413 (2023-09-15T11:00:03Z) stage two. */
const stageOneRound = drand.rounds.find((r) => r.round === 1000)!;
const round = drand.rounds.find((r) => r.round === 657413)!;

/** A synthetic electoral roll: names, postal addresses, an e-mail address on one row in three. */
function registerCsv(): string {
  const lines = [
    'civilité;nom;prénoms;adresse 1;adresse 2;code postal;commune;courriel;departement',
  ];
  for (let i = 0; i < ROWS; i++) {
    const departement = DEPARTEMENTS[i % DEPARTEMENTS.length]!;
    const postcode = departement === '974' ? '97400' : `${departement}100`;
    lines.push(
      [
        i % 2 === 0 ? 'Mme' : 'M.',
        `Électeur${i}`,
        `Prénom${i}`,
        `${(i % 97) + 1} rue de la République`,
        i % 5 === 0 ? `Bâtiment ${i % 7}` : '',
        postcode,
        `Commune ${departement}`,
        i % 3 === 0 ? `electeur${i}@exemple.fr` : '',
        departement,
      ].join(';'),
    );
  }
  return `${lines.join('\n')}\n`;
}

let files: string;
let relay: LocalRelay;
let run: BrowserRun;
let processId: string;
let cookie: string;
let organiser: BrowserContext;
let console_: Page;
let codes: string[];

beforeAll(async () => {
  files = mkdtempSync(join(tmpdir(), 'kleroterion-two-stages-'));
  mkdirSync(shots, { recursive: true });
  writeFileSync(join(files, 'registre.csv'), registerCsv());
  relay = await startLocalRelay(RelayBehaviour.Recorded);
  run = await startBrowserRun({
    clockStart: '2023-08-23T14:00:00Z',
    beacon: createHttpRelays({ urls: [relay.url], timeoutMs: 2_000 }),
    beaconTickMs: 50,
    // 300 registrations from one test machine: the per-connection limit is the server's option.
    registrationAttemptsPerWindow: 10_000,
  });
  await setUpAdministrator(run.server.client());
  const login = await signIn(run.server.client());
  cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  processId = run.server.app.ceremony.create({
    title: 'Convention citoyenne de la ville',
    seats: SEATS,
    alternates: 0,
  }).id;
  organiser = await signedInContext(run.browser, run.server.url, cookie, { viewport: PHONE });
  console_ = await organiser.newPage();
  await console_.goto(`${run.server.url}/organiser/p/${processId}`);
}, 180_000);

afterAll(async () => {
  await run?.close();
  await relay?.close();
  if (files !== undefined) removeFolder(files);
});

describe('two stages, end to end', () => {
  it('imports a 100,000-row register in the console, by département', async () => {
    const page = console_;
    await page.getByRole('heading', { name: 'Registre de l’étape 1 (les invitations)' }).waitFor();
    await page.getByLabel('Fichier du registre (CSV)').setInputFiles(join(files, 'registre.csv'));
    await replaceText(page, page.getByLabel('Colonne de strate (facultatif)'), 'departement');
    await page.getByRole('button', { name: 'Importer le registre' }).click();
    await page.getByText(/Registre importé : 100\s?000 lignes\./).waitFor({ timeout: 120_000 });
    const table = page.getByRole('table', { name: /Strates selon la colonne « departement »/ });
    expect(await table.locator('tbody tr').count()).toBe(DEPARTEMENTS.length);
    expect(await page.content()).not.toMatch(/Électeur\d|electeur\d+@/);
  }, 300_000);

  it('draws 2,000 invitations in the console: commit, reveal, draw', async () => {
    const page = console_;
    const section = page.locator('section', {
      has: page.getByRole('heading', { name: 'Tirage des invitations (étape 1)', exact: true }),
    });
    await replaceText(page, section.getByLabel('Nombre d’invitations'), String(INVITATIONS));
    // Proportional by default: 200 in each of the ten départements of 10,000 rows.
    await section.getByText(/Total : 2\s?000 invitations sur 2\s?000\./).waitFor();
    await replaceText(
      page,
      section.getByLabel('Numéro du tour drand (facultatif)'),
      String(stageOneRound.round),
    );
    await section.getByRole('button', { name: 'Publier l’engagement de l’étape 1' }).click();
    await page.getByRole('button', { name: 'Oui, publier l’engagement' }).click();
    const secret = ((await page.getByTestId('organiser-secret').textContent()) ?? '').trim();
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    await page
      .getByRole('button', { name: 'Masquer le secret sans l’avoir téléchargé ni copié' })
      .click();
    await replaceText(
      page,
      section.getByLabel('Valeur révélée : secret de l’organisateur'),
      secret,
    );
    await section.getByRole('button', { name: 'Révéler « secret de l’organisateur »' }).click();
    await section.getByText('« secret de l’organisateur » est révélée.').waitFor();
    // The round is produced: the server fetches it and checks it.
    run.server.clock.set('2023-08-23T16:00:00Z');
    await section.getByRole('button', { name: /^Récupérer le tour drand n° 1\s000$/ }).click();
    await section.getByText(/^Tour drand n° 1\s000 récupéré et vérifié\.$/).waitFor();
    await section.getByRole('button', { name: 'Tirer les invitations' }).click();
    await page.getByRole('button', { name: 'Confirmer le tirage' }).click();
    await section
      .getByText(/^2\s?000 invitations tirées ; le registre du tirage est vérifié\.$/)
      .waitFor({ timeout: 120_000 });
    const perStratum = await section
      .getByRole('table', { name: 'Invitations tirées par strate' })
      .locator('tbody tr')
      .allTextContents();
    expect(perStratum).toEqual(DEPARTEMENTS.map((d) => `${d}200`));
    await shot(section, '1-stage-one-drawn');
    // The register under a published commitment can no longer be replaced: the console says so.
    await page
      .getByText('Le tirage des invitations est engagé sur ce registre', { exact: false })
      .waitFor();
    expect(await page.getByRole('button', { name: 'Remplacer le registre' }).count()).toBe(0);
    expect(await overflowingElements(page)).toEqual([]);
  }, 300_000);

  it('generates the 2,000 letters: one page each, every QR code decoding to its own code', async () => {
    const page = console_;
    await replaceText(
      page,
      page.getByLabel('Condition d’inscription'),
      'J’ai 16 ans ou plus et je réside dans la ville',
    );
    await replaceText(
      page,
      page.getByLabel('Attributs demandés (facultatif)'),
      `genre : femme | homme\nâge : ${AGES.join(' | ')}`,
    );
    await page.getByRole('button', { name: 'Enregistrer le formulaire' }).click();
    await page.getByText('Formulaire d’inscription enregistré.').waitFor();
    await replaceText(
      page,
      page.getByLabel('Description du processus pour la lettre'),
      'La ville réunit une convention de citoyennes et de citoyens tirés au sort.',
    );
    await replaceText(page, page.getByLabel('Expéditeur des lettres'), 'La mairie');
    const download = page.waitForEvent('download', { timeout: 120_000 });
    await page
      .getByRole('button', { name: 'Émettre les codes et télécharger les lettres (PDF)' })
      .click();
    const pdfPath = join(files, 'lettres.pdf');
    await (await download).saveAs(pdfPath);
    await page.getByText('Lettres téléchargées ; les codes ont été émis.').waitFor();
    const pdf = readFileSync(pdfPath);
    expect(pdfPageCount(pdf)).toBe(INVITATIONS);
    const links = pdfQrCodes(pdf).map((text) => new URL(text));
    expect(links).toHaveLength(INVITATIONS);
    for (const link of links) expect(link.pathname).toBe('/inscription');
    codes = links.map((link) => link.searchParams.get('code') as string);
    // One code a letter, each a different one, and every one of them issued by the server.
    expect(new Set(codes).size).toBe(INVITATIONS);
    const issued = run.server.db
      .prepare('SELECT COUNT(*) FROM registration_codes WHERE process_id = ?')
      .pluck()
      .get(processId);
    expect(issued).toBe(INVITATIONS);
  }, 300_000);

  it('registers 300 invitees through the public page at 390 px', async () => {
    /** One invitee's registration, from the QR code's link to the confirmation. */
    const registerOne = async (page: Page, i: number) => {
      await page.goto(`${run.server.url}/inscription?code=${codes[i]}`, {
        waitUntil: 'domcontentloaded',
      });
      await page.getByRole('button', { name: 'Continuer' }).click();
      await page.getByLabel(/Je confirme : J’ai 16 ans ou plus et je réside dans la ville/).check();
      await page.getByRole('button', { name: 'Continuer' }).click();
      await page.getByLabel(/Nom et prénom/).fill(`Inscrite Numéro${i}`);
      await page.getByLabel(/Adresse électronique/).fill(`inscrit${i}@exemple.fr`);
      await page.getByLabel(i % 2 === 0 ? 'femme' : 'homme', { exact: true }).check();
      await page.getByLabel(AGES[i % AGES.length]!, { exact: true }).check();
      await page.getByLabel(/J’accepte que ces informations/).check();
      await page.getByRole('button', { name: 'M’inscrire' }).click();
      await page.getByRole('heading', { name: 'Votre inscription est enregistrée' }).waitFor();
    };
    // Three invitees at a time, each in their own browser (pages of one browser are throttled when in the
    // background), every tenth invitee's letter skipped.
    const chosen = Array.from({ length: REGISTRANTS }, (_, n) => Math.floor(n / 9) * 10 + (n % 9));
    const visitors = await Promise.all(
      [1, 2, 3].map(() => run.browser.newContext({ viewport: PHONE })),
    );
    const pages = await Promise.all(visitors.map((visitor) => visitor.newPage()));
    await Promise.all(
      pages.map(async (page, lane) => {
        for (let n = lane; n < chosen.length; n += pages.length)
          await registerOne(page, chosen[n]!);
      }),
    );
    await expectAccessibleNow(pages[0]!, 'registration confirmed');
    await shot(pages[0]!, '2-registered');
    expect(await overflowingElements(pages[0]!)).toEqual([]);
    await Promise.all(visitors.map((visitor) => visitor.close()));
    const registered = run.server.db
      .prepare('SELECT COUNT(*) FROM registrations WHERE process_id = ?')
      .pluck()
      .get(processId);
    expect(registered).toBe(REGISTRANTS);
  }, 1_200_000);

  it('closes registration: the 300 become the stage-two pool, by register id', async () => {
    const page = console_;
    await page.reload();
    await page
      .getByRole('button', { name: 'Clôturer les inscriptions et constituer le vivier' })
      .click();
    await page.getByText(/Inscriptions closes le/).waitFor();
    expect(run.server.app.ceremony.state(processId).pool?.size).toBe(REGISTRANTS);
  }, 120_000);

  it('runs a stratified stage-two draw from the console', async () => {
    const page = console_;
    writeFileSync(
      join(files, 'quotas.csv'),
      `category,feature,min,max\ngenre,femme,6,6\ngenre,homme,6,6\n${AGES.map((age) => `âge,${age},3,5`).join('\n')}\n`,
    );
    await page.getByLabel('Fichier des quotas (CSV)').setInputFiles(join(files, 'quotas.csv'));
    await page.getByRole('button', { name: 'Importer les quotas' }).click();
    await page.getByRole('table', { name: 'Quotas importés (quotas.csv)' }).waitFor();
    await replaceText(page, page.getByLabel('Nombre de panels (M)'), '50');
    await page.getByRole('button', { name: 'Calculer la loterie' }).click();
    await page.getByText('Loterie calculée et enregistrée.').waitFor({ timeout: 120_000 });
    await page.getByLabel('Tirage stratifié (un panel de la loterie calculée)').check();
    await replaceText(
      page,
      page.getByLabel('Numéro du tour drand (facultatif)'),
      String(round.round),
    );
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Oui, engager le tirage stratifié' }).click();
    const secret = (
      await page.getByTestId('organiser-secret').textContent({ timeout: 20_000 })
    )?.trim();
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    const commitment = run.server.app.ceremony.state(processId).commitment?.commitment;
    expect(commitment?.protocol).toBe('kleroterion-stratified/1');
    const link = (commitment as { stageOne?: StageOneLink } | undefined)?.stageOne;
    expect(link?.responses.reduce((n, r) => n + r.registered, 0)).toBe(REGISTRANTS);

    // Three weeks on, the round is produced: the organiser signs in again (sessions last 8 hours).
    run.server.clock.set('2023-09-15T11:00:10Z');
    const again = await signIn(run.server.client());
    const fresh = (again.headers.get('set-cookie') ?? '').split(';')[0]!;
    await organiser.addCookies([
      { name: 'kl_session', value: fresh.split('=')[1]!, url: run.server.url },
    ]);
    await page.reload();
    await page.getByText('récupéré automatiquement').first().waitFor({ timeout: 20_000 });
    await page.getByLabel('Valeur révélée : secret de l’organisateur').fill(secret!);
    await page.getByRole('button', { name: 'Révéler « secret de l’organisateur »' }).click();
    await page.getByRole('button', { name: 'Tirer au sort' }).click();
    await page.getByRole('button', { name: 'Confirmer le tirage' }).click();
    await expect
      .poll(() => run.server.app.ceremony.state(processId).record !== undefined, {
        timeout: 20_000,
      })
      .toBe(true);
  }, 300_000);

  it('verifies both stages and the link between them, in the browser and with the command line', async () => {
    const base = `${run.server.url}/api/public/processes/${processId}`;
    const stageTwo = join(files, 'tirage.json');
    const stageOne = join(files, 'etape-1.json');
    writeFileSync(stageTwo, await (await fetch(`${base}/record.json`)).text());
    writeFileSync(stageOne, await (await fetch(`${base}/stage-one.json`)).text());

    // The process's public page shows both stages: the invitations and registrations, then the panel.
    const visitor = await run.browser.newPage({ viewport: PHONE });
    await visitor.goto(`${run.server.url}/p/${processId}`);
    await visitor
      .getByRole('heading', { name: 'Étape 1 : les invitations tirées au sort' })
      .waitFor();
    await visitor
      .getByText(
        /^2\s000 personnes ont été invitées par un premier tirage au sort dans le registre\. Inscriptions : 300\./,
      )
      .waitFor();
    expect(await overflowingElements(visitor)).toEqual([]);
    await shot(visitor, '3-public-page');
    await visitor.close();

    const page = await verifyFiles(
      run.browser,
      run.server.url,
      { record: stageTwo, stageOne },
      PHONE,
    );
    await expect
      .poll(() => page.getByRole('status').textContent(), { timeout: 60_000 })
      .toMatch(/vérifié/);
    expect(await page.locator('li.check.failed').count()).toBe(0);
    for (const check of [
      'stage-one-link',
      'stage-one-record-hash',
      'stage-one-responses',
      'stage-one-selected',
    ])
      expect(await page.locator(`li[data-check="${check}"]`).count()).toBe(1);
    expect(await page.locator('li[data-check^="stage-one/"]').count()).toBeGreaterThan(10);
    expect(await overflowingElements(page)).toEqual([]);
    await expectAccessibleNow(page, 'verifier, both stages');
    await shot(page, '4-verified');

    const cli = await runScript('verify', [stageTwo, '--stage-one', stageOne]);
    expect(cli.stderr).toBe('');
    expect(cli.code).toBe(0);
    expect(cli.stdout).toMatch(/stage-one-selected/);
    expect(cli.stdout).not.toMatch(/FAIL/);
  }, 120_000);
});
