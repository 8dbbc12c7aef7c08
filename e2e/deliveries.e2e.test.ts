// The console's "Envois": a failed e-mail is announced at the top of the process and call pages, the
// section lists each recipient with status, attempts and the reason in plain French, and "Renvoyer" puts
// the message back in the queue with a live announcement. Desktop and phone (390 px), keyboard, axe.

import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { OutgoingMail } from '../server/mail/mailQueue';
import { openCall } from '../server/testing/callFixture';
import { createProcessWithVolunteers, numberedVolunteers } from '../server/testing/ceremonyFixture';
import { data, setUpAdministrator } from '../server/testing/testServer';
import { expectAccessibleNow } from './harness/axe';
import {
  hasNoHorizontalOverflow,
  signedInContext,
  startBrowserRun,
  type BrowserRun,
} from './harness/browser';
import { keepScreenshot } from './harness/screenshots';

const shots = fileURLToPath(new URL('../test-output/deliveries', import.meta.url));
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

let run: BrowserRun;
let cookie: string;
let processId: string;
let callId: string;
let failedInvitation: number;
let retryingReceipt: number;
let failedReviewer: number;

const mail = (overrides: Partial<OutgoingMail>): OutgoingMail => ({
  kind: 'invitation',
  to: 'personne@example.org',
  language: 'fr',
  subject: 'Objet',
  text: 'Texte',
  html: '<p>Texte</p>',
  ...overrides,
});

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  // Nothing leaves the queue: each message's status is set by the test itself.
  run = await startBrowserRun({ isMailerDown: true });
  const organiser = run.server.client();
  const setup = await setUpAdministrator(organiser, 'fixture password 42');
  cookie = (setup.headers.get('set-cookie') ?? '').split(';')[0] as string;
  processId = await createProcessWithVolunteers(
    organiser,
    { title: 'Jury des envois', seats: 2, alternates: 0 },
    numberedVolunteers(4),
  );
  callId = await openCall(organiser);
  data(await organiser.get(`/api/calls/${callId}`));

  // The queue as the delivery worker would leave it: sent, refused for good, waiting for a retry.
  const queue = run.server.app.mailQueue;
  const sent = queue.enqueue(
    mail({ to: 'ada.lovelace@example.org', processId, recipientRef: 'V-0001' }),
  );
  queue.markSent(sent, '<1@kleroterion>');
  failedInvitation = queue.enqueue(
    mail({ to: 'bob.martin@example.org', processId, recipientRef: 'V-0002' }),
  );
  queue.markAttemptFailed(
    failedInvitation,
    'EENVELOPE 550 5.1.1 mailbox unavailable',
    '<2@k>',
    true,
  );
  retryingReceipt = queue.enqueue(
    mail({ kind: 'receipt', to: 'cleo.durand@example.org', processId, recipientRef: 'V-0003' }),
  );
  queue.markAttemptFailed(retryingReceipt, 'ECONNREFUSED', '<3@k>', false);
  const reminder = queue.enqueue(
    mail({ kind: 'invitationReminder', to: 'dan@example.org', processId }),
  );
  queue.markSent(reminder, '<4@k>');
  failedReviewer = queue.enqueue(
    mail({ kind: 'reviewerInvitation', to: 'relecteur@administration.example', callId }),
  );
  queue.markAttemptFailed(failedReviewer, 'EAUTH 535 5.7.8 authentication failed', '<5@k>', true);
}, 120_000);
afterAll(() => run.close());

async function openPage(path: string, viewport: typeof DESKTOP): Promise<Page> {
  const context = await signedInContext(run.browser, run.server.url, cookie, { viewport });
  const page = await context.newPage();
  await page.goto(`${run.server.url}${path}`);
  await page.getByRole('heading', { name: 'Envois', level: 2 }).waitFor();
  await page.getByText('En tout :').waitFor();
  return page;
}

/** English words of this section that must never show on the French page. */
const ENGLISH = ['Resend', 'Deliveries', 'Failed', 'Waiting', 'Attempts', 'Technical detail'];

