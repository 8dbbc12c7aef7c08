// Named accounts in the browser: the first administrator signs in with the setup token, invites an
// organiser (the mail is queued; the link is taken from the queue), who sets a password, enrols two-step
// verification with a real TOTP code and signs in with a code; an auditor sees a process but no personal data.

import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Secret, TOTP } from 'otpauth';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProcessState } from '../shared/process/processState';
import {
  TEST_ADMINISTRATOR,
  TEST_SETUP_TOKEN,
  data,
  signIn,
  signInAs,
  type TestServer,
} from '../server/testing/testServer';
import { expectAccessible } from './harness/axe';
import { hasNoHorizontalOverflow, signedInContext, startBrowserRun } from './harness/browser';
import { keepScreenshot } from './harness/screenshots';

const shots = fileURLToPath(new URL('../test-output/accounts', import.meta.url));
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const ADMIN_PASSWORD = 'mot de passe très long';
const ORGANISER = { email: 'organisatrice@exemple.fr', password: 'une phrase de passe sûre' };
const VOLUNTEERS = [
  ['Camille Secrète', 'camille.secrete@exemple.fr'],
  ['Dominique Cachée', 'dominique.cachee@exemple.fr'],
  ['Sacha Privé', 'sacha.prive@exemple.fr'],
];

let server: TestServer;
let browser: Browser;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ server, browser, close } = await startBrowserRun());
  mkdirSync(shots, { recursive: true });
}, 120_000);

afterAll(async () => {
  await close?.();
});

/** Screenshots of the page at phone and desktop widths; no horizontal scroll on the phone. */
async function capture(page: Page, name: string) {
  for (const [label, size] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    await page.setViewportSize(size);
    if (label === 'phone') expect(await hasNoHorizontalOverflow(page), name).toBe(true);
    await keepScreenshot(page, { path: `${shots}/${name}-${label}.png`, fullPage: true });
  }
}

const codeNow = (secret: string) =>
  new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({
    timestamp: server.clock.now().getTime(),
  });

