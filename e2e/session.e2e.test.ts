// Acceptance of a whole session, end to end: a drawn jury of fifteen deliberates on three dossiers in a
// confidential room. Three jurors use real Chromium phones (390 × 844) entering from their invitation, twelve
// more are scripted sockets, the facilitator runs the room from a desktop and the room's screen opens from
// the facilitator's projector link (1920 × 1080). Then the organiser publishes the results from the console,
// and the public results page, the procès-verbal page and its PDF follow.

import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { io as connect, type Socket } from 'socket.io-client';
import type { Dossier } from '../shared/dossier/dossier';
import { DEFAULT_CRITERIA } from '../shared/process/processEvents';
import type { ClientToServerEvents, ServerToClientEvents } from '../shared/protocol';
import { syntheticDossier } from '../shared/testing/syntheticProcess';
import {
  createProcessWithVolunteers,
  drawAndInvite,
  importDossiers,
  numberedVolunteers,
} from '../server/testing/ceremonyFixture';
import { ok } from '../server/testing/deliberationFixture';
import { pdfPageCount } from '../server/testing/pdfText';
import { setUpAdministrator, data, type TestServer } from '../server/testing/testServer';
import { expectAccessibleNow } from './harness/axe';
import { hasNoHorizontalOverflow, startBrowserRun } from './harness/browser';
import { keepScreenshot } from './harness/screenshots';
import { collectCspErrors } from './harness/pageChecks';

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

const shots = fileURLToPath(new URL('../test-output/session', import.meta.url));
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const PROJECTOR = { width: 1920, height: 1080 };
const TITLE = 'Jury citoyen — séance complète';
const SEATS = 15;
/** The default list of alternates: a full second jury. */
const ALTERNATES = 15;
const IN_BROWSER = 3;

/** Three dossiers, each with its own description and assessment comments, so the page can be checked. */
const DOSSIERS: Dossier[] = [
  ['Jardins partagés du quartier nord', 'des bacs de culture au pied des immeubles'],
  ['Atelier vélo solidaire', 'un atelier où chacun apprend à réparer son vélo'],
  ['Radio locale des lycéens', 'une émission hebdomadaire préparée par les lycéens'],
].map(([title, what], i) => {
  const base = syntheticDossier(i + 1, title);
  const comment = (axis: string) => `${axis} du dossier ${i + 1} : analyse du service instructeur.`;
  return {
    ...base,
    description: `Le projet propose ${what}.\nIl s’appuie sur les habitantes et habitants du territoire, avec un budget détaillé et un calendrier sur deux ans.`,
    prescreening: {
      admissible: true,
      solidity: { level: 'strong', comment: comment('Solidité') },
      feasibility: { level: 'satisfactory', comment: comment('Faisabilité') },
      impact: { level: 'satisfactory', comment: comment('Impact') },
      supportValue: { level: 'fragile', comment: comment('Accompagnement') },
    },
  };
});
/** The grade every juror gives each dossier: the first two are laureates, the third falls below the floor. */
const GRADES = [
  { id: 'tres-bien', label: 'Très bien' },
  { id: 'bien', label: 'Bien' },
  { id: 'passable', label: 'Passable' },
];

let server: TestServer;
let browser: Browser;
let close: () => Promise<void>;
let processId: string;
let cookie: string;
let tokens: string[];
const sockets: Client[] = [];
const cspErrors: string[] = [];

beforeAll(async () => {
  // A server clock that runs, so browsers see time pass on it as on their own clocks.
  ({ server, browser, close } = await startBrowserRun({ clockRuns: true }));
  const organiser = server.client();
  const setup = await setUpAdministrator(organiser, 'fixture password 42');
  cookie = (setup.headers.get('set-cookie') ?? '').split(';')[0]!;
  processId = await createProcessWithVolunteers(
    organiser,
    { title: TITLE, seats: SEATS, alternates: ALTERNATES },
    numberedVolunteers(30),
  );
  tokens = await drawAndInvite(server, organiser, processId);
  expect(tokens).toHaveLength(SEATS);
  // The scripted seats accept over HTTP; the three browser jurors accept on their invitation page.
  for (const token of tokens.slice(IN_BROWSER))
    data(await server.client().post(`/api/invitations/${token}/answer`, { answer: 'accept' }));
  await importDossiers(organiser, processId, DOSSIERS);
  mkdirSync(shots, { recursive: true });
}, 120_000);

afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  await close?.();
});

async function open(withCookie: boolean): Promise<Client> {
  const socket: Client = connect(server.url, {
    transports: ['websocket'],
    forceNew: true,
    ...(withCookie ? { extraHeaders: { cookie } } : {}),
  });
  sockets.push(socket);
  await new Promise<void>((resolve, reject) => {
    socket.on('connect', () => resolve());
    socket.on('connect_error', reject);
  });
  return socket;
}

function watch(page: Page): Page {
  collectCspErrors(page, cspErrors);
  return page;
}

async function newContext(viewport: { width: number; height: number }, organiser = false) {
  const context = await browser.newContext({ viewport });
  if (organiser)
    await context.addCookies([
      { name: 'kl_session', value: cookie.split('=')[1]!, url: server.url },
    ]);
  return context;
}

/** When the current timer ends, in ms on the server's clock, as the server's own view of the room says. */
async function serverEndsAt(): Promise<number> {
  const organiser = await open(true);
  const answer = await organiser.emitWithAck('room:join', { processId });
  organiser.disconnect();
  if (!answer.ok || answer.data.timer === undefined) throw new Error('no timer in the room');
  return Date.parse(answer.data.timer.endsAt);
}

const noHorizontalScroll = (page: Page) => hasNoHorizontalOverflow(page);

/** No horizontal scroll, and every chart's canvas drawn inside its box and inside the window. */
async function expectChartsFit(page: Page, name: string): Promise<number> {
  const { problems, charts } = await page.evaluate(() => {
    const found: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth)
      found.push(`page ${document.documentElement.scrollWidth} > ${window.innerWidth}`);
    const boxes = [...document.querySelectorAll('section.reveal .chart-box')];
    for (const box of boxes) {
      const outer = box.getBoundingClientRect();
      const canvas = box.querySelector('canvas')?.getBoundingClientRect();
      if (canvas === undefined) {
        found.push('chart box without a canvas');
        continue;
      }
      if (canvas.width === 0 || canvas.height === 0) found.push('empty canvas');
      if (canvas.left < outer.left - 1 || canvas.right > outer.right + 1)
        found.push(`canvas ${canvas.left}–${canvas.right} outside ${outer.left}–${outer.right}`);
      if (canvas.bottom > outer.bottom + 1) found.push('canvas taller than its box');
      if (outer.right > window.innerWidth) found.push('chart box beyond the window');
    }
    return { problems: found, charts: boxes.length };
  });
  expect(problems, name).toEqual([]);
  return charts;
}

/** A juror's phone: the invitation, accepted on the page, then the room (the juror cookie is set). */
async function jurorEnters(
  seat: number,
  clockSkewMs = 0,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(PHONE);
  const page = watch(await context.newPage());
  if (clockSkewMs !== 0)
    await page.clock.install({ time: server.clock.now().getTime() + clockSkewMs });
  await page.goto(`${server.url}/i/${tokens[seat - 1]}`);
  const accept = page.getByRole('button', { name: 'J’accepte de siéger' });
  await accept.waitFor();
  if (seat === 1) {
    expect(await noHorizontalScroll(page)).toBe(true);
    await keepScreenshot(page, { path: `${shots}/juror-invitation-390.png`, fullPage: true });
    await expectAccessibleNow(page, 'invitation page');
  }
  await accept.click();
  await page.getByRole('link', { name: 'Entrer dans la salle de délibération' }).click();
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  await page.getByText(`Vous siégez : juré·e ${seat}.`).waitFor();
  expect((await context.cookies()).some((c) => c.name === `kl_juror_${processId}`)).toBe(true);
  return { context, page };
}

