// A juror on a phone (390 × 844) reads the whole dossier in session and the administration's assessment,
// reads another dossier ahead, jumps to the scoring form, keeps unsent choices across a reload and finds
// the saved ballot with its seal after another. The facilitator runs the room from a desktop (1280 × 800).

import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { DossierFile } from '../shared/dossier/dossier';
import { drawnJuryWithDossiers } from '../server/testing/ceremonyFixture';
import { data, type TestServer } from '../server/testing/testServer';
import { expectAccessibleNow } from './harness/axe';
import { facilitatorInOpenRoom, startBrowserRun } from './harness/browser';
import { keepScreenshot } from './harness/screenshots';

const root = fileURLToPath(new URL('..', import.meta.url));
const shots = fileURLToPath(new URL('../test-output/dossier', import.meta.url));
const fixture = JSON.parse(
  readFileSync(`${root}fixtures/demo/dossiers.json`, 'utf8'),
) as DossierFile;
// The demo's dossiers leave the two optional texts out; the first one here carries them.
const demo: DossierFile = {
  ...fixture,
  dossiers: fixture.dossiers.map((dossier, i) =>
    i === 0
      ? {
          ...dossier,
          generalInterest:
            'Chaque commune pourra connaître ses arbres.\nLes données restent ouvertes à toutes et tous.',
          funding: 'Subvention régionale de 12 000 € et bénévolat associatif.',
        }
      : dossier,
  ),
};
const [inSession, later] = [demo.dossiers[0]!, demo.dossiers[5]!];
const LEVELS = {
  insufficient: 'Insuffisant',
  fragile: 'Fragile',
  satisfactory: 'Satisfaisant',
  strong: 'Solide',
} as const;

let server: TestServer;
let browser: Browser;
let close: () => Promise<void>;
let processId: string;
let tokens: string[];
let cookie: string;

beforeAll(async () => {
  ({ server, browser, close } = await startBrowserRun());
  let organiser;
  ({ processId, cookie, tokens, organiser } = await drawnJuryWithDossiers(server, {
    title: 'Jury citoyen — lecture des dossiers',
    dossierTitles: [],
  }));
  data(
    await organiser.post(
      `/api/processes/${processId}/dossiers`,
      new TextEncoder().encode(JSON.stringify(demo)),
      { contentType: 'application/json' },
    ),
  );
  mkdirSync(shots, { recursive: true });
});

afterAll(async () => {
  await close?.();
});

/** Elements sticking out to the right when the page is wider than the window (none expected). */
const overflowing = (page: Page) =>
  page.evaluate(() =>
    document.documentElement.scrollWidth <= window.innerWidth
      ? []
      : [...document.querySelectorAll('body *')]
          .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
          .map((element) => `${element.tagName}.${element.className}`)
          .slice(0, 8),
  );

/** The first words of a text as the page shows it (line breaks become spaces in innerText matching). */
const opening = (text: string) => text.slice(0, 60);

