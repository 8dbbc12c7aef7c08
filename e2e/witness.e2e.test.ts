import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import drand from '../fixtures/vectors/drand-quicknet.json';
import timelockVector from '../fixtures/vectors/kleroterion-timelock-1.json';
import { canonicalize } from '../shared/crypto/jcs';
import { sha256HexOfText } from '../shared/crypto/hash';
import { commitmentHashOf } from '../shared/lottery/seed';
import { readTlockStanza } from '../shared/lottery/timelock';
import { openTimelock } from '../shared/lottery/timelockOpen';
import { quicknetFirstRoundAfter } from '../shared/lottery/drand';
import { scratchFolder } from '../scripts/testing/runScript';
import { createProcessWithVolunteers, numberedVolunteers } from '../server/testing/ceremonyFixture';
import { data, setUpAdministrator, TEST_ADMINISTRATOR } from '../server/testing/testServer';
import { expectAccessible, expectAccessibleNow } from './harness/axe';
import { sealTimelock } from '../client/src/witness/sealTimelock';
import { hasNoHorizontalOverflow, startBrowserRun, type BrowserRun } from './harness/browser';
import { keepScreenshot } from './harness/screenshots';

const shots = fileURLToPath(new URL('../test-output/witness', import.meta.url));
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const round = drand.rounds[0]!; // 657413, produced at 2023-09-15T11:00:03Z

let run: BrowserRun;
let browser: Browser;
let processId: string;
let organiser: ReturnType<BrowserRun['server']['client']>;
/** A witness secret made by the page in the first test, then committed by the organiser. */
let pageSecret: string | undefined;
const folder = scratchFolder();

beforeAll(async () => {
  // The server's clock starts an hour before drand round 657413.
  run = await startBrowserRun({ clockStart: '2023-09-15T10:00:00Z' });
  browser = run.browser;
  mkdirSync(shots, { recursive: true });
  organiser = run.server.client();
  data(await setUpAdministrator(organiser, 'fixture password 42'));
  processId = await createProcessWithVolunteers(
    organiser,
    { title: 'Budget participatif', seats: 3, alternates: 1 },
    numberedVolunteers(12),
  );
}, 180_000);

afterAll(async () => {
  await run?.close();
  folder.dispose();
});

/** Opens `path` in a fresh context and records every request the page makes, with its body. */
async function openWitness(
  path: string,
  viewport = DESKTOP,
): Promise<{ page: Page; context: BrowserContext; sent: string[] }> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: run.server.url,
  });
  const page = await context.newPage();
  const sent: string[] = [];
  page.on('request', (request) => sent.push(`${request.url()}\n${request.postData() ?? ''}`));
  page.on('websocket', (socket) =>
    socket.on('framesent', (frame) => sent.push(String(frame.payload))),
  );
  await page.goto(`${run.server.url}${path}`);
  await page.getByRole('heading', { level: 1, name: 'Espace témoin' }).waitFor();
  return { page, context, sent };
}

const noHorizontalOverflow = (page: Page) => hasNoHorizontalOverflow(page);

