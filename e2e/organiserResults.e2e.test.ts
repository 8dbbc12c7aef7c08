import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { io as connect, type Socket } from 'socket.io-client';
import drand from '../fixtures/vectors/drand-quicknet.json';
import { DEFAULT_CRITERIA } from '../shared/process/processEvents';
import type { ClientToServerEvents, ServerToClientEvents } from '../shared/protocol';
import type { Results } from '../shared/scoring/results';
import type { AggregationRule, RuleChoices } from '../shared/scoring/rule';
import { drawnJuryWithDossiers } from '../server/testing/ceremonyFixture';
import { joinJurors, ok } from '../server/testing/deliberationFixture';
import {
  data,
  signIn,
  startTestServer,
  type TestServer,
  type TestServerOptions,
} from '../server/testing/testServer';
import { createHttpRelays } from '../server/beacon/httpRelays';
import { RelayBehaviour, startLocalRelay } from '../server/testing/localDrandRelay';
import { quicknetRoundTime } from '../shared/lottery/drand';
import { axeSource } from './harness/axe';
import {
  buildClient,
  launchBrowser,
  removeFolder,
  hasNoHorizontalOverflow,
  overflowingElements,
} from './harness/browser';
import { keepScreenshot } from './harness/screenshots';
import { collectCspErrors } from './harness/pageChecks';

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

const root = fileURLToPath(new URL('..', import.meta.url));
const outputDir = `${root}test-output`;

const DOSSIERS = ['AIC-2026-001', 'AIC-2026-002'];

/** A drawn jury of five with dossiers A and B and a single place, on its own server. */
interface Jury {
  server: TestServer;
  processId: string;
  cookie: string;
  tokens: string[];
}

let outDir: string;
let browser: Browser;
let dispose: () => Promise<void>;
const servers: TestServer[] = [];
const sockets: Client[] = [];
const cspErrors: string[] = [];

beforeAll(async () => {
  outDir = await buildClient();
  ({ browser, dispose } = await launchBrowser());
  mkdirSync(outputDir, { recursive: true });
});

afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  await dispose?.();
  for (const server of servers) await server.close();
  removeFolder(outDir);
});

async function newJury(options: Omit<TestServerOptions, 'clientDir'> = {}): Promise<Jury> {
  const server = await startTestServer({ ...options, clientDir: outDir });
  servers.push(server);
  const jury = await drawnJuryWithDossiers(server, {
    title: 'Jury — résultats',
    seats: 5,
    shortlistMax: 1,
    dossierTitles: ['A', 'B'],
  });
  return { server, ...jury };
}

async function socket(jury: Jury, withCookie = false): Promise<Client> {
  const client: Client = connect(jury.server.url, {
    transports: ['websocket'],
    forceNew: true,
    ...(withCookie ? { extraHeaders: { cookie: jury.cookie } } : {}),
  });
  sockets.push(client);
  await new Promise<void>((resolve) => client.on('connect', () => resolve()));
  return client;
}

async function pageIn(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  collectCspErrors(page, cspErrors);
  return page;
}

async function organiserContext(jury: Jury): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.addCookies([
    { name: 'kl_session', value: jury.cookie.split('=')[1] as string, url: jury.server.url },
  ]);
  return context;
}

/** Replaces a field's text with the keyboard only: focus, select all, type. */
async function typeInto(field: Locator, text: string) {
  await field.focus();
  await field.press('ControlOrMeta+A');
  await field.press('Backspace');
  await field.pressSequentially(text);
}

/**
 * Runs axe-core on one part of `page` as it stands, in a twin page with the same cookies (axe is injected
 * as a script, which the CSP forbids: only the twin's context bypasses it). Any violation fails.
 */
