import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { io as connect, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../shared/protocol';
import { drawnJuryWithDossiers } from '../server/testing/ceremonyFixture';
import type { TestServer } from '../server/testing/testServer';
import { expectAccessible } from './harness/axe';
import { facilitatorInOpenRoom, presentDossier, startBrowserRun } from './harness/browser';
import { keepScreenshot } from './harness/screenshots';

const shots = fileURLToPath(new URL('../test-output/facilitator', import.meta.url));
const CRITERIA = ['general-interest', 'impact', 'quality', 'openness', 'support-value'];
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const PROJECTOR = { width: 1920, height: 1080 };
const LONG_TITLE =
  'Réseau intercommunal de ressourceries et d’ateliers de réparation pour les quartiers prioritaires';

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;
let server: TestServer;
let browser: Browser;
let close: () => Promise<void>;
let processId: string;
let tokens: string[];
let cookie: string;
const scripted: Client[] = [];

beforeAll(async () => {
  // A server clock that runs, so browsers see time pass on it as they do on their own clocks.
  ({ server, browser, close } = await startBrowserRun({ clockRuns: true }));
  ({ processId, cookie, tokens } = await drawnJuryWithDossiers(server, {
    title: 'Jury citoyen — animation',
    seats: 4,
    dossierTitles: [LONG_TITLE, 'Encyclopédie pour les enfants'],
  }));
  mkdirSync(shots, { recursive: true });
});

afterAll(async () => {
  for (const socket of scripted) socket.disconnect();
  await close?.();
});

/** A juror entering from their invitation in a phone-sized browser; `clockSkewMs` makes its clock wrong. */
async function juror(index: number, clockSkewMs = 0): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  if (clockSkewMs !== 0)
    await page.clock.install({ time: server.clock.now().getTime() + clockSkewMs });
  await page.goto(`${server.url}/i/${tokens[index]}`);
  await page.getByRole('link', { name: 'Entrer dans la salle de délibération' }).click();
  await page.getByRole('heading', { level: 1, name: 'Jury citoyen — animation' }).waitFor();
  return page;
}

async function scriptedJuror(index: number): Promise<Client> {
  const socket: Client = connect(server.url, { transports: ['websocket'], forceNew: true });
  scripted.push(socket);
  await new Promise<void>((resolve) => socket.on('connect', () => resolve()));
  expect(await socket.emitWithAck('room:join', { processId, token: tokens[index]! })).toMatchObject(
    {
      ok: true,
    },
  );
  return socket;
}

/** When the current timer ends, in ms on the server's clock, as the server's own view of the room says. */
async function serverEndsAt(): Promise<number> {
  const organiser: Client = connect(server.url, {
    transports: ['websocket'],
    forceNew: true,
    extraHeaders: { cookie },
  });
  scripted.push(organiser);
  await new Promise<void>((resolve) => organiser.on('connect', () => resolve()));
  const answer = await organiser.emitWithAck('room:join', { processId });
  organiser.disconnect();
  if (!answer.ok || answer.data.timer === undefined) throw new Error('no timer in the room');
  return Date.parse(answer.data.timer.endsAt);
}

const shownSeconds = async (page: Page): Promise<number> =>
  Number(await page.locator('time[data-remaining-seconds]').getAttribute('data-remaining-seconds'));

/** Elements under `scope` that reach beyond the window's right edge. */
const overflowing = (page: Page, scope = 'body'): Promise<string[]> =>
  page.evaluate(
    (selector) =>
      [...document.querySelectorAll(`${selector}, ${selector} *`)]
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
        .map((el) => `${el.tagName}.${el.className}: ${el.getBoundingClientRect().right}`)
        .slice(0, 8),
    scope,
  );

/** No horizontal scroll, and every chart's canvas inside its box and inside the window. */
async function expectChartsFit(page: Page): Promise<number> {
  return page.evaluate(() => {
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth)
      problems.push(`page ${document.documentElement.scrollWidth} > ${window.innerWidth}`);
    const boxes = [...document.querySelectorAll('.chart-box')];
    for (const box of boxes) {
      const outer = box.getBoundingClientRect();
      const canvas = box.querySelector('canvas')!.getBoundingClientRect();
      if (canvas.width === 0 || canvas.height === 0) problems.push('empty canvas');
      if (canvas.left < outer.left - 1 || canvas.right > outer.right + 1)
        problems.push(`canvas ${canvas.left}–${canvas.right} outside ${outer.left}–${outer.right}`);
      if (canvas.bottom > outer.bottom + 1) problems.push('canvas taller than its box');
      if (outer.right > window.innerWidth) problems.push('chart box beyond the window');
    }
    if (problems.length > 0) throw new Error(problems.join('; '));
    return boxes.length;
  });
}

