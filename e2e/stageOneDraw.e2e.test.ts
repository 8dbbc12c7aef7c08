import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import drand from '../fixtures/vectors/drand-quicknet.json';
import { sha256HexOfText } from '../shared/crypto/hash';
import { verifyInvitations } from '../shared/invitations/verifyInvitations';
import { quicknetRoundTime } from '../shared/lottery/drand';
import { commitmentHashOf } from '../shared/lottery/seed';
import { verifyRecord } from '../shared/lottery/verifyRecord';
import { createHttpRelays } from '../server/beacon/httpRelays';
import {
  RelayBehaviour,
  startLocalRelay,
  type LocalRelay,
} from '../server/testing/localDrandRelay';
import { data, setUpAdministrator, signIn } from '../server/testing/testServer';
import { expectAccessibleNow } from './harness/axe';
import {
  overflowingElements,
  signedInContext,
  startBrowserRun,
  type BrowserRun,
} from './harness/browser';

// Round 657413 is produced at 2023-09-15T11:00:03Z; the server's clock stands at 10:00 until moved.
const round = drand.rounds[0]!;
/** The round's number as the French pages write it (657 413). */
const roundFr = new Intl.NumberFormat('fr-FR').format(round.round);
const SAMPLE = readFileSync(new URL('../fixtures/register/register-sample.csv', import.meta.url));

let run: BrowserRun;
let relay: LocalRelay;
let processId: string;
let cookie: string;

beforeAll(async () => {
  relay = await startLocalRelay(RelayBehaviour.Recorded, {
    isAvailable: (n) => run.server.clock.now().getTime() >= quicknetRoundTime(n) * 1000,
  });
  run = await startBrowserRun({ beacon: createHttpRelays({ urls: [relay.url], timeoutMs: 2000 }) });
  const { server } = run;
  await setUpAdministrator(server.client());
  const login = await signIn(server.client());
  cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  processId = server.app.ceremony.create({ title: 'Convention', seats: 2, alternates: 0 }).id;
  const organiser = server.client();
  await signIn(organiser);
  data(
    await organiser.post(`/api/processes/${processId}/register?stratum=departement`, SAMPLE, {
      headers: { 'x-file-name': 'registre.csv' },
    }),
  );
});
afterAll(async () => {
  await run?.close();
  await relay?.close();
});

/** Focuses a field by its label and types into it, as a keyboard user does. */
async function typeInto(page: Page, label: string | RegExp, text: string) {
  await page.getByLabel(label).focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text);
}

/** Moves the focus to a button by its name and presses Enter. */
async function press(page: Page, name: string | RegExp) {
  await page.getByRole('button', { name }).focus();
  await page.keyboard.press('Enter');
}