describe('the process page', () => {
  it('announces the failure at the top, and the link leads to the section', async () => {
    const page = await openPage(`/organiser/p/${processId}`, DESKTOP);
    const alert = page.locator('.delivery-alert');
    await expect.poll(() => alert.textContent()).toContain('1 courriel n’a pas pu être envoyé');
    // Above everything but the title.
    const alertTop = (await alert.boundingBox())!.y;
    const firstSection = (await page.locator('section').first().boundingBox())!.y;
    expect(alertTop).toBeLessThan(firstSection);
    await keepScreenshot(page, { path: `${shots}/process-alert-desktop.png` });

    await alert.getByRole('link', { name: 'Voir les envois' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('envois');
    expect(page.url()).toMatch(/#envois$/);

    const section = page.locator('section.deliveries');
    const text = (await section.textContent()) ?? '';
    expect(text).toContain('En tout : 2 envoyés, 1 en attente, 1 en échec.');
    for (const heading of ['Invitations', 'Rappels', 'Reçus des volontaires'])
      await section.getByRole('heading', { name: heading, level: 3 }).waitFor();
    const failed = section.getByRole('listitem').filter({ hasText: 'bob.martin@example.org' });
    const failedText = (await failed.textContent()) ?? '';
    expect(failedText).toContain('En échec');
    expect(failedText).toContain('Tentatives : 1');
    expect(failedText).toContain('Référence : V-0002');
    expect(failedText).toContain(
      'Le serveur de messagerie du destinataire a refusé l’adresse ou le message. Vérifiez l’adresse.',
    );
    const receipt = section.getByRole('listitem').filter({ hasText: 'cleo.durand@example.org' });
    expect(await receipt.textContent()).toContain('Le serveur d’envoi est injoignable');
    expect(await receipt.textContent()).toMatch(/Prochain essai le .*heure de Paris/);
    // A sent message waits behind its disclosure; the failure is in plain view.
    expect(await section.getByText('ada.lovelace@example.org', { exact: true }).isVisible()).toBe(
      false,
    );
    await section.getByText('Courriels envoyés (1)').first().click();
    expect(await section.getByText('ada.lovelace@example.org', { exact: true }).isVisible()).toBe(
      true,
    );

    const pageText = (await page.locator('main, body').first().textContent()) ?? '';
    for (const word of ENGLISH) expect(pageText, word).not.toContain(word);
    await expectAccessibleNow(page, 'process page with a failed delivery');
    await keepScreenshot(page.locator('section.deliveries'), {
      path: `${shots}/process-envois-desktop.png`,
    });
    await page.context().close();
  });

  it('resends from the keyboard: announced, queued again, the alert goes away', async () => {
    const page = await openPage(`/organiser/p/${processId}`, PHONE);
    expect(await hasNoHorizontalOverflow(page)).toBe(true);
    await keepScreenshot(page, { path: `${shots}/process-phone-top.png` });
    await keepScreenshot(page.locator('section.deliveries'), {
      path: `${shots}/process-envois-phone.png`,
    });
    const failed = page.getByRole('listitem').filter({ hasText: 'bob.martin@example.org' });
    const button = failed.getByRole('button', {
      name: 'Renvoyer le courriel à bob.martin@example.org',
    });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('section.deliveries [role="status"]').textContent())
      .toBe('Courriel à bob.martin@example.org remis dans la file d’envoi : En attente.');
    expect(run.server.app.mailQueue.delivery(failedInvitation)).toMatchObject({
      status: 'queued',
      lastError: null,
    });
    await expect.poll(() => page.locator('.delivery-alert').count()).toBe(0);
    expect(await hasNoHorizontalOverflow(page)).toBe(true);
    await expectAccessibleNow(page, 'process page on a phone after a resend');

    // The worker delivers it: the page shows it without a reload (it looks again every 10 s).
    run.server.app.mailQueue.markSent(failedInvitation, '<2b@k>');
    await expect
      .poll(() => page.locator('section.deliveries').textContent(), { timeout: 15_000 })
      .toContain('En tout : 3 envoyés, 1 en attente, 0 en échec.');
    await page.context().close();
  }, 30_000);
});

describe('the call page', () => {
  it('shows a reviewer invitation refused for bad credentials, and resends it', async () => {
    const page = await openPage(`/organiser/appels/${callId}`, DESKTOP);
    await expect
      .poll(() => page.locator('.delivery-alert').textContent())
      .toContain('1 courriel n’a pas pu être envoyé');
    const section = page.locator('section.deliveries');
    await section.getByRole('heading', { name: 'Relecteurs', level: 3 }).waitFor();
    const item = section
      .getByRole('listitem')
      .filter({ hasText: 'relecteur@administration.example' });
    expect(await item.textContent()).toContain(
      'Le serveur d’envoi a refusé les identifiants de Kleroterion',
    );
    // The process's messages are not the call's.
    expect(await section.textContent()).not.toContain('bob.martin@example.org');
    await expectAccessibleNow(page, 'call page with a failed delivery');
    await keepScreenshot(page, { path: `${shots}/call-desktop.png`, fullPage: true });
    await item.getByRole('button', { name: /^Renvoyer/ }).click();
    await expect
      .poll(() => section.locator('[role="status"]').textContent())
      .toContain('remis dans la file d’envoi');
    expect(run.server.app.mailQueue.delivery(failedReviewer)?.status).toBe('queued');
    await page.context().close();

    const phone = await openPage(`/organiser/appels/${callId}`, PHONE);
    expect(await hasNoHorizontalOverflow(phone)).toBe(true);
    await keepScreenshot(phone, { path: `${shots}/call-phone.png`, fullPage: true });
    await phone.context().close();
  });
});