describe('reading the dossiers in the room', () => {
  it('puts the whole dossier first, keeps drafts across reloads and shows the seal after one', async () => {
    const facilitator = await facilitatorInOpenRoom(browser, server.url, cookie, processId, {
      viewport: { width: 1280, height: 800 },
    });
    // On a desktop the agenda is open beside the room; the facilitator puts a dossier in session from it.
    expect(await facilitator.locator('details.agenda-details').getAttribute('open')).not.toBeNull();
    await facilitator
      .getByRole('button', { name: `Mettre en séance : ${inSession.title}` })
      .click();
    await facilitator.getByRole('button', { name: /Passer à la phase « Présentation »/ }).click();
    await facilitator.getByText('Phase : Présentation (tour 1)').waitFor();

    const jurorContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const juror = await jurorContext.newPage();
    // The server's acknowledgement carries the seal, which the page must show.
    const acknowledged = new Promise<string>((resolve) =>
      juror.on('websocket', (socket) =>
        socket.on('framereceived', ({ payload }) => {
          const found = /"seal":"([0-9a-f]{64})"/.exec(String(payload));
          if (found !== null) resolve(found[1]!);
        }),
      ),
    );
    await juror.goto(`${server.url}/i/${tokens[0]}`);
    await juror.getByRole('link', { name: 'Entrer dans la salle de délibération' }).click();
    await juror
      .getByRole('heading', { level: 1, name: 'Jury citoyen — lecture des dossiers' })
      .waitFor();

    // The dossier in session comes right after the phase banner, in full.
    const current = juror.locator('#dossier-en-seance');
    await current.getByRole('heading', { level: 2, name: inSession.title }).waitFor();
    await current.getByText(opening(inSession.description)).waitFor();
    const currentText = (await current.innerText()).replace(/\s+/g, ' ');
    for (const text of [
      inSession.pitch,
      inSession.description,
      inSession.generalInterest!,
      inSession.funding!,
      inSession.sector,
      inSession.territory,
      inSession.website!,
    ])
      expect(currentText).toContain(text.replace(/\s+/g, ' '));
    expect(currentText).toContain('Accès aux données et outils numériques'); // the lever data-digital
    expect(currentText).toContain('Transparence du financement : accepté');
    const prescreening = current.getByRole('region', {
      name: 'Pré-instruction de l’administration',
    });
    const assessment = (await prescreening.innerText()).replace(/\s+/g, ' ');
    expect(assessment).toContain(`Avis global : Recevable`);
    for (const [axis, label] of [
      ['solidity', 'Solidité'],
      ['feasibility', 'Faisabilité'],
      ['impact', 'Impact potentiel'],
      ['supportValue', 'Intérêt d’un accompagnement par l’administration'],
    ] as const) {
      const { level, comment } = inSession.prescreening[axis];
      expect(assessment).toContain(`${label} Appréciation : ${LEVELS[level]} ${comment}`);
    }
    const bannerBox = await juror.locator('.phase-banner').boundingBox();
    const currentBox = await current.boundingBox();
    const agendaBox = await juror.locator('.agenda').boundingBox();
    expect(currentBox!.y).toBeGreaterThan(bannerBox!.y);
    expect(currentBox!.y).toBeLessThan(844); // on the first screen of the phone
    expect(agendaBox!.y).toBeGreaterThan(currentBox!.y);
    expect(await overflowing(juror)).toEqual([]);

    // The agenda is collapsed on a phone, and lists each dossier with its status.
    const agenda = juror.locator('details.agenda-details');
    expect(await agenda.getAttribute('open')).toBeNull();
    expect(await juror.getByRole('button', { name: later.title }).isVisible()).toBe(false);
    const statuses = await juror.locator('.agenda-item .agenda-status').allTextContents();
    expect(statuses).toHaveLength(40);
    expect(statuses.filter((s) => s === 'en cours')).toHaveLength(1);
    expect(statuses.filter((s) => s === 'à venir')).toHaveLength(39);
    expect(await juror.getByRole('button', { name: 'Lire' }).count()).toBe(0);
    await keepScreenshot(juror, { path: `${shots}/juror-390-presentation.png`, fullPage: true });
    await keepScreenshot(juror, { path: `${shots}/juror-390-top.png` });

    // Reading ahead: the dialog shows the other dossier in full; Escape returns to the agenda.
    await juror.getByText('Afficher l’ordre du jour (40 dossiers)').click();
    const opener = juror.getByRole('button', { name: later.title });
    await opener.click();
    const drawer = juror.getByRole('dialog', { name: later.title });
    await drawer.getByText(opening(later.description)).waitFor();
    expect((await drawer.innerText()).replace(/\s+/g, ' ')).toContain(
      later.prescreening.impact.comment,
    );
    expect(await overflowing(juror)).toEqual([]);
    await keepScreenshot(juror, { path: `${shots}/juror-390-drawer.png` });
    await expectAccessibleNow(juror, 'juror room, drawer open');
    await juror.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });
    expect(await opener.evaluate((element) => element === document.activeElement)).toBe(true);

    // Scoring: one link away from the top, and it moves focus to the form.
    await facilitator.getByRole('button', { name: /Passer à la phase « Notation »/ }).click();
    const skip = juror.getByRole('link', { name: 'Aller à ma notation' });
    await skip.waitFor();
    await skip.focus();
    await juror.keyboard.press('Enter');
    await expect
      .poll(() => juror.evaluate(() => document.activeElement?.id ?? ''))
      .toBe('ma-notation');
    expect(await juror.locator('form#ma-notation').isVisible()).toBe(true);
    await keepScreenshot(juror, { path: `${shots}/juror-390-skip.png` });

    // Some choices, then a reload: they are still there.
    const fieldsets = juror.locator('form.scoring fieldset');
    await fieldsets.nth(0).getByLabel('Très bien', { exact: true }).check();
    await fieldsets.nth(1).getByLabel('Passable', { exact: true }).check();
    await juror.reload();
    await juror.getByRole('heading', { name: 'Votre notation' }).waitFor();
    await juror.getByText('Vos choix non enregistrés ont été retrouvés').waitFor();
    expect(await fieldsets.nth(0).getByLabel('Très bien', { exact: true }).isChecked()).toBe(true);
    expect(await fieldsets.nth(1).getByLabel('Passable', { exact: true }).isChecked()).toBe(true);
    expect(await fieldsets.nth(2).locator('input:checked').count()).toBe(0);

    // Complete and save; the draft goes, and after a reload the ballot shows as recorded, with its seal.
    const count = await fieldsets.count();
    for (let i = 2; i < count; i++)
      await fieldsets.nth(i).getByLabel('Bien', { exact: true }).check();
    await juror.getByRole('button', { name: 'Enregistrer ma notation' }).click();
    const saved = juror.getByText(/Notation enregistrée et scellée \(empreinte [0-9a-f]{12}…\)/);
    await saved.waitFor();
    const seal = /empreinte ([0-9a-f]{12})/.exec(await saved.innerText())![1]!;
    expect((await acknowledged).slice(0, 12)).toBe(seal);
    expect(
      await juror.evaluate(() =>
        Object.keys(localStorage).filter((key) => key.startsWith('kleroterion.ballotDraft')),
      ),
    ).toEqual([]);
    await juror.reload();
    await juror.getByRole('heading', { name: 'Votre notation' }).waitFor();
    await juror.getByText(`Notation enregistrée et scellée (empreinte ${seal}…)`).waitFor();
    expect(await fieldsets.nth(0).getByLabel('Très bien', { exact: true }).isChecked()).toBe(true);
    expect(await fieldsets.nth(4).getByLabel('Bien', { exact: true }).isChecked()).toBe(true);
    expect(await overflowing(juror)).toEqual([]);
    await keepScreenshot(juror, { path: `${shots}/juror-390-scoring.png`, fullPage: true });
    await keepScreenshot(facilitator, {
      path: `${shots}/facilitator-1280-scoring.png`,
      fullPage: true,
    });
    await expectAccessibleNow(juror, 'juror room, scoring');
    await expectAccessibleNow(facilitator, 'facilitator room, scoring');

    await facilitator.getByRole('button', { name: /Passer à la phase « Résultats »/ }).click();
    await juror.getByRole('heading', { name: /Résultats : / }).waitFor();

    // The next dossier: statuses follow.
    await facilitator.getByRole('button', { name: `Mettre en séance : ${later.title}` }).click();
    await juror.locator('#dossier-en-seance').getByRole('heading', { name: later.title }).waitFor();
    expect(
      await juror
        .locator('.agenda-item', { hasText: inSession.title })
        .locator('.agenda-status')
        .textContent(),
    ).toBe('révélé');
    expect(
      await juror
        .locator('.agenda-item', { hasText: later.title })
        .locator('.agenda-status')
        .textContent(),
    ).toBe('en cours');
    await keepScreenshot(facilitator, {
      path: `${shots}/facilitator-1280-next.png`,
      fullPage: true,
    });
    const desktopJuror = await (
      await browser.newContext({ viewport: { width: 1280, height: 800 } })
    ).newPage();
    await desktopJuror.goto(`${server.url}/i/${tokens[1]}`);
    await desktopJuror.getByRole('link', { name: 'Entrer dans la salle de délibération' }).click();
    await desktopJuror
      .locator('#dossier-en-seance')
      .getByText(opening(later.description))
      .waitFor();
    await keepScreenshot(desktopJuror, { path: `${shots}/juror-1280.png` });
    await desktopJuror.getByRole('button', { name: inSession.title }).click();
    await desktopJuror.getByRole('dialog', { name: inSession.title }).waitFor();
    await keepScreenshot(desktopJuror, { path: `${shots}/juror-1280-drawer.png` });
    await expectAccessibleNow(desktopJuror, 'desktop juror, drawer with results');
  });
});