describe('stage one drawn from the organiser console', () => {
  it('commits, reveals and draws the invitations of a stratified register from the keyboard at 390 px', async () => {
    const context = await signedInContext(run.browser, run.server.url, cookie, {
      viewport: { width: 390, height: 844 },
    });
    const page = await context.newPage();
    await page.goto(`${run.server.url}/organiser/p/${processId}`);
    const section = page.locator('section', {
      has: page.getByRole('heading', { name: 'Tirage des invitations (étape 1)', exact: true }),
    });
    await section.getByLabel('Nombre d’invitations').waitFor();
    await typeInto(page, 'Nombre d’invitations', '4');
    // The upload of a draw made elsewhere is offered until stage one is committed here.
    const upload = page.getByLabel('Tirage des invitations (fichier JSON)');
    expect(await upload.count()).toBe(1);

    // The proportional allocation, stratum by stratum, before anything is committed.
    const allocation = section.getByRole('table', { name: 'Invitations par strate' });
    await expect
      .poll(() => allocation.locator('tbody tr').allTextContents())
      .toEqual(['1321', '6932', '7531']);
    await section.getByText('Total : 4 invitations sur 4.').waitFor();

    // The organiser's own numbers must add up to k: refused in the form, nothing sent.
    await section
      .getByLabel('Proportionnelle à la taille de chaque strate (plus forts restes)')
      .focus();
    await page.keyboard.press('ArrowDown');
    await typeInto(page, 'Invitations pour la strate 13', '1');
    await typeInto(page, 'Invitations pour la strate 69', '1');
    await typeInto(page, 'Invitations pour la strate 75', '1');
    await typeInto(page, 'Numéro du tour drand (facultatif)', String(round.round));
    await press(page, 'Publier l’engagement de l’étape 1');
    await section
      .getByText(
        'La répartition totalise 3 invitations ; elle doit en totaliser 4, le nombre d’invitations.',
      )
      .first()
      .waitFor();
    await section.getByLabel('Fixée par vous, strate par strate').focus();
    await page.keyboard.press('ArrowUp');
    await press(page, 'Publier l’engagement de l’étape 1');
    await press(page, 'Oui, publier l’engagement');

    // The secret, once, with the focus on it.
    const secretHeading = page.getByRole('heading', {
      name: 'Secret de l’organisateur : à conserver maintenant',
    });
    await secretHeading.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    const secret = (await page.getByTestId('organiser-secret').textContent()) ?? '';
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    await section.getByText('Engagement de l’étape 1 publié.').waitFor();
    await press(page, 'Masquer le secret sans l’avoir téléchargé ni copié');
    await section.getByRole('heading', { name: 'Révéler les sources' }).waitFor();
    expect(await page.content()).not.toContain(secret);
    await expect.poll(() => upload.count()).toBe(0);

    // Public at once: the process's page shows the commitment and its hash before any value exists.
    const visitor = await run.browser.newContext({ viewport: { width: 390, height: 844 } });
    const publicPage = await visitor.newPage();
    await publicPage.goto(`${run.server.url}/p/${processId}`);
    await publicPage
      .getByRole('heading', { name: 'Étape 1 : le tirage des invitations est engagé' })
      .waitFor();
    await publicPage
      .getByText(
        `4 invitations seront tirées au sort dans le registre, après le tour drand n° ${roundFr}.`,
        {
          exact: false,
        },
      )
      .waitFor();
    const commitmentFile = await (
      await fetch(`${run.server.url}/api/public/processes/${processId}/stage-one-commitment.json`)
    ).text();
    const hash = commitmentHashOf(JSON.parse(commitmentFile));
    await press(publicPage, 'Détails techniques');
    await publicPage.getByText(hash).waitFor();
    expect(await overflowingElements(publicPage)).toEqual([]);
    await expectAccessibleNow(publicPage, 'public page with stage one committed');
    await visitor.close();

    // A wrong secret is refused by name; the right one is revealed.
    await typeInto(page, 'Valeur révélée : secret de l’organisateur', 'pas le bon secret');
    await press(page, 'Révéler « secret de l’organisateur »');
    await section
      .getByRole('link', { name: /secret de l’organisateur/ })
      .first()
      .waitFor();
    await typeInto(page, 'Valeur révélée : secret de l’organisateur', secret);
    await press(page, 'Révéler « secret de l’organisateur »');
    await section.getByText('« secret de l’organisateur » est révélée.').waitFor();

    // The round once produced, fetched by the server.
    run.server.clock.advance(2 * 3600 * 1000);
    await press(page, `Récupérer le tour drand n° ${roundFr}`);
    await section.getByText(`Tour drand n° ${roundFr} récupéré et vérifié.`).waitFor();

    await press(page, 'Tirer les invitations');
    await press(page, 'Confirmer le tirage');
    const drawn = section.getByRole('heading', { name: 'Invitations tirées' });
    await drawn.waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Invitations tirées');
    await section.getByText('4 invitations tirées ; le registre du tirage est vérifié.').waitFor();
    expect(
      await section
        .getByRole('table', { name: 'Invitations tirées par strate' })
        .locator('tbody tr')
        .allTextContents(),
    ).toEqual(['131', '692', '751']);
    // The registration section reads the kept draw at once.
    const responses = page.getByRole('table', {
      name: 'Réponses par strate : invités et inscrits',
    });
    await expect.poll(() => responses.locator('tbody tr').count()).toBe(3);

    const record = JSON.parse(
      await (
        await fetch(`${run.server.url}/api/public/processes/${processId}/stage-one.json`)
      ).text(),
    ) as unknown;
    expect(verifyInvitations(record).ok).toBe(true);
    expect((record as { commitmentHash: string }).commitmentHash).toBe(hash);
    expect(await page.content()).not.toMatch(/Martin|Lilas|example\.org/);
    expect(await overflowingElements(page)).toEqual([]);
    await expectAccessibleNow(page, 'console with stage one drawn');
    await context.close();
  });

  it('draws an unstratified register with a witness, the round pasted by hand', async () => {
    run.server.clock.set('2023-09-15T10:00:00Z');
    const organiser = run.server.client();
    await signIn(organiser);
    const id = run.server.app.ceremony.create({ title: 'Sans strate', seats: 2, alternates: 0 }).id;
    data(
      await organiser.post(`/api/processes/${id}/register`, SAMPLE, {
        headers: { 'x-file-name': 'registre.csv' },
      }),
    );
    const context = await signedInContext(run.browser, run.server.url, cookie, {
      viewport: { width: 390, height: 844 },
    });
    const page = await context.newPage();
    await page.goto(`${run.server.url}/organiser/p/${id}`);
    const section = page.locator('section', {
      has: page.getByRole('heading', { name: 'Tirage des invitations (étape 1)', exact: true }),
    });
    await section
      .getByText(
        'Le registre n’a pas de strate : les invitations sont tirées parmi ses 8 entrées (kleroterion-draw/1).',
      )
      .waitFor();
    await typeInto(page, 'Nombre d’invitations', '3');
    await press(page, 'Ajouter un témoin');
    // kleroterion-invitations/1 takes no timelocked contribution: the console offers none.
    expect(await section.getByRole('radio', { name: /scellée/ }).count()).toBe(0);
    await typeInto(page, 'Nom du témoin 1', 'Huissier');
    await typeInto(page, 'Empreinte SHA-256 du témoin 1', sha256HexOfText('secret du témoin'));
    await typeInto(page, 'Numéro du tour drand (facultatif)', String(round.round));
    await press(page, 'Publier l’engagement de l’étape 1');
    await press(page, 'Oui, publier l’engagement');
    const secret = (await page.getByTestId('organiser-secret').textContent()) ?? '';
    await press(page, 'Masquer le secret sans l’avoir téléchargé ni copié');

    await typeInto(page, 'Valeur révélée : secret de l’organisateur', secret);
    await press(page, 'Révéler « secret de l’organisateur »');
    await section.getByText('« secret de l’organisateur » est révélée.').waitFor();
    await typeInto(page, 'Valeur révélée : témoin : Huissier', 'secret du témoin');
    await press(page, 'Révéler « témoin : Huissier »');
    await section.getByText('« témoin : Huissier » est révélée.').waitFor();
    run.server.clock.advance(2 * 3600 * 1000);
    await section.getByText('Coller la signature à la main').focus();
    await page.keyboard.press('Enter');
    const drandLabel = `tour drand quicknet n° ${roundFr}`;
    await typeInto(page, `Signature drand : ${drandLabel}`, round.signature);
    await press(page, `Révéler « ${drandLabel} »`);
    await section.getByText(`« ${drandLabel} » est révélée.`).waitFor();

    await press(page, 'Tirer les invitations');
    await press(page, 'Confirmer le tirage');
    await section.getByText('3 invitations tirées ; le registre du tirage est vérifié.').waitFor();
    expect(
      await section
        .getByRole('table', { name: 'Invitations tirées par strate' })
        .locator('tbody tr')
        .allTextContents(),
    ).toEqual(['Registre entier3']);
    const record = JSON.parse(
      await (await fetch(`${run.server.url}/api/public/processes/${id}/stage-one.json`)).text(),
    ) as { commitment: { seats: number; alternates: number }; values: unknown[] };
    expect(verifyRecord(record).ok).toBe(true);
    expect(record.commitment).toMatchObject({ seats: 3, alternates: 0 });
    expect(record.values.slice(0, 2)).toEqual([secret, 'secret du témoin']);
    expect(await overflowingElements(page)).toEqual([]);
    await expectAccessibleNow(page, 'console with an unstratified stage one drawn');
    await context.close();
  });
});