/** The juror reads the dossier in session: its full description and the administration's assessment. */
async function expectDossierRead(page: Page, dossier: Dossier) {
  const current = page.locator('#dossier-en-seance');
  await current.getByRole('heading', { level: 2, name: dossier.title }).waitFor();
  const [firstLine, secondLine] = dossier.description.split('\n') as [string, string];
  await current.getByText(firstLine).waitFor();
  await current.getByText(secondLine).waitFor();
  const assessment = current.getByRole('region', { name: 'Pré-instruction de l’administration' });
  for (const axis of ['solidity', 'feasibility', 'impact', 'supportValue'] as const)
    await assessment.getByText(dossier.prescreening[axis].comment).waitFor();
  expect(await current.getByText(dossier.description.split('\n')[0]!).isVisible()).toBe(true);
  expect(await assessment.getByText(dossier.prescreening.impact.comment).isVisible()).toBe(true);
}

const fieldsetsOf = (page: Page) => page.locator('form.scoring fieldset');

async function scoreInPage(page: Page, label: string) {
  const fieldsets = fieldsetsOf(page);
  await fieldsets.first().waitFor();
  const count = await fieldsets.count();
  expect(count).toBe(DEFAULT_CRITERIA.length);
  for (let i = 0; i < count; i++) await fieldsets.nth(i).getByLabel(label, { exact: true }).check();
  await page.getByRole('button', { name: 'Enregistrer ma notation' }).click();
  await page.getByText(/Notation enregistrée et scellée/).waitFor();
}

async function scoreScripted(jurors: Client[], dossierId: string, grade: string) {
  await Promise.all(
    jurors.map((socket) =>
      ok(
        socket.emitWithAck('score:submit', {
          ballot: {
            dossierId,
            round: 1,
            grades: Object.fromEntries(DEFAULT_CRITERIA.map((c) => [c.id, grade])),
            nonce: randomBytes(16).toString('hex'),
          },
        }),
      ),
    ),
  );
}