async function axe(page: Page, part: (twin: Page) => Locator, name: string) {
  const context = await browser.newContext({ bypassCSP: true });
  try {
    await context.addCookies(await page.context().cookies());
    const twin = await context.newPage();
    await twin.goto(page.url());
    const target = part(twin);
    await target.waitFor();
    await twin.addScriptTag({ content: axeSource });
    const report = await target.evaluate(async (element) => {
      const result = await (
        window as unknown as {
          axe: {
            run: (context: Element) => Promise<{
              passes: unknown[];
              violations: { id: string; impact: string; nodes: { html: string }[] }[];
            }>;
          };
        }
      ).axe.run(element);
      return {
        passes: result.passes.length,
        violations: result.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          nodes: v.nodes.map((n) => n.html).slice(0, 3),
        })),
      };
    });
    expect(report.violations, name).toEqual([]);
    // Rules did run on the part (labels, contrast, names…): an empty scan would prove nothing.
    expect(report.passes, name).toBeGreaterThan(5);
  } finally {
    await context.close();
  }
}

/**
 * Every juror gives every criterion of both dossiers the same grade: an exact tie across the cut. With
 * `openWith`, the facilitator's socket first opens the room with that rule.
 */
async function scoreBothDossiersAlike(jury: Jury, openWith?: RuleChoices) {
  const { processId } = jury;
  const facilitator = await socket(jury, true);
  // Joining a closed room registers the facilitator, then answers that it is not open.
  await facilitator.emitWithAck('room:join', { processId });
  if (openWith !== undefined)
    await ok(
      facilitator.emitWithAck('room:open', {
        scale: { kind: 'majority-7' },
        secondRound: false,
        rule: openWith,
        confidential: false,
      }),
    );
  const jurors = await joinJurors(() => socket(jury), processId, jury.tokens);
  for (const dossierId of DOSSIERS) {
    await ok(facilitator.emitWithAck('agenda:move', { dossierId }));
    await ok(facilitator.emitWithAck('phase:start', { phase: 'presentation' }));
    await ok(facilitator.emitWithAck('phase:start', { phase: 'scoring' }));
    for (const juror of jurors)
      await ok(
        juror.emitWithAck('score:submit', {
          ballot: {
            dossierId,
            round: 1,
            grades: Object.fromEntries(DEFAULT_CRITERIA.map((c) => [c.id, 'tres-bien'])),
            nonce: randomBytes(16).toString('hex'),
          },
        }),
      );
    await ok(facilitator.emitWithAck('phase:start', { phase: 'reveal' }));
  }
}

