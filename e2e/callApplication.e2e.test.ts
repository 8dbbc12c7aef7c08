import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openCall, sampleApplication } from '../server/testing/callFixture';
import {
  setUpAdministrator,
  signIn,
  data,
  type ApiClient,
  type TestServer,
} from '../server/testing/testServer';
import { expectAccessible } from './harness/axe';
import { startBrowserRun } from './harness/browser';
import { keepScreenshot } from './harness/screenshots';

const root = fileURLToPath(new URL('..', import.meta.url));
const outputDir = `${root}test-output`;
const SUBMIT = 'Envoyer ma candidature';
const CONFIRM = 'Oui, envoyer ma candidature';
const DRAFT_PREFIX = 'kleroterion.applicationDraft.';

let server: TestServer;
let browser: Browser;
let close: () => Promise<void>;
let organiser: ApiClient;
const cspErrors: string[] = [];

beforeAll(async () => {
  // Clock: 2023-09-15T10:00:00Z. openCall's default window (1 September to 1 October) is open.
  ({ server, browser, close } = await startBrowserRun({ clockStart: '2023-09-15T10:00:00Z' }));
  mkdirSync(outputDir, { recursive: true });
  organiser = server.client();
  data(await setUpAdministrator(organiser, 'fixture password 42'));
});

afterAll(async () => {
  await close?.();
});

async function newPage(): Promise<Page> {
  const page = await browser.newPage();
  // Violations are reported as DOM events; the listener, injected by the browser itself, logs them.
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(
        `Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`,
      ),
    ),
  );
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|unsafe-eval/i.test(message.text()))
      cspErrors.push(message.text());
  });
  return page;
}

const activeElement = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return { id: element?.id ?? '', testId: element?.getAttribute('data-testid') ?? '' };
  });

/** Presses Tab until `selector` has focus, checking on the way that the honeypot is never reached. */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let step = 0; step < 150; step++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(
      (wanted) => ({
        id: document.activeElement?.id ?? '',
        isWanted: document.activeElement?.matches(wanted) ?? false,
      }),
      selector,
    );
    expect(focus.id, 'the honeypot is out of the tab order').not.toBe('application-fax');
    if (focus.isWanted) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/**
 * Replaces the focused field's text from the keyboard: select all, then one text insertion (as an input
 * method or a paste does). Typed key by key, one character was once lost on a loaded CI machine.
 */
async function retype(page: Page, text: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(text);
}

const draftKeys = (page: Page) =>
  page.evaluate(
    (prefix) => Object.keys(localStorage).filter((key) => key.startsWith(prefix)),
    DRAFT_PREFIX,
  );

const review = (opinion: string) => ({
  opinion,
  ...Object.fromEntries(
    ['solidity', 'feasibility', 'impact', 'supportValue'].map((axis) => [
      axis,
      { level: 'satisfactory', comment: `Avis sur ${axis}.` },
    ]),
  ),
});

const tokenIn = (text: string, path: string): string =>
  (new RegExp(`/${path}/([A-Za-z0-9_-]+)`).exec(text) as RegExpExecArray)[1] as string;