describe('witness page (/temoin)', () => {
  it('is linked from the home page', async () => {
    const page = await browser.newPage();
    await page.goto(run.server.url);
    await page.getByRole('main').getByRole('link', { name: 'Témoin d’un tirage' }).click();
    await page.getByRole('heading', { level: 1, name: 'Espace témoin' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/temoin');
    await page.close();
  });

  for (const viewport of [PHONE, DESKTOP]) {
    it(`makes a secret in the browser, copies, downloads and prints it, and sends nothing (${viewport.width} px)`, async () => {
      const { page, context, sent } = await openWitness('/temoin', viewport);
      await page.getByRole('button', { name: 'Créer un secret' }).click();
      await page.getByTestId('witness-made').waitFor();
      const secret = (await page.getByTestId('witness-secret').textContent()) as string;
      const hash = (await page.getByTestId('witness-hash').textContent()) as string;
      expect(secret).toMatch(/^[0-9a-f]{64}$/);
      // The fingerprint is exactly what the protocol hashes: SHA-256 of the secret's UTF-8 text.
      expect(hash).toBe(sha256HexOfText(secret));
      expect(await page.getByRole('status').first().textContent()).toMatch(
        /Secret créé le .* heure de Paris\./,
      );

      await page.getByRole('button', { name: 'Copier l’empreinte' }).click();
      await page.getByText('Empreinte copiée.').waitFor();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(hash);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Télécharger mon secret' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`temoin-secret-${hash.slice(0, 8)}.txt`);
      const file = readFileSync((await download.path()) as string, 'utf8');
      expect(file).toContain(`Secret : ${secret}`);
      expect(file).toContain(`Empreinte (SHA-256) : ${hash}`);

      expect(await noHorizontalOverflow(page)).toBe(true);
      await keepScreenshot(page, {
        path: `${shots}/temoin-secret-${viewport.width}.png`,
        fullPage: true,
      });

      // The printed sheet holds the secret, its fingerprint, the date and the instructions, and nothing else.
      await page.emulateMedia({ media: 'print' });
      const sheet = page.getByTestId('witness-sheet');
      expect(await sheet.isVisible()).toBe(true);
      expect(await sheet.textContent()).toContain(secret);
      expect(await sheet.textContent()).toContain(hash);
      expect(await sheet.textContent()).toMatch(/Créé le.*heure de Paris/);
      expect(await page.getByRole('button', { name: 'Créer un autre secret' }).isVisible()).toBe(
        false,
      );
      expect(
        await page
          .getByRole('heading', { name: '2. Vérifier mon secret avant de le révéler' })
          .isVisible(),
      ).toBe(false);
      await keepScreenshot(page, {
        path: `${shots}/temoin-print-${viewport.width}.png`,
        fullPage: true,
      });
      await page.emulateMedia({ media: 'screen' });

      // Checking the secret against a fingerprint copied by hand, from the downloaded file.
      const hashField = page.getByLabel('Empreinte publiée dans l’engagement');
      await hashField.fill(hash);
      await page
        .getByLabel('Ou le fichier de votre secret')
        .setInputFiles(folder.write(`secret-${viewport.width}.txt`, file));
      await expect
        .poll(() => page.getByTestId('witness-verdict').textContent())
        .toContain('Ce secret correspond à l’empreinte publiée.');
      await page.getByRole('textbox', { name: 'Votre secret', exact: true }).fill('0'.repeat(64));
      await page.getByRole('button', { name: 'Vérifier', exact: true }).click();
      await expect
        .poll(() => page.getByTestId('witness-verdict').textContent())
        .toContain('Ce secret ne correspond à aucun engagement');

      // Nothing the page made left the browser: no request, no socket frame carries the secret.
      expect(sent.length).toBeGreaterThan(0);
      expect(sent.filter((line) => line.includes(secret))).toEqual([]);
      expect(sent.filter((line) => line.includes(hash))).toEqual([]);
      pageSecret ??= secret;
      await context.close();
    });
  }

  it('checks the secret against the process’s commitment, naming the witness (linked from the public page)', async () => {
    data(
      await organiser.post(`/api/processes/${processId}/commit`, {
        witnesses: [
          {
            label: 'Camille Martin (mairie)',
            commitment: sha256HexOfText(pageSecret as string),
            optional: false,
          },
        ],
        drandRound: round.round,
      }),
    );
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    const sent: string[] = [];
    page.on('request', (request) => sent.push(`${request.url()}\n${request.postData() ?? ''}`));
    await page.goto(`${run.server.url}/p/${processId}`);
    await page
      .getByRole('link', { name: 'Vous êtes témoin de ce tirage ? Créez ou vérifiez votre secret' })
      .click();
    await page.getByText('Vous êtes témoin du processus « Budget participatif ».').waitFor();
    // The process's commitment replaces the fingerprint field.
    expect(await page.getByLabel('Empreinte publiée dans l’engagement').count()).toBe(0);
    await page
      .getByRole('textbox', { name: 'Votre secret', exact: true })
      .fill(`  ${pageSecret as string}\n`);
    await page.getByRole('button', { name: 'Vérifier', exact: true }).click();
    await expect
      .poll(() => page.getByTestId('witness-verdict').textContent())
      .toContain('Ce secret correspond à l’engagement du témoin « Camille Martin (mairie) ».');
    expect(await noHorizontalOverflow(page)).toBe(true);
    await keepScreenshot(page, { path: `${shots}/temoin-verifie-390.png`, fullPage: true });
    expect(sent.filter((line) => line.includes(pageSecret as string))).toEqual([]);
    await context.close();
  });

  it('seals a contribution to a future round in the browser; the recorded round’s signature opens it', async () => {
    const { page, context, sent } = await openWitness(`/temoin?tour=${round.round}`, PHONE);
    // The browser believes it is an hour before round 657413, as the server does.
    await page.clock.setFixedTime(new Date('2023-09-15T10:00:00Z'));
    expect(await page.getByLabel('Numéro du tour drand').inputValue()).toBe(String(round.round));
    // French numbers group digits with a narrow no-break space: compare with whitespace collapsed.
    const spaced = (text: string | null) => (text ?? '').replace(/\s+/g, ' ');
    await expect
      .poll(async () => spaced(await page.locator('.hint', { hasText: 'Le tour' }).textContent()))
      .toContain('Le tour n° 657 413 sera produit le 15 septembre 2023 à 13:00, heure de Paris.');
    const scriptsBefore = sent.filter((line) => /\.js\n/.test(line)).length;
    await page.getByRole('button', { name: /^Sceller pour le tour n°\s657\s413$/ }).click();
    const ciphertext = await page.getByTestId('witness-ciphertext').inputValue();
    // tlock was loaded on demand, not with the page.
    expect(sent.filter((line) => /\.js\n/.test(line)).length).toBeGreaterThan(scriptsBefore);
    expect(readTlockStanza(ciphertext)).toEqual({ round: round.round, chainHash: drand.chainHash });
    const opened = await openTimelock(ciphertext, round.round, round.signature);
    expect(opened).toMatchObject({ ok: true, plaintext: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(sent.filter((line) => line.includes(ciphertext.split('\n')[1] as string))).toEqual([]);
    expect(await noHorizontalOverflow(page)).toBe(true);
    await expectAccessibleNow(page, 'witness sealed 390');
    await keepScreenshot(page, { path: `${shots}/temoin-scelle-390.png`, fullPage: true });

    // A round already produced would hide nothing: the page refuses it.
    await page.getByLabel('Numéro du tour drand').fill('1000');
    await page.getByRole('button', { name: /^Sceller pour le tour n°\s1\s000$/ }).click();
    await expect
      .poll(async () => spaced(await page.getByTestId('witness-seal-problem').textContent()))
      .toMatch(/^Le tour n° 1 000 est déjà produit \(23 août 2023 à \d\d:\d\d, heure de Paris\)/);
    await context.close();
  });

  it('a future round at the real date is offered, and both widths pass axe', async () => {
    const next = quicknetFirstRoundAfter(Date.now() / 1000 + 3600);
    for (const viewport of [PHONE, DESKTOP]) {
      const { page, context } = await openWitness(`/temoin?tour=${next}`, viewport);
      await expectAccessible(browser, page, `witness page ${viewport.width}`, undefined, {
        viewport,
      });
      await keepScreenshot(page, { path: `${shots}/temoin-${viewport.width}.png`, fullPage: true });
      await context.close();
    }
  });
});

describe('browser verifier: a record with a timelock source', () => {
  it('decrypts the sealed witness with the recorded round and verifies the draw', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await page.goto(`${run.server.url}/verifier`);
    await page
      .getByLabel('Fichier publié (JSON)')
      .setInputFiles(folder.write('timelock.json', `${canonicalize(timelockVector.record)}\n`));
    await page.getByRole('button', { name: 'Vérifier' }).click();
    await expect
      .poll(() => page.getByRole('status').textContent(), { timeout: 15_000 })
      .toMatch(/Tirage vérifié : les \d+ contrôles sont réussis/);
    expect(await page.locator('li[data-check="source-1"]').textContent()).toContain('Réussi');
    expect(await page.getByTestId('artefact-kind').textContent()).toBe(
      'Fichier reconnu : registre d’un tirage au sort (kleroterion-draw/2).',
    );

    // Relabelled kleroterion-draw/1 (hash recomputed), the timelock source is refused by its protocol rule.
    const relabelled = structuredClone(timelockVector.record);
    relabelled.protocol = 'kleroterion-draw/1';
    relabelled.commitment.protocol = 'kleroterion-draw/1';
    relabelled.commitmentHash = commitmentHashOf(relabelled.commitment);
    await page
      .getByLabel('Fichier publié (JSON)')
      .setInputFiles(folder.write('timelock-v1.json', `${canonicalize(relabelled)}\n`));
    await page.getByRole('button', { name: 'Vérifier' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/Tirage NON valide/);
    const structure = page.locator('li[data-check="record-structure"]');
    expect(await structure.textContent()).toContain('Échec');
    expect(await structure.textContent()).toContain(
      'a timelock source needs protocol kleroterion-draw/2',
    );
    await structure.locator('summary').click();
    await keepScreenshot(page, { path: `${shots}/verifier-timelock-v1-1280.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(
      true,
    );
    await keepScreenshot(page, { path: `${shots}/verifier-timelock-v1-390.png`, fullPage: true });
    await page.setViewportSize(DESKTOP);

    const tampered = structuredClone(timelockVector.record);
    tampered.values[1] = 'f'.repeat(64);
    await page
      .getByLabel('Fichier publié (JSON)')
      .setInputFiles(folder.write('timelock-bad.json', `${canonicalize(tampered)}\n`));
    await page.getByRole('button', { name: 'Vérifier' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/Tirage NON valide/);
    expect(await page.locator('li[data-check="source-1"]').textContent()).toContain('Échec');
    await keepScreenshot(page, { path: `${shots}/verifier-timelock-1280.png`, fullPage: true });
    await context.close();
  });
});

describe('organiser console: a timelocked witness', () => {
  it('commits a sealed contribution pasted into the form, opens it with the round, and the public page verifies', async () => {
    const id = await createProcessWithVolunteers(
      organiser,
      { title: 'Jury scellé', seats: 3, alternates: 0 },
      numberedVolunteers(10),
    );
    const ciphertext = await sealTimelock('contribution de Camille', round.round);
    // Desktop width: at 390 px the console's "Publier l’engagement" click did not submit in this harness,
    // with a plain hashed witness as well (not specific to timelocks; reported for the console's owner).
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await page.goto(`${run.server.url}/organiser/p/${id}`);
    // A fresh browser has no session: the console asks for the organiser's password first.
    await page.getByRole('heading', { name: 'Connexion à la console' }).waitFor();
    await page.getByLabel('Adresse e-mail').fill(TEST_ADMINISTRATOR.email);
    await page.getByLabel('Mot de passe', { exact: true }).fill('fixture password 42');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('button', { name: 'Ajouter un témoin' }).click();
    await page.getByLabel('Nom du témoin 1').fill('Camille');
    // The design system's radio lies under its label, which takes the click, as it does a person's.
    const sealedKind = page.getByLabel('Contribution scellée pour le tour drand (texte chiffré)');
    await page
      .locator('label', { hasText: 'Contribution scellée pour le tour drand (texte chiffré)' })
      .click();
    expect(await sealedKind.isChecked()).toBe(true);
    const sealed = page.getByLabel('Texte chiffré du témoin n° 1');
    // Sealed to round 657413 but no round given: the form asks for that exact round first.
    await sealed.fill(ciphertext);
    await page.getByRole('button', { name: 'Publier l’engagement' }).click();
    await page
      .getByText(/est scellée pour un tour précis : indiquez ce numéro de tour drand/)
      .first()
      .waitFor();
    await page.getByLabel('Numéro du tour drand (facultatif)').fill(String(round.round));
    expect(await noHorizontalOverflow(page)).toBe(true);
    await expectAccessibleNow(page, 'console timelock witness');
    await keepScreenshot(page.locator('fieldset.witness'), {
      path: `${shots}/console-temoin-scelle-1280.png`,
    });
    await page.getByRole('button', { name: 'Publier l’engagement' }).click();
    await page.getByRole('button', { name: 'Oui, publier l’engagement' }).click();
    const secret = ((await page.getByTestId('organiser-secret').textContent()) ?? '').trim();
    expect(run.server.app.ceremony.state(id).commitment?.commitment.sources[1]).toMatchObject({
      label: 'witness: Camille',
      timelock: { round: round.round, ciphertext: `${ciphertext.trim()}\n` },
    });

    await page.getByLabel('Valeur révélée : secret de l’organisateur').fill(secret);
    await page.getByRole('button', { name: 'Révéler « secret de l’organisateur »' }).click();
    const witness = 'témoin : Camille (contribution scellée)';
    await page.getByLabel(`Signature drand : ${witness}`).fill(round.signature);
    await page.getByRole('button', { name: `Révéler « ${witness} »` }).click();
    await expect
      .poll(() => run.server.app.ceremony.state(id).values[1])
      .toBe('contribution de Camille');
    await page.getByLabel(/^Signature drand : tour drand quicknet n°/).fill(round.signature);
    await page.getByRole('button', { name: /^Révéler « tour drand quicknet n°/ }).click();
    await page.getByRole('button', { name: 'Tirer au sort' }).click();
    await page.getByRole('button', { name: 'Confirmer le tirage' }).click();
    await expect.poll(() => run.server.app.ceremony.state(id).status).toBe('drawn');

    await page.goto(`${run.server.url}/p/${id}`);
    await page.getByRole('button', { name: 'Vérifier dans mon navigateur' }).click();
    const verdict = page.getByTestId('publication-verdict');
    await verdict.waitFor({ timeout: 30_000 });
    expect(await verdict.textContent()).toMatch(
      /Tout est vérifié : les \d+ contrôles sont réussis/,
    );
    await context.close();
  });
});