describe('results in the organiser console', () => {
  it('opens the room with a chosen rule, settles a tie by a vote of the room, and publishes', async () => {
    const jury = await newJury();
    const { server, processId } = jury;
    // The facilitator opens the room in the browser, choosing a rule that is not the default.
    const facilitatorContext = await organiserContext(jury);
    const room = await pageIn(facilitatorContext);
    await room.goto(`${server.url}/salle/${processId}`);
    const openForm = room.getByRole('form', { name: 'Ouvrir la délibération' });
    await openForm.waitFor();
    await axe(
      room,
      (twin) => twin.getByRole('form', { name: 'Ouvrir la délibération' }),
      'open form',
    );

    const quorum = room.getByLabel(/^Quorum/);
    await typeInto(quorum, '0');
    await room.getByRole('button', { name: 'Ouvrir la délibération' }).press('Enter');
    const summary = openForm.getByRole('alert');
    await summary.getByText(/doit être un nombre entier compris entre 1 et 1000/).waitFor();
    expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);

    await typeInto(quorum, '3');
    await room.getByLabel('Vote de la salle, consigné au journal public').focus();
    await room.keyboard.press('Space');
    await typeInto(room.getByLabel('Poids : Qualité du projet'), '2');
    await room.getByLabel('Seuil de qualité').selectOption({ label: 'Assez bien' });
    await keepScreenshot(room, { path: `${outputDir}/room-open-rule-form.png`, fullPage: true });
    await room.getByRole('button', { name: 'Ouvrir la délibération' }).press('Enter');

    const rulePanel = room.getByRole('region', { name: 'Règle de décision' });
    await rulePanel.waitFor();
    const ruleText = await rulePanel.textContent();
    expect(ruleText).toContain('au moins 3 juré·es sans conflit par dossier');
    expect(ruleText).toContain('Vote de la salle, consigné au journal public');
    expect(ruleText).toContain('Qualité du projet : 2');
    expect(ruleText).toContain('« Assez bien » au moins');
    expect(ruleText).toContain('1 au plus');
    await keepScreenshot(room, { path: `${outputDir}/room-rule-panel.png`, fullPage: true });

    // An observer (no session, no invitation) sees the same rule.
    const observer = await pageIn(await browser.newContext());
    await observer.goto(`${server.url}/salle/${processId}`);
    const observedRule = observer.getByRole('region', { name: 'Règle de décision' });
    await observedRule.waitFor();
    expect(await observedRule.textContent()).toBe(ruleText);

    const opened = data(
      await server
        .client()
        .get<{ rule: AggregationRule }>(`/api/public/processes/${processId}/results`),
    );
    expect(opened.rule).toMatchObject({
      quorum: 3,
      tieResolution: 'room-vote',
      floor: 'assez-bien',
      max: 1,
      weights: { quality: 2, impact: 1 },
    });

    await scoreBothDossiersAlike(jury);

    // The organiser console shows the tie and the vote form the rule asks for.
    const organiserPage = await pageIn(await organiserContext(jury));
    await organiserPage.goto(`${server.url}/organiser/p/${processId}`);
    const results = organiserPage.getByRole('region', { name: 'Résultats', exact: true });
    await results.getByRole('heading', { name: 'Égalité à la limite de la liste' }).waitFor();
    expect(await results.textContent()).toContain(
      'A, B sont à égalité pour 1 place(s) restante(s).',
    );
    const rows = await results.getByRole('table').getByRole('row').allTextContents();
    expect(rows.slice(1)).toEqual(['1ATrès bienNon', '1BTrès bienNon']);
    expect(await results.getByRole('button', { name: 'Publier les résultats' }).count()).toBe(0);
    expect(await results.textContent()).toContain('n° 1 : A');
    await axe(
      organiserPage,
      (twin) =>
        twin
          .getByRole('region', { name: 'Résultats', exact: true })
          .filter({ has: twin.getByLabel('Voix pour « A »') }),
      'results section with the tie vote',
    );

    // Too many votes are refused before sending; then the vote is recorded from the keyboard.
    await typeInto(results.getByLabel('Voix pour « A »'), '4');
    await organiserPage.keyboard.press('Tab');
    await organiserPage.keyboard.type('2');
    await organiserPage.keyboard.press('Enter');
    await results
      .getByRole('alert')
      .getByText('Le total des voix (6) dépasse le nombre de juré·es qui siègent (5).')
      .waitFor();
    await typeInto(results.getByLabel('Voix pour « A »'), '3');
    await organiserPage.keyboard.press('Enter');
    await results.getByText('Égalité départagée par le vote de la salle : A.').waitFor();
    await results
      .getByRole('status')
      .getByText('Vote enregistré : l’égalité est départagée.')
      .waitFor();
    expect(await results.getByRole('table').getByRole('row').allTextContents()).toContain(
      '1ATrès bienOui',
    );

    // Publication, with its confirmation step, from the keyboard.
    await results.getByRole('button', { name: 'Publier les résultats' }).focus();
    await organiserPage.keyboard.press('Enter');
    const question = results.getByText('Confirmez-vous la publication des résultats ?');
    await question.waitFor();
    await expect
      .poll(() => organiserPage.evaluate(() => document.activeElement?.textContent ?? ''))
      .toContain('Confirmez-vous la publication des résultats ?');
    await organiserPage.keyboard.press('Tab');
    await organiserPage.keyboard.press('Enter');
    await results.getByText(/^Résultats publiés le .* : ils sont définitifs/).waitFor();
    expect(await results.getByRole('button', { name: 'Publier les résultats' }).count()).toBe(0);
    expect(
      await results.getByRole('link', { name: 'Page publique des résultats' }).getAttribute('href'),
    ).toBe(`/p/${processId}/results`);
    expect(
      await results
        .getByRole('link', { name: 'Notes par siège (CSV standard)' })
        .getAttribute('href'),
    ).toBe(`/api/processes/${processId}/seat-grades.csv?variant=standard`);
    await keepScreenshot(organiserPage, {
      path: `${outputDir}/organiser-results.png`,
      fullPage: true,
    });
    await axe(
      organiserPage,
      (twin) =>
        twin
          .getByRole('region', { name: 'Résultats', exact: true })
          .filter({ hasText: 'ils sont définitifs' }),
      'published results section',
    );

    // The public answer records the publication and the vote.
    const published = data(
      await server.client().get<{
        published: { at: string; resultsHash: string } | null;
        results: Results;
      }>(`/api/public/processes/${processId}/results`),
    );
    expect(published.published).not.toBeNull();
    expect(published.results.shortlist).toEqual(['AIC-2026-001']);
    expect(published.results.tie).toMatchObject({
      tied: DOSSIERS,
      places: 1,
      settlement: { method: 'room-vote', winners: ['AIC-2026-001'] },
    });

    // Everyone in the room learns it, with a link to the public results.
    for (const page of [room, observer]) {
      const link = page.getByRole('link', { name: 'Voir les résultats publiés' });
      await link.waitFor();
      expect(await link.getAttribute('href')).toBe(`/p/${processId}/results`);
    }
    expect(cspErrors).toEqual([]);
  });

  it('settles a tie by lottery: announce, keep the secret shown once, then draw with the drand signature', async () => {
    const jury = await newJury();
    const { server, processId } = jury;
    await scoreBothDossiersAlike(jury, { quorum: 3, tieResolution: 'lottery' });
    const page = await pageIn(await organiserContext(jury));
    await page.goto(`${server.url}/organiser/p/${processId}`);
    const results = page.getByRole('region', { name: 'Résultats', exact: true });
    await results
      .getByText('La règle fixée avant la notation prévoit : un tirage au sort vérifiable.', {
        exact: false,
      })
      .waitFor();

    // The tie's source declaration (the draw's form, with the round alone) fits a 390 px phone.
    const wide = page.viewportSize()!;
    await page.setViewportSize({ width: 390, height: 844 });
    // The seats' table scrolls in its own frame; nothing of a form may stick out.
    expect(await hasNoHorizontalOverflow(page)).toBe(true);
    expect(await overflowingElements(page, 'form *')).toEqual([]);
    await keepScreenshot(results, { path: `${outputDir}/tie-lottery-declare-390.png` });
    await page.setViewportSize(wide);

    const future = drand.rounds[1]!;
    await typeInto(results.getByLabel('Numéro du tour drand (facultatif)'), String(future.round));
    await page.keyboard.press('Enter');
    const secret = (await results.getByTestId('organiser-secret').textContent())?.trim() ?? '';
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    await results.getByRole('button', { name: /Masquer le secret/ }).click();
    expect(await results.getByTestId('organiser-secret').count()).toBe(0);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await hasNoHorizontalOverflow(page)).toBe(true);
    expect(await overflowingElements(page, 'form *')).toEqual([]);
    await keepScreenshot(results, { path: `${outputDir}/tie-lottery-draw-390.png` });
    await page.setViewportSize(wide);
    await axe(
      page,
      (twin) =>
        twin
          .getByRole('region', { name: 'Résultats', exact: true })
          .filter({ has: twin.getByLabel('Secret de l’organisateur (tirage de l’égalité)') }),
      'results section with the tie draw',
    );

    await typeInto(
      results.getByLabel('Secret de l’organisateur (tirage de l’égalité)'),
      'f'.repeat(64),
    );
    await typeInto(results.getByLabel(`Signature drand du tour ${future.round}`), future.signature);
    await page.keyboard.press('Enter');
    await results
      .getByRole('alert')
      .getByText(/REVEAL_MISMATCH/)
      .waitFor();
    await typeInto(results.getByLabel('Secret de l’organisateur (tirage de l’égalité)'), secret);
    await page.keyboard.press('Enter');
    await results.getByText(/^Égalité départagée par tirage au sort : (A|B)\.$/).waitFor();

    const settled = data(
      await server.client().get<{ results: Results }>(`/api/public/processes/${processId}/results`),
    ).results;
    expect(settled.tie?.settlement?.method).toBe('lottery');
    expect(settled.shortlist).toHaveLength(1);
    expect(await results.getByRole('button', { name: 'Publier les résultats' }).count()).toBe(1);
    expect(cspErrors).toEqual([]);
  });

  it('settles a tie by lottery with the drand round the server fetched: only the secret is typed', async () => {
    const future = drand.rounds[1]!;
    const roundTime = quicknetRoundTime(future.round) * 1000;
    const clock: { now?: () => Date } = {};
    const relay = await startLocalRelay(RelayBehaviour.Recorded, {
      isAvailable: (n) => (clock.now?.().getTime() ?? 0) >= quicknetRoundTime(n) * 1000,
    });
    try {
      const jury = await newJury({
        beacon: createHttpRelays({ urls: [relay.url], timeoutMs: 500 }),
        beaconTickMs: 50,
      });
      const { server, processId } = jury;
      clock.now = () => server.clock.now();
      await scoreBothDossiersAlike(jury, { quorum: 3, tieResolution: 'lottery' });
      // Jump to 65 s before the round; the old session has expired by then, so sign in again.
      server.clock.set(new Date(roundTime - 65_000).toISOString());
      const login = await signIn(server.client(), 'fixture password 42');
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
      const page = await pageIn(await organiserContext({ ...jury, cookie }));
      await page.goto(`${server.url}/organiser/p/${processId}`);
      const results = page.getByRole('region', { name: 'Résultats', exact: true });
      await typeInto(results.getByLabel('Numéro du tour drand (facultatif)'), String(future.round));
      await page.keyboard.press('Enter');
      const secret = (await results.getByTestId('organiser-secret').textContent())?.trim() ?? '';
      await results.getByRole('button', { name: /Masquer le secret/ }).click();
      const countdown = results.getByTestId('beacon-countdown');
      await countdown.waitFor();
      expect(await countdown.textContent()).toMatch(
        /^Tour drand n° 32\u202f281\u202f667, disponible dans (1\u00a0min 0\d|\d\d)\u00a0s$/,
      );
      expect(await results.getByLabel(`Signature drand du tour ${future.round}`).isVisible()).toBe(
        false,
      );

      server.clock.set(new Date(roundTime + 1000).toISOString());
      await results.getByTestId('beacon-value').waitFor({ timeout: 15_000 });
      // Announced once, politely.
      expect(await results.getByTestId('beacon-fetch').getByRole('status').textContent()).toBe(
        'Tour drand n° 32\u202f281\u202f667, récupéré automatiquement.',
      );
      expect(await results.getByTestId('beacon-value').textContent()).toBe(future.randomness);
      await keepScreenshot(results, { path: `${outputDir}/beacon/tie-fetched-1280.png` });
      await page.setViewportSize({ width: 390, height: 844 });
      expect(await hasNoHorizontalOverflow(page)).toBe(true);
      await keepScreenshot(results, { path: `${outputDir}/beacon/tie-fetched-390.png` });
      await typeInto(results.getByLabel('Secret de l’organisateur (tirage de l’égalité)'), secret);
      await page.keyboard.press('Enter');
      await results.getByText(/^Égalité départagée par tirage au sort : (A|B)\.$/).waitFor();
      expect(relay.requests).toEqual([future.round]);
      expect(cspErrors).toEqual([]);
    } finally {
      await relay.close();
    }
  });
});