describe('applying to a call for projects in the browser', () => {
  it('lists the errors, keeps a draft, and takes an application typed with the keyboard only', async () => {
    const callId = await openCall(organiser);
    const page = await newPage();

    // The home page lists the call; its link leads to the call's page.
    await page.goto(server.url);
    await page.getByTestId('call-list').getByRole('link', { name: 'Appel à projets 2026' }).click();
    await page.getByRole('heading', { level: 1, name: 'Appel à projets 2026' }).waitFor();
    expect(page.url()).toBe(`${server.url}/appel/${callId}`);
    expect(await page.getByTestId('call-facts').textContent()).toMatch(
      /StatutOuvertOuverture1 septembre 2023 à 02:00, heure de ParisClôture1 octobre 2023 à 02:00, heure de Paris/,
    );
    expect(await page.getByRole('link', { name: /journal public/ }).getAttribute('href')).toBe(
      `/api/public/calls/${callId}/log.json`,
    );

    // A first try with a too-short name and a malformed address: the summary lists every problem.
    await page.getByLabel('Nom du projet').fill('ab');
    await page.getByLabel('Adresse électronique').fill('pas-une-adresse');
    await page.getByRole('button', { name: SUBMIT }).click();
    const summary = page.getByRole('alert', { name: 'Il y a 15 erreurs dans le formulaire :' });
    await summary.waitFor();
    await expect.poll(async () => (await activeElement(page)).testId).toBe('error-summary');
    const links = summary.getByRole('link');
    expect(await links.count()).toBe(15);
    expect(await links.first().textContent()).toBe(
      'Nom du projet : saisissez au moins 3 caractères (actuellement 2).',
    );
    expect(await links.first().getAttribute('href')).toBe('#application-projectName');
    expect(await links.allTextContents()).toEqual(
      expect.arrayContaining([
        'Saisissez une adresse électronique valide, par exemple nom@exemple.fr.',
        'Indiquez si le projet est porté par un·e citoyen·ne, une association ou une entreprise.',
        'Cochez au moins un levier d’accompagnement.',
        'Cochez l’engagement « Transparence du financement » : il est obligatoire pour candidater.',
      ]),
    );
    // Each field carries its own message, tied to it.
    const name = page.locator('#application-projectName');
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    expect(await name.getAttribute('aria-describedby')).toBe(
      'application-projectName-hint application-projectName-error',
    );
    expect(await page.locator('#application-projectName-error').textContent()).toBe(
      'Erreur : Nom du projet : saisissez au moins 3 caractères (actuellement 2).',
    );
    await keepScreenshot(page, {
      path: `${outputDir}/call-application-errors.png`,
      fullPage: true,
    });
    // From the summary, with the keyboard: Tab to the first link, Enter, and the field has focus.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect((await activeElement(page)).id).toBe('application-projectName');

    // Accessible with the error summary shown.
    await expectAccessible(browser, page, 'application form with errors', async (scanPage) => {
      await scanPage.getByRole('button', { name: SUBMIT }).click();
      await scanPage.getByTestId('error-summary').getByRole('link').first().waitFor();
    });

    // The draft survives a reload, with a polite notice and a way to clear it.
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByTestId('draft-status').textContent()).toBe(
      'Nous avons restauré le brouillon que vous aviez commencé dans ce navigateur.',
    );
    expect(await page.getByTestId('draft-status').getAttribute('role')).toBe('status');
    expect(await page.getByRole('button', { name: 'Effacer le brouillon' }).count()).toBe(1);
    expect(await name.inputValue()).toBe('ab');
    expect(await page.locator('#application-email').inputValue()).toBe('pas-une-adresse');
    expect(await draftKeys(page)).toEqual([`${DRAFT_PREFIX}${callId}`]);

    // Keyboard only from here: Tab from field to field, type, arrows for the radios, Space to tick.
    const answers = sampleApplication(1, {
      projectName: 'Jardins partagés du quartier',
      email: 'jardins@example.org',
    });
    const typed: [string, string][] = [
      ['projectName', answers.projectName],
      ['pitch', answers.pitch],
      ['description', answers.description],
      ['sector', answers.sector],
      ['territory', answers.territory],
    ];
    for (const [field, text] of typed) {
      await tabTo(page, `#application-${field}`);
      await retype(page, text);
    }
    await tabTo(page, '#application-leadType-citizen');
    await page.keyboard.press('ArrowDown');
    expect((await activeElement(page)).id).toBe('application-leadType-association');
    for (const [field, text] of [
      ['leadName', answers.leadName],
      ['email', answers.email],
    ] as const) {
      await tabTo(page, `#application-${field}`);
      await retype(page, text);
    }
    for (const lever of ['coaching', 'promotion']) {
      await tabTo(page, `#application-lever-${lever}`);
      await page.keyboard.press('Space');
    }
    for (const [field, text] of [
      ['generalInterest', answers.generalInterest],
      ['funding', answers.funding],
    ] as const) {
      await tabTo(page, `#application-${field}`);
      await retype(page, text);
    }
    expect(await page.locator('#application-description-count').textContent()).toBe(
      `${answers.description.length} caractères sur 4000 au plus.`,
    );
    for (const item of [
      'public-service-values',
      'funding-transparency',
      'open-results',
      'network',
    ]) {
      await tabTo(page, `#application-charter-${item}`);
      await page.keyboard.press('Space');
    }
    await tabTo(page, 'button[type="submit"]');
    await page.keyboard.press('Enter');
    // Sending is final: the question takes focus, the next Tab reaches the confirmation.
    await page.getByRole('button', { name: CONFIRM }).waitFor();
    await expect
      .poll(async () => (await activeElement(page)).id)
      .toBe('application-confirm-question');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(CONFIRM);
    await page.keyboard.press('Enter');

    // Sent: the confirmation takes focus and gives the reference; the draft is gone.
    const confirmation = page.getByTestId('application-confirmation');
    await confirmation.waitFor();
    await expect
      .poll(async () => (await activeElement(page)).testId)
      .toBe('application-confirmation');
    expect(await confirmation.textContent()).toMatch(
      /Candidature envoyée.*référence AIC-2026-001\..*jardins@example\.org/,
    );
    expect(await draftKeys(page)).toEqual([]);
    // The page now shows the public log with the receipt appended.
    await page.getByText(/^Événements inscrits : 2\./).waitFor();
    await keepScreenshot(page, { path: `${outputDir}/call-application-sent.png`, fullPage: true });
    await page.reload();
    await page.getByRole('button', { name: SUBMIT }).waitFor();
    expect(await name.inputValue()).toBe('');
    expect(await page.getByTestId('draft-status').textContent()).toBe('');
    expect(await page.getByRole('button', { name: 'Effacer le brouillon' }).count()).toBe(0);

    // The email carries the private link; the applicant's page shows what was sent, "received".
    const mail = server.outbox.find((m) => m.to === 'jardins@example.org');
    expect(mail?.subject).toBe('Candidature reçue : Jardins partagés du quartier (AIC-2026-001)');
    // The harness learns its URL only once listening, after the calls service has read publicUrl:
    // the mail's link starts with the path here (with the full origin in production).
    const path = `/candidature/${tokenIn(mail?.text ?? '', 'candidature')}`;
    expect(mail?.text).toMatch(new RegExp(`^\\S*${path}$`, 'm'));
    await page.goto(`${server.url}${path}`);
    await page
      .getByRole('heading', { level: 1, name: 'Votre candidature : Jardins partagés du quartier' })
      .waitFor();
    expect(await page.getByTestId('application-ref').textContent()).toBe('AIC-2026-001');
    expect(await page.getByTestId('application-status').textContent()).toBe('Reçue');
    const sent = await page.getByTestId('application-summary').textContent();
    expect(sent).toContain(answers.description);
    expect(sent).toContain('Association');
    expect(sent).toContain('Accompagnement par des experts');
    expect(sent).toContain('Visibilité et promotion');
    expect(sent).not.toContain('Accès aux données et outils numériques');
    await expectAccessible(browser, page, 'applicant’s page');

    await page.goto(`${server.url}/candidature/ceci-n-est-pas-un-lien`);
    expect(await page.getByRole('alert').textContent()).toMatch(
      /Ce lien de candidature n’est pas valide/,
    );
    expect(cspErrors).toEqual([]);
    await page.close();
  });

  it('says why the server refused: an automated submission, then a duplicate project name', async () => {
    const callId = await openCall(organiser);
    data(
      await server.client().post(`/api/public/calls/${callId}/applications`, sampleApplication(7)),
    );
    const page = await newPage();
    await page.goto(`${server.url}/appel/${callId}`);
    const answers = sampleApplication(7, { email: 'autre@example.org' });
    for (const field of [
      'projectName',
      'pitch',
      'description',
      'sector',
      'territory',
      'leadName',
      'email',
      'generalInterest',
      'funding',
    ] as const)
      await page.locator(`#application-${field}`).fill(answers[field]);
    // The design system draws radios and checkboxes on their labels, which take the pointer.
    for (const id of [
      'leadType-association',
      'lever-coaching',
      ...Object.keys(answers.charter).map((item) => `charter-${item}`),
    ]) {
      await page.locator(`label[for="application-${id}"]`).click();
      expect(await page.locator(`#application-${id}`).isChecked()).toBe(true);
    }

    // The honeypot is there for robots, hidden from people and assistive technologies.
    const honeypot = page.locator('#application-fax');
    expect(await honeypot.getAttribute('tabindex')).toBe('-1');
    expect(await honeypot.getAttribute('autocomplete')).toBe('off');
    expect(await page.locator('[aria-hidden="true"]:has(#application-fax)').count()).toBe(1);
    await honeypot.fill('+33 1 00 00 00 00', { force: true });
    await page.getByRole('button', { name: SUBMIT }).click();
    await page.getByRole('button', { name: CONFIRM }).click();
    const summary = page.getByTestId('error-summary');
    await summary.getByText(/envoi automatique/).waitFor();

    await honeypot.fill('', { force: true });
    await page.getByRole('button', { name: SUBMIT }).click();
    await page.getByRole('button', { name: CONFIRM }).click();
    const duplicate = summary.getByRole('link', {
      name: /Une candidature portant ce nom de projet a déjà été déposée/,
    });
    await duplicate.waitFor();
    expect(await duplicate.getAttribute('href')).toBe('#application-projectName');
    expect(await page.locator('#application-projectName').getAttribute('aria-invalid')).toBe(
      'true',
    );
    // Refused: the draft is kept.
    expect(await draftKeys(page)).toEqual([`${DRAFT_PREFIX}${callId}`]);
    expect(cspErrors).toEqual([]);
    await page.close();
  });

  it('shows a closed call’s aggregate outcome, never an application, and no form', async () => {
    // An empty call that closed before the clock's date.
    const emptyCall = await openCall(organiser, '2023-08-01T00:00:00Z', '2023-09-01T00:00:00Z');
    const page = await newPage();
    await page.goto(`${server.url}/appel/${emptyCall}`);
    await page.getByRole('heading', { level: 2, name: 'Bilan de l’appel' }).waitFor();
    expect(await page.getByRole('button', { name: SUBMIT }).count()).toBe(0);
    expect(await page.getByRole('textbox').count()).toBe(0);
    expect(await page.getByTestId('call-status').textContent()).toMatch(/L’appel est clos/);

    // A call with three applications, reviewed and settled after its close.
    const callId = await openCall(organiser, '2023-09-01T00:00:00Z', '2023-09-20T00:00:00Z');
    for (let n = 1; n <= 3; n++)
      data(
        await server
          .client()
          .post(`/api/public/calls/${callId}/applications`, sampleApplication(40 + n)),
      );
    const reviewerTokens: string[] = [];
    for (const name of ['agnes', 'bruno']) {
      const before = server.outbox.length;
      data(
        await organiser.post(`/api/calls/${callId}/reviewers`, {
          name,
          email: `${name}@administration.example`,
        }),
      );
      reviewerTokens.push(tokenIn(server.outbox[before]?.text ?? '', 'relecture'));
    }
    data(await organiser.post(`/api/calls/${callId}/assign`, {}));
    for (const token of reviewerTokens)
      for (let n = 1; n <= 3; n++)
        data(
          await server
            .client()
            .post(
              `/api/reviewers/${token}/applications/AIC-2026-00${n}/review`,
              review(n === 1 ? 'admissible' : 'not-admissible'),
            ),
        );
    server.clock.set('2023-09-21T12:00:00Z');
    // Days later: the organiser's session (8 hours) has expired, so they sign in again.
    data(await signIn(organiser, 'fixture password 42'));
    const settlements: [string, boolean, string | null][] = [
      ['AIC-2026-001', true, null],
      ['AIC-2026-002', false, 'commercial'],
      ['AIC-2026-003', false, 'vague'],
    ];
    for (const [ref, admissible, reason] of settlements)
      data(
        await organiser.post(`/api/calls/${callId}/applications/${ref}/settle`, {
          admissible,
          reason,
          reasonText: 'Décision motivée de la commission de recevabilité.',
        }),
      );

    await page.goto(`${server.url}/appel/${callId}`);
    await page.getByRole('heading', { level: 2, name: 'Bilan de l’appel' }).waitFor();
    expect(await page.getByRole('button', { name: SUBMIT }).count()).toBe(0);
    const figures = page.getByTestId('call-figures').getByRole('row');
    expect(await figures.allTextContents()).toEqual([
      'IndicateurNombre',
      'Candidatures reçues3',
      'Candidatures dont l’examen est terminé3',
      'Candidatures recevables1',
      'Candidatures non recevables2',
    ]);
    const reasons = await page.getByTestId('call-reasons').getByRole('row').allTextContents();
    // The labels of the one vocabulary (shared/calls/refusalReasons.ts), as in the organiser's form.
    expect(reasons).toContain('Projet commercial sans intérêt général1');
    expect(reasons).toContain('Dossier trop imprécis1');
    expect(reasons).toContain('Doublon d’un service public existant0');
    expect(await page.locator('canvas[role="img"]').getAttribute('aria-label')).toMatch(
      /^Diagramme en barres du nombre de candidatures non recevables par motif/,
    );
    // Aggregates only: no project, applicant or reference appears.
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).not.toMatch(/Projet citoyen numéro|Porteuse|AIC-2026-00/);
    await keepScreenshot(page, { path: `${outputDir}/call-closed-statistics.png`, fullPage: true });
    await expectAccessible(browser, page, 'closed call page');

    // The applicant now reads the outcome and its reason.
    const mail = server.outbox.find((m) => m.to === 'porteuse42@example.org');
    await page.goto(`${server.url}/candidature/${tokenIn(mail?.text ?? '', 'candidature')}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByTestId('application-status').textContent()).toBe('Non recevable');
    expect(await page.getByTestId('application-reason').textContent()).toBe(
      'Décision motivée de la commission de recevabilité.',
    );
    expect(await page.getByTestId('application-reason-category').textContent()).toBe(
      'Projet commercial sans intérêt général',
    );
    // The decision mail says the same, and its own link opens the same page.
    const decision = server.outbox.find(
      (m) => m.to === 'porteuse42@example.org' && m.subject.startsWith('Décision'),
    );
    expect(decision?.text).toContain('Motif : Projet commercial sans intérêt général.');
    await page.goto(`${server.url}/candidature/${tokenIn(decision?.text ?? '', 'candidature')}`);
    await page.getByTestId('application-reason-category').waitFor();
    expect(await page.getByTestId('application-ref').textContent()).toBe('AIC-2026-002');
    await keepScreenshot(page, {
      path: `${outputDir}/call-application-refused.png`,
      fullPage: true,
    });
    await expectAccessible(browser, page, 'refused application status page');
    expect(cspErrors).toEqual([]);
    await page.close();
  });
});
