import { fileURLToPath } from 'node:url';
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { io as connect, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../shared/protocol';
import { syntheticDossier } from '../shared/testing/syntheticProcess';
import {
  createProcessWithVolunteers,
  drawAndInvite,
  importDossiers,
  numberedVolunteers,
} from '../server/testing/ceremonyFixture';
import {
  setUpAdministrator,
  data,
  type ApiClient,
  type TestServer,
} from '../server/testing/testServer';
import { expectAccessible } from './harness/axe';
import { hasNoHorizontalOverflow, signedInContext, startBrowserRun } from './harness/browser';
import { keepScreenshot } from './harness/screenshots';

const shots = fileURLToPath(new URL('../test-output/seat', import.meta.url));
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

let server: TestServer;
let browser: Browser;
let close: () => Promise<void>;
let organiser: ApiClient;
let organiserCookie: string;
let processId: string;
let tokens: string[];
let facilitator: Socket<ServerToClientEvents, ClientToServerEvents>;

beforeAll(async () => {
  ({ server, browser, close } = await startBrowserRun());
  organiser = server.client();
  const setup = await setUpAdministrator(organiser, 'fixture password 42');
  organiserCookie = (setup.headers.get('set-cookie') ?? '').split(';')[0]!;
  processId = await createProcessWithVolunteers(
    organiser,
    { title: 'Jury citoyen — sessions', seats: 3, alternates: 1 },
    numberedVolunteers(12),
  );
  tokens = await drawAndInvite(server, organiser, processId);
  await importDossiers(organiser, processId, [
    syntheticDossier(1, 'Stations météo ouvertes'),
    syntheticDossier(2),
  ]);
  data(
    await organiser.put(`/api/processes/${processId}/service`, {
      sessions: [
        { startsAt: '2023-10-07T09:00:00+02:00', endsAt: '2023-10-07T17:00:00+02:00' },
        { startsAt: '2023-10-14T09:00:00+02:00', endsAt: '2023-10-14T17:00:00+02:00' },
      ],
      duration: 'Deux samedis, de 9 h à 17 h',
      place: 'Hôtel de ville, salle du conseil, 1 place de la République',
      compensation: '90 € par journée, frais de transport remboursés',
      contact: 'jury@mairie.example.org, 01 23 45 67 89',
    }),
  );
  // The facilitator opens the room and puts the first dossier in session.
  facilitator = connect(server.url, {
    transports: ['websocket'],
    forceNew: true,
    extraHeaders: { cookie: organiserCookie },
  });
  await new Promise<void>((resolve) => facilitator.on('connect', () => resolve()));
  await facilitator.emitWithAck('room:join', { processId });
  expect(
    await facilitator.emitWithAck('room:open', {
      scale: { kind: 'majority-7' },
      secondRound: false,
    }),
  ).toMatchObject({ ok: true });
  expect(await facilitator.emitWithAck('agenda:move', { dossierId: 'AIC-2026-001' })).toMatchObject(
    { ok: true },
  );
  mkdirSync(shots, { recursive: true });
});

afterAll(async () => {
  facilitator?.disconnect();
  await close?.();
});

const axe = (page: Page, name: string, ready?: (scan: Page) => Promise<unknown>) =>
  expectAccessible(browser, page, name, ready);

async function expectNoOverflow(page: Page) {
  expect(await hasNoHorizontalOverflow(page)).toBe(true);
}

/**
 * For pages whose layout other parts own (the room's agenda, the console): this change's own elements fit
 * the 390 px width, whatever the rest of the page does.
 */
async function expectFits(page: Page, selector: string) {
  const rights = await page
    .locator(selector)
    .evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().right));
  expect(rights.length).toBeGreaterThan(0);
  const width = await page.evaluate(() => window.innerWidth);
  for (const right of rights) expect(right).toBeLessThanOrEqual(width);
}

async function shoot(page: Page, name: string) {
  for (const [label, size] of [
    ['390', PHONE],
    ['1280', DESKTOP],
  ] as const) {
    await page.setViewportSize(size);
    await keepScreenshot(page, { path: `${shots}/${name}-${label}.png`, fullPage: true });
  }
  await page.setViewportSize(PHONE);
}

