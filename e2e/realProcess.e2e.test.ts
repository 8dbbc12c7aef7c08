// A real process, end to end, on real servers: an SMTP server and a drand relay started here, and the
// pages in Chromium. The administrator sets the server up with its setup token and invites an organiser by
// e-mail (delivered over SMTP); the organiser signs in with a TOTP code and runs the ceremony: a witness
// makes a secret on the witness page, the beacon is fetched from the relay, the invitations and each
// volunteer's receipt are delivered over SMTP, and a volunteer's e-mailed receipt verifies on the public
// page. An auditor then sees the process, but none of the volunteers' personal data.

import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Secret, TOTP } from 'otpauth';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import drand from '../fixtures/vectors/drand-quicknet.json';
import { createHttpRelays } from '../server/beacon/httpRelays';
import { createSmtpTransport } from '../server/mail/smtpTransport';
import {
  RelayBehaviour,
  startLocalRelay,
  type LocalRelay,
} from '../server/testing/localDrandRelay';
import { readRawMail } from '../server/testing/rawMail';
import { startSmtpTestServer, type SmtpTestServer } from '../server/testing/smtpTestServer';
import {
  TEST_ADMINISTRATOR,
  TEST_SETUP_TOKEN,
  signInAs,
  type TestServer,
} from '../server/testing/testServer';
import { expectAccessibleNow } from './harness/axe';
import { hasNoHorizontalOverflow, startBrowserRun } from './harness/browser';
import { keepScreenshot } from './harness/screenshots';

const shots = fileURLToPath(new URL('../test-output/real-process', import.meta.url));
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const ADMIN_PASSWORD = 'mot de passe de l’administratrice';
const ORGANISER = { email: 'organisatrice@mairie.example', password: 'une phrase de passe sûre' };
/** Drand quicknet round 657413 was published at 2023-09-15T11:00:03Z; the clock starts an hour before. */
const round = drand.rounds[0]!;
const VOLUNTEERS = Array.from({ length: 30 }, (_, i) => ({
  name: `Volontaire Numéro${i + 1}`,
  email: `volontaire${i + 1}@exemple.fr`,
}));

let smtp: SmtpTestServer;
let relay: LocalRelay;
let server: TestServer;
let browser: Browser;
let close: () => Promise<void>;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  smtp = await startSmtpTestServer();
  relay = await startLocalRelay(RelayBehaviour.Recorded);
  ({ server, browser, close } = await startBrowserRun({
    clockStart: '2023-09-15T10:00:00Z',
    mailTransport: createSmtpTransport(
      { url: smtp.url, from: { name: 'Jury citoyen', address: 'jury@mairie.example' } },
      { now: () => new Date() },
    ),
    beacon: createHttpRelays({ urls: [relay.url], timeoutMs: 2_000 }),
    beaconTickMs: 50,
  }));
}, 180_000);

afterAll(async () => {
  await close?.();
  await relay?.close();
  await smtp?.close();
});

