// The organiser's settlement view (issue 13): the application as the applicant filled it in, then its two
// reviews, then the decision form; stacked on a phone (390 × 844) without horizontal overflow, side by side
// on a desktop; axe clean at both sizes.

import { fileURLToPath } from 'node:url';
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openCall, sampleApplication } from '../server/testing/callFixture';
import { setUpAdministrator, signIn, data, type TestServer } from '../server/testing/testServer';
import { expectAccessible } from './harness/axe';
import { hasNoHorizontalOverflow } from './harness/browser';
import {
  PASSWORD,
  prescreeningHarness,
  reviewLink,
  sampleReview,
} from './harness/prescreeningHarness';
import { keepScreenshot } from './harness/screenshots';

const { newServer, pageIn, organiserContext, cspErrors, browser } = prescreeningHarness();
const shots = fileURLToPath(new URL('../test-output/calls', import.meta.url));
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/** A closed call whose one application has both reviews in; returns the organiser's session cookie. */
async function callReadyToSettle(server: TestServer) {
  const organiser = server.client();
  const setup = await setUpAdministrator(organiser, PASSWORD);
  const callId = await openCall(organiser);
  for (const [i, email] of ['alice@example.org', 'bruno@example.org'].entries())
    data(
      await organiser.post(`/api/calls/${callId}/reviewers`, {
        name: ['Alice Martin', 'Bruno Petit'][i],
        email,
      }),
    );
  data(
    await server.client().post(`/api/public/calls/${callId}/applications`, {
      ...sampleApplication(1),
      description:
        'Une recyclerie de quartier qui répare les appareils électroménagers avec les habitants, forme des bénévoles et revend à prix solidaire ce qui a été remis en état.',
    }),
  );
  for (const [email, comment] of [
    ['alice@example.org', 'Équipe solide et bien entourée.'],
    ['bruno@example.org', 'Le financement reste à consolider.'],
  ] as const)
    data(
      await server
        .client()
        .post(
          `/api/reviewers/${reviewLink(server, email)}/applications/AIC-2026-001/review`,
          sampleReview('admissible', comment),
        ),
    );
  server.clock.set('2023-10-02T08:00:00Z');
  const login = await signIn(organiser, PASSWORD);
  const cookie = (login.headers.get('set-cookie') ?? setup.headers.get('set-cookie') ?? '').split(
    ';',
  )[0] as string;
  return { callId, cookie };
}

async function openSettlement(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('heading', { level: 1, name: 'Appel à projets 2026' }).waitFor();
  await page.locator('ol.call-applications > li > details > summary').first().click();
  await page.getByRole('form', { name: 'Arbitrer la candidature AIC-2026-001' }).waitFor();
}

/** Full-page screenshot in slices of 900 px, readable one by one. */
async function slices(page: Page, name: string) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const width = page.viewportSize()!.width;
  for (let y = 0, i = 0; y < height; y += 900, i++)
    await keepScreenshot(page, {
      path: `${shots}/${name}-${i}.png`,
      fullPage: true,
      clip: { x: 0, y, width, height: Math.min(900, height - y) },
    });
}

/** axe at the given viewport, on a copy of the page with the settlement open. */
const expectAccessibleAt = (chromium: Browser, page: Page, viewport: typeof PHONE) =>
  expectAccessible(
    chromium,
    page,
    `settlement view at ${viewport.width} px`,
    (scan) => openSettlement(scan, page.url()),
    { viewport },
  );