describe('facilitator tools in the browser', () => {
  it('gives the floor, runs the timer on server time for a juror whose clock is five minutes wrong, and fits the charts', async () => {
    const facilitator = await facilitatorInOpenRoom(browser, server.url, cookie, processId, {
      viewport: DESKTOP,
    });

    // Juror 1's device is five minutes fast; juror 2's is right. Seats 3 and 4 are scripted.
    const skewed = await juror(0, 5 * 60_000);
    const skew = (await skewed.evaluate(() => Date.now())) - server.clock.now().getTime();
    expect(Math.abs(skew - 5 * 60_000)).toBeLessThan(5000);
    await skewed.getByLabel('Votre nom dans la salle').fill('Camille');
    await skewed.getByRole('button', { name: 'Enregistrer le nom' }).click();
    await skewed.getByText('Nom enregistré.').waitFor();
    const other = await juror(1);
    const third = await scriptedJuror(2);

    await presentDossier(facilitator, LONG_TITLE);
    await facilitator.getByRole('button', { name: /Passer à la phase « Discussion »/ }).click();

    // Presence by name: three of four connected, seat 4 missing.
    const panel = facilitator.locator('section.facilitator-panel');
    await panel.getByRole('heading', { name: 'Présence : 3 juré·es sur 4' }).waitFor();
    expect(await panel.locator('.presence').textContent()).toMatch(
      /Connecté·esCamille \(juré·e n° 1\)juré·e n° 2juré·e n° 3Absent·esjuré·e n° 4/,
    );

    // The timer: the skewed juror shows what the server says, within a second.
    await facilitator.getByLabel('Durée de la discussion (minutes)').fill('2');
    await facilitator.getByRole('button', { name: 'Lancer le minuteur' }).click();
    await skewed.locator('time[data-remaining-seconds]').waitFor();
    const endsAt = await serverEndsAt();
    for (let i = 0; i < 5; i++) {
      // The server's time left just before and just after reading the page: a countdown shows it
      // rounded up, so it must lie within one second below what the page shows.
      const before = (endsAt - server.clock.now().getTime()) / 1000;
      const shown = await shownSeconds(skewed);
      const after = (endsAt - server.clock.now().getTime()) / 1000;
      expect(shown).toBeGreaterThan(100);
      expect(shown).toBeGreaterThanOrEqual(after - 0.1);
      expect(shown).toBeLessThanOrEqual(before + 1.1);
      await skewed.waitForTimeout(450);
    }

    // The floor: juror 1 raises a hand, the facilitator gives it the floor, everyone sees it.
    await skewed.getByRole('button', { name: 'Lever la main' }).click();
    await facilitator
      .getByRole('button', { name: 'Donner la parole à Camille (juré·e n° 1)' })
      .click();
    await skewed.locator('p.floor-mine', { hasText: 'Vous avez la parole.' }).waitFor();
    await skewed
      .locator('[aria-live="polite"]', { hasText: 'Vous avez la parole.' })
      .first()
      .waitFor();
    await other.getByText('La parole est à : Camille (juré·e n° 1).').first().waitFor();
    expect(await skewed.getByRole('button', { name: 'Lever la main' }).count()).toBe(1);
    const projector = await (await browser.newContext({ viewport: PROJECTOR })).newPage();
    // The deliberation is confidential (the default): the projector opens from the facilitator's link.
    await facilitator.getByRole('button', { name: 'Ouvrir la projection' }).click();
    const projectorLink = await facilitator.getByTestId('projector-link').getAttribute('href');
    await projector.goto(projectorLink as string);
    await projector.getByText('La parole est à : juré·e n° 1.').waitFor();
    await facilitator.locator('table.speaking-times').getByText('Camille (juré·e n° 1)').waitFor();
    await keepScreenshot(skewed, { path: `${shots}/juror-floor-390.png`, fullPage: true });
    await keepScreenshot(skewed.locator('section.discussion'), {
      path: `${shots}/juror-floor-390-section.png`,
    });

    // Pause, extend, resume: the skewed juror follows each step.
    await facilitator.getByRole('button', { name: 'Mettre en pause' }).click();
    await skewed.locator('.timer-note', { hasText: 'En pause' }).waitFor();
    const paused = await shownSeconds(skewed);
    await facilitator.getByRole('button', { name: 'Ajouter 1 minute' }).click();
    await skewed.locator(`time[data-remaining-seconds="${paused + 60}"]`).waitFor();
    await facilitator.getByRole('button', { name: 'Reprendre le minuteur' }).click();
    await skewed.locator('.timer-note', { hasText: 'En pause' }).waitFor({ state: 'detached' });
    await keepScreenshot(facilitator, {
      path: `${shots}/facilitator-discussion-1280.png`,
      fullPage: true,
    });
    await keepScreenshot(facilitator.locator('section.discussion'), {
      path: `${shots}/facilitator-discussion-1280-section.png`,
    });
    await facilitator.setViewportSize(PHONE);
    await keepScreenshot(facilitator, {
      path: `${shots}/facilitator-discussion-390.png`,
      fullPage: true,
    });
    expect(await overflowing(facilitator)).toEqual([]);
    await facilitator.setViewportSize(DESKTOP);

    // Warnings: a one-minute timer is in its last minute at once; a 10-second one reaches zero.
    await facilitator.getByLabel('Durée de la discussion (minutes)').fill('1');
    await facilitator.getByRole('button', { name: 'Lancer le minuteur' }).click();
    await skewed.locator('.timer-lastMinute').getByText('Plus qu’une minute.').waitFor();
    await skewed
      .locator('[aria-live="polite"]', { hasText: 'Plus qu’une minute de discussion.' })
      .waitFor({ state: 'attached' });
    const organiserSocket: Client = connect(server.url, {
      transports: ['websocket'],
      forceNew: true,
      extraHeaders: { cookie },
    });
    scripted.push(organiserSocket);
    await new Promise<void>((resolve) => organiserSocket.on('connect', () => resolve()));
    await organiserSocket.emitWithAck('room:join', { processId });
    expect(await organiserSocket.emitWithAck('timer:start', { seconds: 10 })).toMatchObject({
      ok: true,
    });
    await skewed.locator('.timer-over').getByText('Temps écoulé.').waitFor({ timeout: 15_000 });
    await skewed
      .locator('[aria-live="polite"]', { hasText: 'Temps de discussion écoulé.' })
      .waitFor({ state: 'attached' });
    await keepScreenshot(skewed, { path: `${shots}/juror-timer-over-390.png`, fullPage: true });

    // Scoring: the facilitator sees who has not submitted, by name.
    await facilitator.getByRole('button', { name: /Passer à la phase « Notation »/ }).click();
    await panel
      .getByRole('heading', { name: 'Notation pas encore enregistrée : 3 sur 3' })
      .waitFor();
    for (const page of [skewed, other]) {
      for (const fieldset of await page.locator('form.scoring fieldset').all())
        await fieldset.getByLabel('Très bien', { exact: true }).check();
      await page.getByRole('button', { name: 'Enregistrer ma notation' }).click();
      await page.getByText(/Notation enregistrée et scellée/).waitFor();
    }
    await panel
      .getByRole('heading', { name: 'Notation pas encore enregistrée : 1 sur 3' })
      .waitFor();
    expect(await panel.locator('ul.seat-list').last().textContent()).toBe('juré·e n° 3');
    expect(await skewed.locator('section.facilitator-panel').count()).toBe(0);
    const ballot = {
      dossierId: 'AIC-2026-001',
      round: 1,
      grades: Object.fromEntries(CRITERIA.map((id) => [id, 'assez-bien'])),
      nonce: randomBytes(16).toString('hex'),
    };
    expect(await third.emitWithAck('score:submit', { ballot })).toMatchObject({ ok: true });
    await panel.getByText('Toutes et tous ont enregistré leur notation.').waitFor();
    await facilitator.getByRole('button', { name: /Passer à la phase « Résultats »/ }).click();

    // The reveal's charts fit a phone and a projector, each with its data table.
    await skewed.locator('section.reveal canvas').first().waitFor();
    await projector.locator('section.reveal canvas').first().waitFor();
    await skewed.waitForTimeout(300);
    expect(await expectChartsFit(skewed)).toBe(2);
    expect(await expectChartsFit(projector)).toBe(2);
    expect(await skewed.locator('section.reveal table').first().textContent()).toContain(
      'Très bien',
    );
    // Text scales with the screen: 13 px at least on a phone, twice that on a 1920 px projector.
    const fontSize = async (page: Page) =>
      Number(
        await page.locator('section.reveal .chart-box').first().getAttribute('data-font-size'),
      );
    expect(await fontSize(skewed)).toBeGreaterThanOrEqual(13);
    expect(await fontSize(projector)).toBeGreaterThanOrEqual(26);
    await skewed.locator('section.reveal').first().scrollIntoViewIfNeeded();
    await keepScreenshot(skewed, { path: `${shots}/juror-reveal-390.png`, fullPage: true });
    await keepScreenshot(skewed.locator('section.reveal').first(), {
      path: `${shots}/juror-reveal-390-section.png`,
    });
    await keepScreenshot(projector, { path: `${shots}/projector-reveal-1920.png`, fullPage: true });
    await keepScreenshot(facilitator, {
      path: `${shots}/facilitator-reveal-1280.png`,
      fullPage: true,
    });

    await expectAccessible(browser, skewed, 'juror room with the floor');
    await expectAccessible(browser, facilitator, 'facilitator room with its tools');
    await expectAccessible(browser, projector, 'projector');
  }, 180_000);
});
