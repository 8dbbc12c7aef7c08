import { describe, expect, it } from 'vitest';
import { openCall, sampleApplication } from '../server/testing/callFixture';
import { setUpAdministrator, data } from '../server/testing/testServer';
import {
  PASSWORD,
  isFocused,
  prescreeningHarness,
  reviewLink,
} from './harness/prescreeningHarness';

const { newServer, pageIn, newContext, organiserContext, cspErrors } = prescreeningHarness();

describe('pre-screening: conflicts of interest', () => {
  it('hands an application to a third reviewer when one declares a conflict of interest', async () => {
    const server = await newServer();
    const organiser = server.client();
    const setup = await setUpAdministrator(organiser, PASSWORD);
    const cookie = (setup.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const callId = await openCall(organiser);
    data(
      await server.client().post(`/api/public/calls/${callId}/applications`, sampleApplication(1)),
    );
    const emails = ['r1@example.org', 'r2@example.org', 'r3@example.org'];
    for (const [i, email] of emails.entries())
      data(
        await organiser.post(`/api/calls/${callId}/reviewers`, {
          name: `Relecteur ${i + 1}`,
          email,
        }),
      );
    data(await organiser.post(`/api/calls/${callId}/assign`));
    const tokens = emails.map((email) => reviewLink(server, email));
    const queueOf = async (token: string) =>
      data(await server.client().get<{ applications: unknown[] }>(`/api/reviewers/${token}`))
        .applications.length;
    const loads = await Promise.all(tokens.map(queueOf));
    const conflicted = loads.indexOf(1);
    const spare = loads.indexOf(0);
    expect(loads.filter((n) => n === 1)).toHaveLength(2);

    const page = await pageIn(await newContext());
    await page.goto(`${server.url}/relecture/${tokens[conflicted]}`);
    const item = page.getByRole('article', { name: 'AIC-2026-001 — Projet citoyen numéro 1' });
    const declare = item.getByRole('button', { name: 'Déclarer un conflit d’intérêts' });
    await declare.focus();
    await page.keyboard.press('Enter');
    const question = item.getByText(
      'Confirmez-vous un conflit d’intérêts pour « Projet citoyen numéro 1 » ?',
    );
    await question.waitFor();
    await expect.poll(() => isFocused(question.locator('..'))).toBe(true);
    expect(
      await item.getByRole('group', { name: /Confirmez-vous un conflit/ }).textContent(),
    ).toContain('confiée à un autre relecteur ou une autre relectrice');
    // Cancelling changes nothing and gives the focus back.
    await item.getByRole('button', { name: 'Annuler', exact: true }).press('Enter');
    await expect.poll(() => isFocused(declare)).toBe(true);
    expect(await queueOf(tokens[conflicted] as string)).toBe(1);

    await page.keyboard.press('Enter');
    await item.getByRole('button', { name: 'Confirmer le conflit d’intérêts' }).press('Enter');
    await page
      .getByRole('status')
      .getByText('Conflit d’intérêts enregistré : la candidature AIC-2026-001', { exact: false })
      .waitFor();
    expect(await page.getByText('Aucune candidature à relire pour l’instant.').count()).toBe(1);
    expect(await page.getByText(/^Avancement :/).textContent()).toBe(
      'Avancement : 0 candidature(s) relue(s) sur 0.',
    );

    // The spare reviewer now has it; the organiser sees who was replaced.
    const spareReviewer = await pageIn(await newContext());
    await spareReviewer.goto(`${server.url}/relecture/${tokens[spare]}`);
    await spareReviewer
      .getByRole('article', { name: 'AIC-2026-001 — Projet citoyen numéro 1' })
      .getByRole('form', { name: 'Votre relecture' })
      .waitFor();
    const consolePage = await pageIn(await organiserContext(server, cookie));
    await consolePage.goto(`${server.url}/organiser/appels/${callId}`);
    const summary = consolePage.locator('ol.call-applications > li > details > summary');
    await summary.click();
    await consolePage
      .getByText(
        `Conflit d’intérêts déclaré, personne remplacée : Relecteur ${conflicted + 1} (R0${conflicted + 1}).`,
      )
      .waitFor();
    await consolePage
      .getByRole('heading', { name: `Relecture de Relecteur ${spare + 1} (R0${spare + 1})` })
      .waitFor();

    // A wrong link says so.
    await page.goto(`${server.url}/relecture/not-a-real-token`);
    await page.getByRole('heading', { level: 1, name: 'Lien de relecture invalide' }).waitFor();
    expect(cspErrors).toEqual([]);
  });
});