describe('settling an application', () => {
  it('shows the application, then its two reviews, then the decision form: stacked on a phone, side by side on a desktop', async () => {
    mkdirSync(shots, { recursive: true });
    const server = await newServer();
    const { callId, cookie } = await callReadyToSettle(server);
    const context = await organiserContext(server, cookie);
    const page = await pageIn(context);
    await page.setViewportSize(PHONE);
    await openSettlement(page, `${server.url}/organiser/appels/${callId}`);

    const item = page.locator('ol.call-applications > li').first();
    const application = item.getByRole('region', { name: 'La candidature' });
    const reviews = item.getByRole('heading', { name: 'Relectures' });
    const form = item.getByRole('form', { name: 'Arbitrer la candidature AIC-2026-001' });
    // The same fields the applicant filled in, contact details excepted.
    const text = (await application.textContent()) ?? '';
    for (const expected of [
      'Projet citoyen numéro 1',
      'Une recyclerie de quartier qui répare les appareils électroménagers',
      sampleApplication(1).pitch,
      sampleApplication(1).generalInterest,
      sampleApplication(1).funding,
      'Environnement',
      'https://example.org/projet',
    ])
      expect(text).toContain(expected);
    expect(await item.textContent()).not.toMatch(/porteuse1@example\.org|Porteuse 1/);
    expect(await item.textContent()).toContain('Équipe solide et bien entourée.');
    expect(await item.textContent()).toContain('Le financement reste à consolider.');
    expect(await form.textContent()).toContain(
      'la personne candidate reçoit par courriel la décision',
    );

    // Phone: one column, in reading order, and nothing wider than the screen.
    const box = async (locator: typeof application) => (await locator.boundingBox())!;
    let [a, r, f] = [await box(application), await box(reviews), await box(form)];
    expect(a.y + a.height).toBeLessThanOrEqual(r.y);
    expect(r.y).toBeLessThan(f.y);
    expect(Math.abs(a.x - r.x)).toBeLessThan(2);
    expect(await hasNoHorizontalOverflow(page)).toBe(true);
    await keepScreenshot(application, { path: `${shots}/settlement-application-390.png` });
    await keepScreenshot(page, { path: `${shots}/settlement-390.png`, fullPage: true });
    await slices(page, 'settlement-390');
    await expectAccessibleAt(browser(), page, PHONE);

    // Desktop: the application on the left, the reviews and the decision beside it.
    await page.setViewportSize(DESKTOP);
    [a, r, f] = [await box(application), await box(reviews), await box(form)];
    expect(a.x + a.width).toBeLessThanOrEqual(r.x);
    expect(Math.abs(a.y - r.y)).toBeLessThan(40);
    expect(f.x).toBe(r.x);
    expect(await hasNoHorizontalOverflow(page)).toBe(true);
    await keepScreenshot(page, { path: `${shots}/settlement-1280.png`, fullPage: true });
    await slices(page, 'settlement-1280');
    await expectAccessibleAt(browser(), page, DESKTOP);

    // The decision is recorded and told to the applicant.
    await page.setViewportSize(PHONE);
    await form.getByRole('radio', { name: 'Non recevable' }).check();
    await form
      .getByLabel('Motif de non-recevabilité')
      .selectOption({ label: 'Hors du périmètre de l’appel' });
    await form
      .getByLabel('Message à la personne candidate')
      .fill('La réparation d’appareils relève d’un autre dispositif de la collectivité.');
    await form.getByRole('button', { name: 'Enregistrer l’arbitrage' }).press('Enter');
    // The decision is final: it is confirmed once more.
    await form.getByRole('button', { name: 'Confirmer l’arbitrage' }).press('Enter');
    await page
      .getByRole('status')
      .getByText('Candidature AIC-2026-001 arbitrée : non recevable.')
      .waitFor();
    expect(await item.getByText('Hors du périmètre de l’appel').count()).toBe(1);
    await keepScreenshot(page, { path: `${shots}/settled-390.png`, fullPage: true });
    const mail = server.outbox.find((m) => m.subject.startsWith('Décision'));
    expect(mail?.to).toBe('porteuse1@example.org');
    expect(mail?.text).toContain('Motif : Hors du périmètre de l’appel.');

    // The applicant's page, from the mail's link, at phone size.
    const applicant = await pageIn(await browser().newContext({ viewport: PHONE }));
    await applicant.goto(/https?:\/\/\S+\/candidature\/\S+/.exec(mail?.text ?? '')![0]);
    await applicant.getByTestId('application-reason-category').waitFor();
    expect(await applicant.getByTestId('application-reason-category').textContent()).toBe(
      'Hors du périmètre de l’appel',
    );
    expect(await hasNoHorizontalOverflow(applicant)).toBe(true);
    await keepScreenshot(applicant, { path: `${shots}/status-page-390.png`, fullPage: true });
    await slices(applicant, 'status-page-390');
    await applicant.setViewportSize(DESKTOP);
    await keepScreenshot(applicant, { path: `${shots}/status-page-1280.png`, fullPage: true });

    // The public statistics count it under the same label, on a phone and on a desktop.
    for (const viewport of [PHONE, DESKTOP]) {
      await applicant.setViewportSize(viewport);
      await applicant.goto(`${server.url}/appel/${callId}`);
      await applicant.getByRole('heading', { level: 2, name: 'Bilan de l’appel' }).waitFor();
      expect(
        await applicant.getByTestId('call-reasons').getByRole('row').allTextContents(),
      ).toContain('Hors du périmètre de l’appel1');
      expect(await hasNoHorizontalOverflow(applicant)).toBe(true);
      await keepScreenshot(applicant, {
        path: `${shots}/call-statistics-${viewport.width}.png`,
        fullPage: true,
      });
      await slices(applicant, `call-statistics-${viewport.width}`);
    }
    expect(cspErrors).toEqual([]);
  });
});
