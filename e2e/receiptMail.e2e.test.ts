import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import drand from '../fixtures/vectors/drand-quicknet.json';
import { scratchFolder } from '../scripts/testing/runScript';
import { createProcessWithVolunteers, numberedVolunteers } from '../server/testing/ceremonyFixture';
import { data, type TestServer, setUpAdministrator } from '../server/testing/testServer';
import { expectAccessibleNow } from './harness/axe';
import { hasNoHorizontalOverflow, startBrowserRun } from './harness/browser';
import { keepScreenshot } from './harness/screenshots';

// Each volunteer's receipt arrives by e-mail when the pool is committed. The mail is taken from the real
// server's queue, unchanged, and "Vérifier mon reçu" on the public page must accept it as sent: the whole
// text pasted, the receipt block alone, or the message saved as a file.

const shots = fileURLToPath(new URL('../test-output/messages', import.meta.url));
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

let server: TestServer;
let browser: Browser;
let close: () => Promise<void>;
const folder = scratchFolder();
let processId: string;
let mail: { text_body: string; html_body: string; recipient_ref: string };

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  ({ server, browser, close } = await startBrowserRun());
  const organiser = server.client();
  data(await setUpAdministrator(organiser, 'receipt mail password 42'));
  processId = await createProcessWithVolunteers(
    organiser,
    { title: 'Budget participatif', seats: 5, alternates: 0 },
    numberedVolunteers(40),
  );
  data(
    await organiser.post(`/api/processes/${processId}/commit`, {
      witnesses: [],
      drandRound: drand.rounds[0]!.round,
    }),
  );
  mail = server.db
    .prepare(
      "SELECT text_body, html_body, recipient_ref FROM mail_queue WHERE kind = 'receipt' AND recipient = ?",
    )
    .get('p7@example.org') as typeof mail;
}, 180_000);

afterAll(async () => {
  await close();
  folder.dispose();
});

async function check(page: Page, text: string): Promise<string> {
  const verdict = page.getByTestId('receipt-verdict');
  await page.getByRole('textbox', { name: 'Votre reçu' }).fill(text);
  // The previous verdict goes with the text it spoke of, so the one read below is this check's.
  await verdict.waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Vérifier mon reçu' }).click();
  await verdict.waitFor();
  await expect.poll(async () => (await verdict.textContent()) ?? '').not.toBe('');
  return (await verdict.textContent()) ?? '';
}

describe('the receipt e-mailed to each volunteer', () => {
  it('is accepted by "Vérifier mon reçu" exactly as sent: whole text, block alone, saved file', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    // The link in the mail leads to the check.
    const link = /(http:\/\/\S+#receipt-heading)/.exec(mail.text_body)![1]!;
    expect(link).toBe(`${server.url}/p/${processId}#receipt-heading`);
    await page.goto(link);
    await page.getByRole('heading', { name: 'Vérifier mon reçu' }).waitFor();
    const inPool = `Vous faisiez bien partie du vivier : identifiant ${mail.recipient_ref}, position`;

    expect(await check(page, mail.text_body)).toContain(inPool);
    expect(await check(page, mail.text_body)).toContain('Le tirage n’a pas encore eu lieu.');
    expect(await hasNoHorizontalOverflow(page)).toBe(true);
    await page.getByTestId('receipt-verdict').scrollIntoViewIfNeeded();
    await keepScreenshot(page, { path: `${shots}/receipt-mail-verified-390.png` });
    await expectAccessibleNow(page, 'receipt mail verified');

    const block = /\{[\s\S]*\}/.exec(mail.text_body)![0];
    expect(await check(page, block)).toContain(inPool);
    // One digit of the proof changed breaks it.
    const hashes = [...mail.text_body.matchAll(/"[0-9a-f]{64}"/g)];
    const last = hashes.at(-1)!;
    const at = last.index + 1;
    const tampered = `${mail.text_body.slice(0, at)}${mail.text_body[at] === '0' ? '1' : '0'}${mail.text_body.slice(at + 1)}`;
    expect(await check(page, tampered)).toBe(
      'La preuve ne correspond pas au vivier publié : ce reçu n’est pas valide.',
    );

    await page.setViewportSize(DESKTOP);
    await page.reload();
    await page
      .getByLabel('Ou le fichier de votre reçu')
      .setInputFiles(folder.write('mon-recu.txt', mail.text_body));
    const verdict = page.getByTestId('receipt-verdict');
    await expect.poll(() => verdict.textContent()).toContain(inPool);
    expect(await hasNoHorizontalOverflow(page)).toBe(true);
    await verdict.scrollIntoViewIfNeeded();
    await keepScreenshot(page, { path: `${shots}/receipt-mail-verified-1280.png` });
    await context.close();
  });

  it('reads as a plain page in its HTML part, without images or scripts', async () => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.setContent(mail.html_body);
    expect(await page.locator('img, script, style').count()).toBe(0);
    expect(await page.locator('pre').textContent()).toBe(/\{[\s\S]*\}/.exec(mail.text_body)![0]);
    expect(await page.locator('a').first().getAttribute('href')).toBe(
      `${server.url}/p/${processId}#receipt-heading`,
    );
    await keepScreenshot(page, { path: `${shots}/receipt-mail-html-390.png`, fullPage: true });
    await page.setViewportSize(DESKTOP);
    await keepScreenshot(page, { path: `${shots}/receipt-mail-html-1280.png`, fullPage: true });
    await context.close();
  });
});