/** The text part of the last message the SMTP server received for `to`, once it has arrived. */
async function textMailedTo(to: string, subject: RegExp): Promise<string> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const found = smtp.received
      .filter((mail) => mail.to.includes(to))
      .map((mail) => readRawMail(mail.raw))
      .filter((mail) => subject.test(mail.header('subject') ?? ''))
      .at(-1);
    if (found !== undefined)
      return found.parts.find((part) => part.contentType.startsWith('text/plain'))!.body;
    if (Date.now() > deadline) throw new Error(`no mail "${subject}" reached ${to}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const codeNow = (secret: string) =>
  new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({
    timestamp: server.clock.now().getTime(),
  });

async function shoot(page: Page, name: string) {
  expect(await hasNoHorizontalOverflow(page), `${name}: no horizontal scroll`).toBe(true);
  await keepScreenshot(page, { path: `${shots}/${name}.png`, fullPage: true });
}

describe('a real process, end to end', () => {
  it('runs from the setup token to a volunteer verifying the receipt they were mailed', async () => {
    const errors: string[] = [];
    const watch = (page: Page) =>
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });

    // 1. First start: the administrator creates the first account with the setup token.
    const adminContext = await browser.newContext({ viewport: DESKTOP });
    const admin = await adminContext.newPage();
    watch(admin);
    await admin.goto(`${server.url}/organiser`);
    await admin.getByLabel('Jeton de mise en service').fill(TEST_SETUP_TOKEN);
    await admin.getByLabel('Adresse e-mail').fill(TEST_ADMINISTRATOR.email);
    await admin.getByLabel('Votre nom').fill(TEST_ADMINISTRATOR.name);
    await admin.getByLabel('Mot de passe', { exact: true }).fill(ADMIN_PASSWORD);
    await admin.getByLabel('Confirmer le mot de passe').fill(ADMIN_PASSWORD);
    await admin.getByRole('button', { name: 'Créer le compte' }).click();
    await admin.getByRole('heading', { name: 'Vos processus' }).waitFor();

    // 2. The administrator invites an organiser; the invitation arrives over SMTP.
    await admin.getByRole('link', { name: 'Comptes' }).click();
    await admin.getByLabel('Adresse e-mail').fill(ORGANISER.email);
    await admin.getByRole('button', { name: 'Envoyer l’invitation' }).click();
    const invitation = await textMailedTo(ORGANISER.email, /compte/i);
    const accountLink = /https?:\/\/\S+\/organiser\/compte\/[A-Za-z0-9_-]+/.exec(invitation)![0];
    expect(accountLink.startsWith(server.url)).toBe(true);

    // 3. The organiser, on a phone, sets a password, enrols TOTP, and signs in again with a code.
    const phone = await browser.newContext({ viewport: PHONE, acceptDownloads: true });
    const organiser = await phone.newPage();
    watch(organiser);
    await organiser.goto(accountLink);
    await organiser.getByLabel('Votre nom').fill('Olga Organisatrice');
    await organiser.getByLabel('Mot de passe', { exact: true }).fill(ORGANISER.password);
    await organiser.getByLabel('Confirmer le mot de passe').fill(ORGANISER.password);
    await organiser.getByRole('button', { name: 'Enregistrer et se connecter' }).click();
    await organiser.getByRole('link', { name: 'Ouvrir la console' }).click();
    await organiser.getByRole('link', { name: 'Mon compte' }).click();
    await organiser.getByRole('button', { name: 'Activer la validation en deux étapes' }).click();
    const totpSecret = (await organiser.getByTestId('totp-secret').textContent())!.trim();
    await organiser.getByLabel('Code de validation').fill(codeNow(totpSecret));
    await organiser.getByRole('button', { name: 'Confirmer l’activation' }).click();
    await organiser.getByTestId('recovery-codes').waitFor();
    await organiser.getByRole('button', { name: 'Se déconnecter' }).click();
    await organiser.getByLabel('Adresse e-mail').fill(ORGANISER.email);
    await organiser.getByLabel('Mot de passe').fill(ORGANISER.password);
    await organiser.getByRole('button', { name: 'Se connecter' }).click();
    await organiser.getByLabel('Code de validation').waitFor();
    server.clock.advance(30_000);
    await organiser.getByLabel('Code de validation').fill(codeNow(totpSecret));
    await organiser.getByRole('button', { name: 'Se connecter' }).click();
    await organiser.getByRole('heading', { level: 1, name: 'Mon compte' }).waitFor();
    await shoot(organiser, '01-organiser-signed-in-with-totp');

    // 4. A witness makes a secret on the witness page; only its hash goes to the organiser.
    const witnessPage = await (await browser.newContext({ viewport: PHONE })).newPage();
    watch(witnessPage);
    const witness = await makeWitnessSecret(witnessPage);
    await shoot(witnessPage, '02-witness-secret');

    // 5. The organiser creates the process, imports the volunteers and commits, naming the witness and
    //    the drand round.
    await organiser.goto(`${server.url}/organiser`);
    await organiser.getByLabel('Titre du processus').fill('Jury citoyen de la ville');
    await organiser.getByRole('button', { name: 'Créer le processus' }).click();
    const csv = `name,email\n${VOLUNTEERS.map((v) => `${v.name},${v.email}`).join('\n')}\n`;
    await organiser.getByLabel('Fichier CSV des volontaires').setInputFiles({
      name: 'volontaires.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await organiser.getByRole('button', { name: 'Importer', exact: true }).click();
    await organiser
      .getByText(/30 volontaires/)
      .first()
      .waitFor();
    await organiser.getByRole('button', { name: 'Ajouter un témoin' }).click();
    await organiser.getByLabel('Nom du témoin 1').fill('Témoin de la mairie');
    await organiser.getByLabel('Empreinte SHA-256 du témoin 1').fill(witness.hash);
    await organiser.getByLabel('Numéro du tour drand (facultatif)').fill(String(round.round));
    await organiser.getByRole('button', { name: 'Publier l’engagement' }).click();
    await organiser.getByRole('button', { name: 'Oui, publier l’engagement' }).click();
    const organiserSecret = (
      await organiser.getByTestId('organiser-secret').textContent({ timeout: 20_000 })
    )?.trim();
    expect(organiserSecret).toMatch(/^[0-9a-f]{64}$/);
    const processId = /\/organiser\/p\/([^/?#]+)/.exec(organiser.url())![1]!;

    // 6. Each volunteer's receipt is mailed over SMTP at the commitment.
    // The organiser's account invitation, then one receipt per volunteer.
    await smtp.awaitReceived(1 + VOLUNTEERS.length, 60_000);
    const volunteer = VOLUNTEERS[7]!;
    const receiptMail = await textMailedTo(volunteer.email, /reçu/i);

    // 7. The round comes: the server fetches it from the relay by itself.
    server.clock.set('2023-09-15T11:00:10Z');
    await organiser.getByText('récupéré automatiquement').first().waitFor({ timeout: 20_000 });
    expect(relay.requests).toContain(round.round);
    await shoot(organiser, '03-beacon-fetched');

    // 8. The organiser reveals their secret and the witness's, draws and sends the invitations.
    await organiser.getByLabel('Valeur révélée : secret de l’organisateur').fill(organiserSecret!);
    await organiser.getByRole('button', { name: 'Révéler « secret de l’organisateur »' }).click();
    await organiser.getByLabel(/^Valeur révélée : .*Témoin de la mairie$/).fill(witness.secret);
    await organiser.getByRole('button', { name: /^Révéler « .*Témoin de la mairie »$/ }).click();
    await organiser.getByRole('button', { name: 'Tirer au sort' }).click();
    await organiser.getByRole('button', { name: 'Confirmer le tirage' }).click();
    await organiser.getByRole('button', { name: /Envoyer les invitations/ }).click();
    const seats = server.app.ceremony.state(processId).settings.seats;
    await smtp.awaitReceived(1 + VOLUNTEERS.length + seats, 60_000);
    const invited = smtp.received
      .map((mail) => readRawMail(mail.raw))
      .filter((mail) => /tiré·e au sort/i.test(mail.header('subject') ?? ''));
    expect(invited).toHaveLength(seats);
    await shoot(organiser, '04-invitations-sent');

    // 9. The volunteer pastes the receipt they were mailed, unchanged, on the public page.
    const visitor = await (await browser.newContext({ viewport: PHONE })).newPage();
    watch(visitor);
    const receiptLink = /(https?:\/\/\S+#receipt-heading)/.exec(receiptMail)![1]!;
    await visitor.goto(receiptLink);
    await visitor.getByRole('textbox', { name: 'Votre reçu' }).fill(receiptMail);
    await visitor.getByRole('button', { name: 'Vérifier mon reçu' }).click();
    const verdict = visitor.getByTestId('receipt-verdict');
    await verdict.waitFor();
    const said = (await verdict.textContent()) ?? '';
    expect(said).toContain('Vous faisiez bien partie du vivier');
    // The verdict names the pseudonymous id the mailed receipt carries, and the volunteer's outcome.
    const pseudonym = /identifiant (\S+),/.exec(said)![1]!;
    expect(receiptMail).toContain(pseudonym);
    expect(said).toMatch(/tiré·e au sort|pas été tiré·e/);
    await shoot(visitor, '05-receipt-verified');
    await expectAccessibleNow(visitor, 'public page with a verified receipt');

    // 10. An auditor sees the process, its counts and log, and no volunteer's name or address.
    const auditor = await signInAs(server, ['auditor'], 'commissaire@justice.example');
    const auditContext = await browser.newContext({ viewport: DESKTOP });
    await auditContext.addCookies([
      { name: 'kl_session', value: auditor.cookie.split('=')[1]!, url: server.url },
    ]);
    const audit = await auditContext.newPage();
    watch(audit);
    await audit.goto(`${server.url}/organiser`);
    await audit.getByRole('link', { name: 'Jury citoyen de la ville' }).click();
    await audit.getByRole('heading', { level: 1, name: /Jury citoyen de la ville/ }).waitFor();
    const seen = (await audit.locator('body').textContent()) ?? '';
    for (const person of VOLUNTEERS) {
      expect(seen).not.toContain(person.name);
      expect(seen).not.toContain(person.email);
    }
    await shoot(audit, '06-auditor');

    expect(errors.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
  }, 420_000);
});

/** The witness page: a secret made in the browser, its SHA-256 for the organiser. */
async function makeWitnessSecret(page: Page): Promise<{ secret: string; hash: string }> {
  await page.goto(`${server.url}/temoin`);
  await page.getByRole('heading', { level: 1, name: 'Espace témoin' }).waitFor();
  await page.getByRole('button', { name: 'Créer un secret' }).click();
  await page.getByTestId('witness-made').waitFor();
  const secret = ((await page.getByTestId('witness-secret').textContent()) ?? '').trim();
  const hash = ((await page.getByTestId('witness-hash').textContent()) ?? '').trim();
  expect(secret).toMatch(/^[0-9a-f]{64}$/);
  expect(hash).toMatch(/^[0-9a-f]{64}$/);
  return { secret, hash };
}