describe('a whole session over three dossiers', () => {
  it('runs from the invitations to the published results and the procès-verbal', async () => {
    // The facilitator opens the room: confidential by default.
    const facilitator = watch(await (await newContext(DESKTOP, true)).newPage());
    await facilitator.goto(`${server.url}/salle/${processId}`);
    const visibility = facilitator.getByRole('group', { name: 'Visibilité de la délibération' });
    await visibility.waitFor();
    expect(await visibility.getByLabel(/^Confidentielle/).isChecked()).toBe(true);
    await expectAccessibleNow(facilitator, 'room opening form');
    await facilitator.getByRole('button', { name: 'Ouvrir la délibération' }).click();
    await facilitator.getByRole('heading', { name: 'Ordre du jour' }).waitFor();

    // The room's screen opens from the facilitator's projector link.
    await facilitator.getByRole('button', { name: 'Ouvrir la projection' }).click();
    const projectorLink = await facilitator.getByTestId('projector-link').getAttribute('href');
    const projector = watch(await (await newContext(PROJECTOR)).newPage());
    await projector.goto(projectorLink!);

    // Juror 1's phone runs five minutes fast; jurors 2 and 3 are right. Seats 4 to 15 are scripted.
    const one = await jurorEnters(1, 5 * 60_000);
    const skew = (await one.page.evaluate(() => Date.now())) - server.clock.now().getTime();
    expect(Math.abs(skew - 5 * 60_000)).toBeLessThan(5000);
    const two = await jurorEnters(2);
    const three = await jurorEnters(3);
    const scripted: Client[] = [];
    for (const token of tokens.slice(IN_BROWSER)) {
      const socket = await open(false);
      await ok(socket.emitWithAck('room:join', { processId, token }));
      scripted.push(socket);
    }
    const panel = facilitator.locator('section.facilitator-panel');

    // Juror 3 goes on in a new tab of the same browser: still juror 3.
    const threeTab = watch(await three.context.newPage());
    await threeTab.goto(`${server.url}/salle/${processId}`);
    await threeTab.getByText('Vous siégez : juré·e 3.').waitFor();
    const jurorPages = [one.page, two.page, threeTab];

    for (const [index, dossier] of DOSSIERS.entries()) {
      const grade = GRADES[index]!;
      await facilitator
        .getByRole('button', { name: `Mettre en séance : ${dossier.title}` })
        .click();
      await facilitator.getByRole('button', { name: /Passer à la phase « Présentation »/ }).click();
      await facilitator.getByText('Phase : Présentation (tour 1)').waitFor();
      for (const page of jurorPages) await expectDossierRead(page, dossier);
      if (index === 0) {
        // With a dossier in session, the facilitator's panel counts everyone present.
        await panel
          .getByRole('heading', { name: `Présence : ${SEATS} juré·es sur ${SEATS}` })
          .waitFor();
        expect(await noHorizontalScroll(one.page)).toBe(true);
        await keepScreenshot(one.page, {
          path: `${shots}/juror-presentation-390.png`,
          fullPage: true,
        });
        await expectAccessibleNow(one.page, 'juror room, presentation');
      }

      if (index === 0) {
        // Discussion: a timer the juror with the wrong clock sees as the server counts it.
        await facilitator.getByRole('button', { name: /Passer à la phase « Discussion »/ }).click();
        await facilitator.getByLabel('Durée de la discussion (minutes)').fill('3');
        await facilitator.getByRole('button', { name: 'Lancer le minuteur' }).click();
        await one.page.locator('time[data-remaining-seconds]').waitFor();
        const endsAt = await serverEndsAt();
        for (let i = 0; i < 4; i++) {
          // The server's time left just before and just after reading the page: a countdown shows it
          // rounded up, so it lies within one second below what the page shows.
          const before = (endsAt - server.clock.now().getTime()) / 1000;
          const shown = Number(
            await one.page
              .locator('time[data-remaining-seconds]')
              .getAttribute('data-remaining-seconds'),
          );
          const after = (endsAt - server.clock.now().getTime()) / 1000;
          expect(shown).toBeGreaterThan(150);
          expect(shown).toBeGreaterThanOrEqual(after - 0.1);
          expect(shown).toBeLessThanOrEqual(before + 1.1);
          await one.page.waitForTimeout(400);
        }

        // The floor: juror 2 raises a hand and the facilitator gives it; juror 2 and the screen see it.
        await two.page.getByRole('button', { name: 'Lever la main' }).click();
        await facilitator.getByRole('button', { name: 'Donner la parole à juré·e n° 2' }).click();
        await two.page.locator('p.floor-mine', { hasText: 'Vous avez la parole.' }).waitFor();
        await one.page.locator('p.floor', { hasText: 'La parole est à : juré·e n° 2.' }).waitFor();
        await projector.locator('p.floor', { hasText: 'La parole est à : juré·e n° 2.' }).waitFor();
        await keepScreenshot(two.page, { path: `${shots}/juror-floor-390.png`, fullPage: true });
        await expectAccessibleNow(two.page, 'juror room with the floor');
        await expectAccessibleNow(facilitator, 'facilitator room, discussion');
        await keepScreenshot(projector, { path: `${shots}/projector-discussion-1920.png` });
        await expectAccessibleNow(projector, 'projector, discussion');
      }

      // Scoring.
      await facilitator.getByRole('button', { name: /Passer à la phase « Notation »/ }).click();
      await panel
        .getByRole('heading', { name: `Notation pas encore enregistrée : ${SEATS} sur ${SEATS}` })
        .waitFor();
      if (index === 0) {
        // Juror 2 makes two choices and reloads: they come back, then the juror completes and saves.
        const fieldsets = fieldsetsOf(two.page);
        await fieldsets.nth(0).getByLabel(grade.label, { exact: true }).check();
        await fieldsets.nth(1).getByLabel(grade.label, { exact: true }).check();
        await two.page.reload();
        await two.page.getByText('Vos choix non enregistrés ont été retrouvés').waitFor();
        expect(await fieldsets.nth(0).getByLabel(grade.label, { exact: true }).isChecked()).toBe(
          true,
        );
        expect(await fieldsets.nth(1).getByLabel(grade.label, { exact: true }).isChecked()).toBe(
          true,
        );
        expect(await fieldsets.nth(2).locator('input:checked').count()).toBe(0);
        await keepScreenshot(two.page, {
          path: `${shots}/juror-scoring-restored-390.png`,
          fullPage: true,
        });
        for (let i = 2; i < DEFAULT_CRITERIA.length; i++)
          await fieldsets.nth(i).getByLabel(grade.label, { exact: true }).check();
        await two.page.getByRole('button', { name: 'Enregistrer ma notation' }).click();
        await two.page.getByText(/Notation enregistrée et scellée/).waitFor();
        await scoreInPage(one.page, grade.label);
        // Juror 3 scores from the new tab.
        await scoreInPage(threeTab, grade.label);
        expect(await noHorizontalScroll(one.page)).toBe(true);
        await keepScreenshot(one.page, { path: `${shots}/juror-scoring-390.png`, fullPage: true });
        await keepScreenshot(one.page.locator('form.scoring'), {
          path: `${shots}/juror-scoring-390-form.png`,
        });
        await expectAccessibleNow(one.page, 'juror room, scoring');
        await expectAccessibleNow(threeTab, 'juror room in a new tab, scoring');
      } else {
        for (const page of jurorPages) await scoreInPage(page, grade.label);
      }
      await scoreScripted(scripted, dossier.id, grade.id);
      await panel.getByText('Toutes et tous ont enregistré leur notation.').waitFor();
      if (index === 0) await expectAccessibleNow(facilitator, 'facilitator room, scoring done');

      // The reveal: charts that fit the phones and the projector.
      await facilitator.getByRole('button', { name: /Passer à la phase « Résultats »/ }).click();
      for (const page of [...jurorPages, projector]) {
        await page.locator('section.reveal canvas').first().waitFor();
        const reveal = page
          .locator('section.reveal')
          .filter({ hasText: `Résultats : ${dossier.title}, tour 1` });
        await reveal.getByText(`${SEATS} bulletins pour ${SEATS} juré·es sans conflit.`).waitFor();
      }
      await projector.getByRole('heading', { level: 1, name: dossier.title }).waitFor();
      for (const [name, page] of [
        ['juror 1', one.page],
        ['juror 2', two.page],
        ['juror 3', threeTab],
        ['projector', projector],
      ] as const)
        expect(await expectChartsFit(page, `${name}, ${dossier.title}`)).toBeGreaterThan(0);
      if (index === 0) {
        await one.page.locator('section.reveal').first().scrollIntoViewIfNeeded();
        await keepScreenshot(one.page, { path: `${shots}/juror-reveal-390.png`, fullPage: true });
        await keepScreenshot(one.page.locator('section.reveal').first(), {
          path: `${shots}/juror-reveal-390-section.png`,
        });
        await keepScreenshot(projector, { path: `${shots}/projector-reveal-1920.png` });
        await expectAccessibleNow(one.page, 'juror room, reveal');
        await expectAccessibleNow(projector, 'projector, reveal');
        await expectAccessibleNow(facilitator, 'facilitator room, reveal');
      }
    }
    await keepScreenshot(facilitator, {
      path: `${shots}/facilitator-end-1280.png`,
      fullPage: true,
    });

    // Before publication: the public results page says the deliberation is in progress, no winner.
    const results = watch(await (await newContext(PHONE)).newPage());
    await results.goto(`${server.url}/p/${processId}/results`);
    await results.getByRole('heading', { level: 1, name: `Résultats : ${TITLE}` }).waitFor();
    expect(await results.getByTestId('results-status').textContent()).toBe('Délibération en cours');
    expect(await results.getByTestId('withheld-counts').textContent()).toContain(
      'Dossiers examinés : 3 sur 3. Restant à examiner : 0.',
    );
    for (const testId of ['shortlist', 'ranking', 'results-verdict'])
      expect(await results.getByTestId(testId).count(), testId).toBe(0);
    const withheldText = (await results.locator('body').textContent()) ?? '';
    for (const dossier of DOSSIERS) expect(withheldText).not.toContain(dossier.title);
    expect(await noHorizontalScroll(results)).toBe(true);
    await keepScreenshot(results, { path: `${shots}/results-before-390.png`, fullPage: true });
    await expectAccessibleNow(results, 'results page before publication');

    // The organiser publishes from the console's results section, with its confirmation.
    const consolePage = watch(await (await newContext(DESKTOP, true)).newPage());
    await consolePage.goto(`${server.url}/organiser/p/${processId}`);
    const section = consolePage.getByRole('region', { name: 'Résultats', exact: true });
    await section.getByRole('button', { name: 'Publier les résultats' }).click();
    await section.getByTestId('publication-check').waitFor();
    await section.getByText('Confirmez-vous la publication des résultats ?').waitFor();
    await keepScreenshot(consolePage, {
      path: `${shots}/console-confirm-1280.png`,
      fullPage: true,
    });
    await expectAccessibleNow(consolePage, 'console, publication confirmation');
    await section.getByRole('button', { name: 'Confirmer la publication' }).click();
    await section.getByText(/^Résultats publiés le .* : ils sont définitifs/).waitFor();
    await expectAccessibleNow(consolePage, 'console, results published');

    // Everyone in the room learns it, the room's screen included.
    for (const page of [...jurorPages, facilitator, projector])
      await page.getByRole('link', { name: 'Voir les résultats publiés' }).waitFor();

    // The results page shows the winners.
    await results.reload();
    await results.getByTestId('shortlist').waitFor();
    expect(await results.getByTestId('results-status').textContent()).toMatch(
      /Résultats publiés le/,
    );
    expect(await results.getByTestId('shortlist').getByRole('listitem').allTextContents()).toEqual([
      `${DOSSIERS[0]!.title} (${DOSSIERS[0]!.id})`,
      `${DOSSIERS[1]!.title} (${DOSSIERS[1]!.id})`,
    ]);
    await results.locator('canvas').first().waitFor();
    expect(await noHorizontalScroll(results)).toBe(true);
    await keepScreenshot(results, { path: `${shots}/results-published-390.png`, fullPage: true });
    await keepScreenshot(results, { path: `${shots}/results-published-390-top.png` });
    await results.getByTestId('ranking').scrollIntoViewIfNeeded();
    await keepScreenshot(results, { path: `${shots}/results-published-390-ranking.png` });
    await expectAccessibleNow(results, 'results page after publication');

    // The procès-verbal page shows the record, and its PDF is a PDF with pages.
    const record = watch(await (await newContext(PHONE)).newPage());
    await record.goto(`${server.url}/p/${processId}/proces-verbal`);
    await record.getByRole('heading', { level: 1, name: /Procès-verbal des opérations/ }).waitFor();
    await record.getByRole('heading', { level: 2, name: '6. Les résultats' }).waitFor();
    const recordText = (await record.locator('main').textContent()) ?? '';
    for (const dossier of DOSSIERS) expect(recordText).toContain(dossier.title);
    expect(await noHorizontalScroll(record)).toBe(true);
    await keepScreenshot(record, { path: `${shots}/proces-verbal-390.png`, fullPage: true });
    await expectAccessibleNow(record, 'procès-verbal page');
    const pdf = await fetch(`${server.url}/api/public/processes/${processId}/proces-verbal.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toMatch(/^application\/pdf/);
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfPageCount(bytes)).toBeGreaterThan(0);

    expect(cspErrors).toEqual([]);
  }, 240_000);
});