describe('a juror keeps their seat, in Chromium at 390 × 844', () => {
  let juror: BrowserContext;

  it('accepts from the invitation page, which says what serving involves, and is still a juror in a new page', async () => {
    juror = await browser.newContext({ viewport: PHONE });
    const invitation = await juror.newPage();
    await invitation.goto(`${server.url}/i/${tokens[0]}`);
    await invitation
      .getByRole('heading', { name: 'Ce que représente votre participation' })
      .waitFor();
    const service = await invitation.locator('section.service-details').textContent();
    expect(service).toContain('samedi 7 octobre 2023, 09:00 – 17:00, heure de Paris');
    expect(service).toContain('Hôtel de ville, salle du conseil');
    expect(service).toContain('90 € par journée');
    expect(service).toContain('jury@mairie.example.org');
    await expectNoOverflow(invitation);
    await axe(invitation, 'invitation');
    await shoot(invitation, 'invitation');

    await invitation.getByRole('button', { name: 'J’accepte de siéger' }).click();
    await invitation.getByRole('link', { name: 'Entrer dans la salle de délibération' }).waitFor();
    const cookie = (await juror.cookies()).find((c) => c.name === `kl_juror_${processId}`);
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Strict');
    // Persistent: it survives a browser restart.
    expect(cookie!.expires).toBeGreaterThan(Date.now() / 1000 + 30 * 24 * 3600);
    // The token is not readable by the page's scripts.
    expect(await invitation.evaluate(() => document.cookie)).not.toContain('kl_juror_');

    // A NEW page of the same context (a new tab), straight to the room: still the juror.
    const tab = await juror.newPage();
    await tab.goto(`${server.url}/salle/${processId}`);
    await tab.getByText('Vous siégez : juré·e 1.').waitFor();
    await expect.poll(() => server.app.ceremony.state(processId).room?.seated).toContain(1);
    await expectFits(tab, '.juror-conflict, .juror-conflict summary');
    await axe(tab, 'room as juror', (scan) => scan.getByText('Vous siégez : juré·e 1.').waitFor());

    // A conflict of interest, with a category, then withdrawn before scoring.
    await tab.getByText('Déclarer un conflit d’intérêts sur ce dossier').click();
    await tab.getByRole('button', { name: 'Déclarer le conflit' }).click();
    await tab.getByText('Choisissez d’abord un motif.').waitFor();
    await tab.getByLabel('Lien professionnel').check();
    await tab.getByRole('button', { name: 'Déclarer le conflit' }).click();
    await tab
      .getByText(/Vous avez déclaré un conflit d’intérêts sur ce dossier/)
      .first()
      .waitFor();
    expect(server.app.ceremony.state(processId).room?.conflicts['1']).toEqual(['AIC-2026-001']);
    const facilitatorView = await facilitator.emitWithAck('room:join', { processId });
    expect(facilitatorView).toMatchObject({
      ok: true,
      data: { conflictCategories: { '1': { 'AIC-2026-001': 'professional' } } },
    });
    await shoot(tab, 'room-juror-conflict');
    await tab.getByRole('button', { name: 'Retirer ma déclaration' }).click();
    await expect
      .poll(() => server.app.ceremony.state(processId).room?.conflicts['1'])
      .toBeUndefined();
    await tab.getByText('Déclarer un conflit d’intérêts sur ce dossier').waitFor();
  });

  it('tells a browser without a session how to get back in, never silently making a juror an observer', async () => {
    const stranger = await browser.newContext({ viewport: PHONE });
    const page = await stranger.newPage();
    await page.goto(`${server.url}/salle/${processId}`);
    await page.getByText('Vous observez la séance').waitFor();
    await page.getByText(/Vous êtes juré·e\s\? Rouvrez le lien de votre invitation/).waitFor();
    await expectFits(page, '.seat-hint');
    await axe(page, 'room as observer');
    await shoot(page, 'room-observer-hint');

    // This browser held seat 1: once the organiser revokes its access, the open room says so at once.
    const tab = await juror.newPage();
    await tab.goto(`${server.url}/salle/${processId}`);
    await tab.getByText('Vous siégez : juré·e 1.').waitFor();
    data(await organiser.post(`/api/processes/${processId}/seats/1/revoke`));
    const notice = tab
      .getByRole('alert')
      .filter({ hasText: 'Votre accès de juré·e n’est plus valable' });
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/Rouvrez le lien de votre invitation/);
    await expectNoOverflow(tab);
    await shoot(tab, 'room-juror-revoked');

    // Without any cookie left, the browser that once held the seat gets the prominent message.
    await juror.clearCookies();
    await tab.reload();
    const lost = tab
      .getByRole('alert')
      .filter({ hasText: 'Vous n’êtes pas reconnu·e comme juré·e' });
    await lost.waitFor();
    expect(await lost.textContent()).toMatch(/Rouvrez le lien de votre invitation/);
    await expectFits(tab, '.seat-notice');
    await shoot(tab, 'room-juror-lost');

    // Reopening the invitation link brings the seat back.
    const invitation = await juror.newPage();
    await invitation.goto(`${server.url}/i/${tokens[0]}`);
    await invitation.getByRole('link', { name: 'Entrer dans la salle de délibération' }).click();
    await invitation.getByText('Vous siégez : juré·e 1.').waitFor();
  });

  it('asks for confirmation and an optional private reason before a decline', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${server.url}/i/${tokens[1]}`);
    await page.getByRole('button', { name: 'Je décline' }).click();
    const question = page.getByRole('group', { name: /Décliner l’invitation \?/ });
    await question.waitFor();
    // Nothing is recorded before the confirmation.
    expect(server.app.ceremony.state(processId).seats[1]?.status).toBe('invited');
    await expectNoOverflow(page);
    await axe(page, 'decline confirmation', async (scan) => {
      await scan.getByRole('button', { name: 'Je décline' }).click();
      await scan.getByRole('group', { name: /Décliner l’invitation \?/ }).waitFor();
    });
    await shoot(page, 'invitation-decline-confirm');
    // Going back leaves the invitation open.
    await page.getByRole('button', { name: 'Revenir à l’invitation' }).click();
    expect(await question.count()).toBe(0);
    await page.getByRole('button', { name: 'Je décline' }).click();
    await page.getByLabel('Raison (facultatif)').fill('Déménagement prévu en octobre');
    await page.getByRole('button', { name: 'Oui, je décline' }).click();
    await page.getByText(/Votre réponse est enregistrée : votre siège passe/).waitFor();
    expect(server.app.ceremony.state(processId).changes.at(-1)).toMatchObject({
      seat: 2,
      reason: 'declined',
    });
    const log = (await server.client().get(`/api/public/processes/${processId}/log.json`)).text;
    expect(log).not.toContain('Déménagement');

    // The organiser reads it in the console, beside each seat's room access.
    const organiserPage = await (
      await signedInContext(browser, server.url, organiserCookie, { viewport: PHONE })
    ).newPage();
    await organiserPage.goto(`${server.url}/organiser/p/${processId}`);
    await organiserPage.getByText(/Déménagement prévu en octobre/).waitFor();
    await organiserPage
      .getByRole('button', { name: 'Révoquer l’accès à la salle (siège 1)' })
      .waitFor();
    await expectFits(organiserPage, 'button:has-text("Révoquer l’accès à la salle")');

    // Revoking a seat's access asks first; cancelling changes nothing, confirming revokes its session.
    data(await server.client().post(`/api/invitations/${tokens[2]}/answer`, { answer: 'accept' }));
    await organiserPage.reload();
    const revokeSeat3 = organiserPage.getByRole('button', {
      name: 'Révoquer l’accès à la salle (siège 3)',
    });
    await revokeSeat3.click();
    const revokeQuestion = organiserPage.getByRole('group', {
      name: /Révoquer l’accès du siège 3 \?/,
    });
    await revokeQuestion.waitFor();
    await organiserPage.getByRole('button', { name: 'Annuler' }).click();
    expect(await revokeQuestion.count()).toBe(0);
    expect(await revokeSeat3.isEnabled()).toBe(true);
    await revokeSeat3.click();
    await organiserPage.getByRole('button', { name: 'Oui, révoquer l’accès' }).click();
    await organiserPage.getByText(/Accès du siège 3 révoqué/).waitFor();
    expect(await revokeSeat3.isEnabled()).toBe(false);
    await axe(organiserPage, 'console seats', (scan) =>
      scan.getByText(/Déménagement prévu en octobre/).waitFor(),
    );
    await shoot(organiserPage, 'console-seats');
    for (const [name, heading] of [
      ['console-seat-access', 'Accès à la salle et refus'],
      ['console-service-form', 'Ce que représente la participation'],
    ] as const) {
      const section = organiserPage
        .locator('section')
        .filter({ has: organiserPage.getByRole('heading', { name: heading }) })
        .last();
      await keepScreenshot(section, { path: `${shots}/${name}-390.png` });
      await expectFits(organiserPage, `section:has(> h3:text-is("${heading}"))`);
    }
  });
});
