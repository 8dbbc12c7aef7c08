import { mkdirSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { io as connect, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../shared/protocol';
import { drawnJuryWithDossiers } from '../server/testing/ceremonyFixture';
import type { TestServer } from '../server/testing/testServer';
import { expectAccessible } from './harness/axe';
import { facilitatorInOpenRoom, presentDossier, startBrowserRun } from './harness/browser';
import { keepScreenshot } from './harness/screenshots';

const root = fileURLToPath(new URL('..', import.meta.url));
const outputDir = `${root}test-output`;

const CRITERIA = ['general-interest', 'impact', 'quality', 'openness', 'support-value'];

let server: TestServer;
let browser: Browser;
let close: () => Promise<void>;
let processId: string;
let tokens: string[];
let cookie: string;
const scripted: Socket<ServerToClientEvents, ClientToServerEvents>[] = [];

beforeAll(async () => {
  ({ server, browser, close } = await startBrowserRun());
  ({ processId, cookie, tokens } = await drawnJuryWithDossiers(server, {
    title: 'Jury citoyen — séance',
    dossierTitles: ['Stations météo ouvertes', 'Encyclopédie pour les enfants'],
  }));
  mkdirSync(outputDir, { recursive: true });
});

afterAll(async () => {
  for (const socket of scripted) socket.disconnect();
  await close?.();
});

async function juror(index: number): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/i/${tokens[index]}`);
  await page.getByRole('link', { name: 'Entrer dans la salle de délibération' }).click();
  await page.getByRole('heading', { level: 1, name: 'Jury citoyen — séance' }).waitFor();
  return page;
}

async function scoreInBrowser(page: Page, grade: string) {
  for (const fieldset of await page.locator('form.scoring fieldset').all())
    await fieldset.getByLabel(grade, { exact: true }).check();
  await page.getByRole('button', { name: 'Enregistrer ma notation' }).click();
  await page.getByText(/Notation enregistrée et scellée/).waitFor();
}

const axe = (page: Page, name: string) => expectAccessible(browser, page, name);

describe('the live room in the browser', () => {
  it('runs two dossiers with a facilitator, two browser jurors and 13 scripted jurors', async () => {
    const facilitator = await facilitatorInOpenRoom(browser, server.url, cookie, processId);

    const first = await juror(0);
    const second = await juror(1);
    for (let i = 2; i < 15; i++) {
      const socket: Socket<ServerToClientEvents, ClientToServerEvents> = connect(server.url, {
        transports: ['websocket'],
        forceNew: true,
      });
      scripted.push(socket);
      await new Promise<void>((resolve) => socket.on('connect', () => resolve()));
      expect(await socket.emitWithAck('room:join', { processId, token: tokens[i]! })).toMatchObject(
        { ok: true },
      );
    }

    for (const [index, title] of [
      'Stations météo ouvertes',
      'Encyclopédie pour les enfants',
    ].entries()) {
      const dossierId = `AIC-2026-00${index + 1}`;
      await presentDossier(facilitator, title);
      await facilitator.getByRole('button', { name: /Passer à la phase « Notation »/ }).click();
      await first.getByRole('heading', { name: 'Votre notation' }).waitFor();
      await scoreInBrowser(first, 'Très bien');
      await scoreInBrowser(second, 'Bien');
      for (const socket of scripted) {
        const ballot = {
          dossierId,
          round: 1,
          grades: Object.fromEntries(CRITERIA.map((id) => [id, 'assez-bien'])),
          nonce: randomBytes(16).toString('hex'),
        };
        expect(await socket.emitWithAck('score:submit', { ballot })).toMatchObject({ ok: true });
      }
      await facilitator.getByText('15 juré·es sur 15 ont enregistré leur notation.').waitFor();
      await keepScreenshot(first, {
        path: `${outputDir}/room-juror-scoring-${index + 1}.png`,
        fullPage: true,
      });
      await facilitator.getByRole('button', { name: /Passer à la phase « Résultats »/ }).click();
      await first
        .getByRole('heading', { name: new RegExp(`Résultats : ${title}, tour 1`) })
        .waitFor();
      expect(await first.locator('section.reveal table').first().textContent()).toContain(
        'Très bien',
      );
      await keepScreenshot(facilitator, {
        path: `${outputDir}/room-facilitator-reveal-${index + 1}.png`,
        fullPage: true,
      });
    }

    // The deliberation is confidential (the default): the projector opens from the facilitator's link.
    await facilitator.getByRole('button', { name: 'Ouvrir la projection' }).click();
    const projectorLink = await facilitator.getByTestId('projector-link').getAttribute('href');
    const projector = await (await browser.newContext()).newPage();
    await projector.goto(projectorLink as string);
    await projector
      .getByRole('heading', { name: /Résultats : Encyclopédie pour les enfants/ })
      .waitFor();
    await keepScreenshot(projector, { path: `${outputDir}/room-projector.png`, fullPage: true });

    await axe(first, 'juror room');
    await axe(facilitator, 'facilitator room');
    await axe(projector, 'projector');
  });
});