describe('named accounts in the browser', () => {
  it('sets up the administrator, invites an organiser who enrols TOTP and signs in with a code', async () => {
    const admin = await (await browser.newContext({ viewport: DESKTOP })).newPage();
    const cspErrors: string[] = [];
    admin.on('console', (m) => {
      if (m.type() === 'error') cspErrors.push(m.text());
    });
    await admin.goto(`${server.url}/organiser`);
    await admin
      .getByRole('heading', { name: 'Mise en service : créer le premier compte' })
      .waitFor();
    await capture(admin, 'setup');
    await expectAccessible(browser, admin, 'setup form');
    // A wrong token is refused with a clear message on the token field.
    await admin.getByLabel('Jeton de mise en service').fill('pas le bon jeton');
    await admin.getByLabel('Adresse e-mail').fill(TEST_ADMINISTRATOR.email);
    await admin.getByLabel('Votre nom').fill(TEST_ADMINISTRATOR.name);
    await admin.getByLabel('Mot de passe', { exact: true }).fill(ADMIN_PASSWORD);
    await admin.getByLabel('Confirmer le mot de passe').fill(ADMIN_PASSWORD);
    await admin.getByRole('button', { name: 'Créer le compte' }).click();
    await admin
      .getByText(/Ce jeton de mise en service n’est pas le bon/)
      .first()
      .waitFor();
    await admin.getByLabel('Jeton de mise en service').fill(TEST_SETUP_TOKEN);
    await admin.getByRole('button', { name: 'Créer le compte' }).click();
    await admin.getByRole('heading', { name: 'Vos processus' }).waitFor();

    // Comptes: invite an organiser.
    await admin.getByRole('link', { name: 'Comptes' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Comptes' }).waitFor();
    await admin.getByLabel('Adresse e-mail').fill(ORGANISER.email);
    await admin.getByRole('button', { name: 'Envoyer l’invitation' }).click();
    await admin.getByTestId('account-link').waitFor();
    const mail = await server.awaitMail((m) => m.to === ORGANISER.email);
    expect(mail?.kind).toBe('accountInvitation');
    const link = /https?:\/\/\S+\/organiser\/compte\/[A-Za-z0-9_-]+/.exec(mail!.text)![0];
    expect(await admin.getByTestId('account-link').textContent()).toBe(link);
    await admin.getByText('État : invitation en attente.').waitFor();
    await capture(admin, 'accounts');
    await expectAccessible(browser, admin, 'accounts page', (scan) =>
      scan.getByRole('heading', { name: 'Journal des actions' }).waitFor(),
    );

    // Roles can change later: the invitee also facilitates.
    const invitedRow = admin.getByTestId('account-item').filter({ hasText: ORGANISER.email });
    await invitedRow.getByText('Modifier les rôles').click();
    await invitedRow.getByLabel('animation').check();
    await invitedRow.getByRole('button', { name: 'Enregistrer les rôles' }).click();
    await invitedRow.getByText('Rôles : organisation, animation.').waitFor();
    expect(server.app.accounts.findActiveByEmail(ORGANISER.email)).toBeUndefined();
    expect(server.app.accounts.list().find((a) => a.email === ORGANISER.email)?.roles).toEqual([
      'organiser',
      'facilitator',
    ]);

    // The organiser, on a phone, follows the link and chooses a password.
    const phone = await browser.newContext({ viewport: PHONE });
    const organiser = await phone.newPage();
    organiser.on('console', (m) => {
      if (m.type() === 'error') cspErrors.push(m.text());
    });
    await organiser.goto(link);
    await organiser.getByRole('heading', { name: 'Choisir votre mot de passe' }).waitFor();
    await capture(organiser, 'link');
    await organiser.getByLabel('Votre nom').fill('Olga Organisatrice');
    await organiser.getByLabel('Mot de passe', { exact: true }).fill(ORGANISER.password);
    await organiser.getByLabel('Confirmer le mot de passe').fill(ORGANISER.password);
    await organiser.getByRole('button', { name: 'Enregistrer et se connecter' }).click();
    await organiser.getByRole('link', { name: 'Ouvrir la console' }).click();
    await organiser.getByRole('heading', { name: 'Vos processus' }).waitFor();
    // An organiser is no administrator: no "Comptes" in the navigation.
    expect(await organiser.getByRole('link', { name: 'Comptes' }).count()).toBe(0);

    // Mon compte: two-step verification, confirmed by a first code from the app.
    await organiser.getByRole('link', { name: 'Mon compte' }).click();
    await organiser.getByRole('button', { name: 'Activer la validation en deux étapes' }).click();
    const secret = (await organiser.getByTestId('totp-secret').textContent())!.trim();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(
      await organiser
        .getByRole('img', { name: 'Code QR à scanner avec votre application d’authentification' })
        .getAttribute('src'),
    ).toMatch(/^data:image\/svg\+xml;base64,/);
    await capture(organiser, 'totp-enrolment');
    await organiser.getByLabel('Code de validation').fill(codeNow(secret));
    await organiser.getByRole('button', { name: 'Confirmer l’activation' }).click();
    const recovery = organiser.getByTestId('recovery-codes').getByRole('listitem');
    await recovery.first().waitFor();
    expect(await recovery.count()).toBe(10);
    await organiser
      .getByText('Activée : la connexion demande un code de votre application.')
      .waitFor();
    await capture(organiser, 'my-account');
    await expectAccessible(browser, organiser, 'my account', undefined, { viewport: PHONE });

    // Sign out, then in again: e-mail, password, then the code the app shows at the next step.
    await organiser.getByRole('button', { name: 'Se déconnecter' }).click();
    await organiser.getByLabel('Adresse e-mail').fill(ORGANISER.email);
    await organiser.getByLabel('Mot de passe').fill(ORGANISER.password);
    await organiser.getByRole('button', { name: 'Se connecter' }).click();
    const code = organiser.getByLabel('Code de validation');
    await code.waitFor();
    await capture(organiser, 'login-code');
    server.clock.advance(30_000);
    await code.fill(codeNow(secret));
    await organiser.getByRole('button', { name: 'Se connecter' }).click();
    // Signed in again where they signed out: "Mon compte", two-step verification on.
    await organiser.getByRole('heading', { level: 1, name: 'Mon compte' }).waitFor();
    await organiser
      .getByText('Activée : la connexion demande un code de votre application.')
      .waitFor();
    expect(cspErrors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
    await phone.close();
    await admin.context().close();
  });

  it('shows an auditor the processes with their counts and no personal data', async () => {
    const api = server.client();
    data(await signIn(api, ADMIN_PASSWORD));
    const process = data(
      await api.post<ProcessState>('/api/processes', { title: 'Jury de l’audit', seats: 2 }),
    );
    const csv = `name,email\n${VOLUNTEERS.map((v) => v.join(',')).join('\n')}\n`;
    data(await api.request('POST', `/api/processes/${process.id}/volunteers`, csv));
    const auditor = await signInAs(server, ['auditor'], 'auditrice@exemple.fr');
    const page = await (
      await signedInContext(browser, server.url, auditor.cookie, { viewport: PHONE })
    ).newPage();
    await page.goto(`${server.url}/organiser`);
    await page.getByRole('heading', { name: 'Processus (lecture seule)' }).waitFor();
    await page.getByRole('link', { name: 'Jury de l’audit' }).waitFor();
    const row = page.getByRole('row', { name: /Jury de l’audit/ });
    expect(await row.textContent()).toContain('3');
    const text = (await page.locator('body').textContent()) ?? '';
    for (const [name, email] of VOLUNTEERS) {
      expect(text).not.toContain(name);
      expect(text).not.toContain(email);
    }
    // No "Comptes" and no organiser console for an auditor.
    expect(await page.getByRole('link', { name: 'Comptes' }).count()).toBe(0);
    await capture(page, 'auditor-overview');
    await expectAccessible(browser, page, 'auditor overview', undefined, { viewport: PHONE });
    await page.context().close();
  });

  it('lets an organiser assign a facilitator, who then sees that process and its room', async () => {
    const api = server.client();
    const setup = await signIn(api, ADMIN_PASSWORD);
    const adminCookie = (setup.headers.get('set-cookie') ?? '').split(';')[0]!;
    const process = data(await api.post<ProcessState>('/api/processes', { title: 'Jury animé' }));
    const facilitator = await signInAs(server, ['facilitator'], 'animateur@exemple.fr');
    const organiser = await (
      await signedInContext(browser, server.url, adminCookie, { viewport: PHONE })
    ).newPage();
    await organiser.goto(`${server.url}/organiser/p/${process.id}`);
    await organiser.getByRole('heading', { name: 'Animation de la séance' }).waitFor();
    await organiser.getByLabel('animateur').check();
    await organiser.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await organiser.getByText('L’animation de la séance est enregistrée.').waitFor();
    expect(server.app.accounts.facilitatorsOf(process.id)).toEqual([facilitator.accountId]);
    await organiser.context().close();

    const page = await (
      await signedInContext(browser, server.url, facilitator.cookie, { viewport: PHONE })
    ).newPage();
    await page.goto(`${server.url}/organiser`);
    await page.getByRole('link', { name: 'Jury animé' }).waitFor();
    expect(await page.getByRole('link', { name: 'salle de délibération' }).count()).toBe(1);
    // Only the processes assigned to them.
    expect(await page.getByRole('link', { name: 'Jury de l’audit' }).count()).toBe(0);
    await capture(page, 'facilitator-overview');
    await page.context().close();
  });
});
