import { describe, expect, it } from 'vitest';
import type { ProcessState } from '../shared/process/processState';
import { sampleApplication } from '../server/testing/callFixture';
import { drawnJuryWithDossiers } from '../server/testing/ceremonyFixture';
import { TEST_ADMINISTRATOR, signIn, data } from '../server/testing/testServer';
import { expectAccessible } from './harness/axe';
import {
  AXES,
  LEVELS,
  PASSWORD,
  isFocused,
  outputDir,
  prescreeningHarness,
  reviewLink,
  reviewWithKeyboard,
  sampleReview,
  typeInto,
} from './harness/prescreeningHarness';
import { keepScreenshot } from './harness/screenshots';

const { newServer, pageIn, newContext, organiserContext, cspErrors, browser } =
  prescreeningHarness();

describe('pre-screening of a call for projects', () => {
  it('takes an application from the call to the jury room: reviews, settlement and hand-over', async () => {
    const server = await newServer();
    const jury = await drawnJuryWithDossiers(server, {
      title: 'Jury citoyen 2026',
      seats: 3,
      dossierTitles: [],
    });

    // The organiser opens the calls console from the list of processes and creates a call.
    const organiser = await pageIn(await organiserContext(server, jury.cookie));
    await organiser.goto(`${server.url}/organiser`);
    await organiser.getByRole('link', { name: 'Appels à projets et pré-instruction' }).click();
    await organiser.getByRole('heading', { level: 1, name: 'Appels à projets' }).waitFor();
    await organiser.getByRole('button', { name: 'Créer l’appel' }).press('Enter');
    const createSummary = organiser.getByRole('alert').filter({ hasText: 'Il y a 5 erreurs' });
    await createSummary.waitFor();
    expect(await isFocused(createSummary)).toBe(true);
    expect(await createSummary.getByRole('listitem').allTextContents()).toEqual([
      'Renseignez le champ « Titre de l’appel ».',
      'Renseignez le champ « Présentation de l’appel ».',
      'Renseignez le champ « Ouverture des candidatures ».',
      'Renseignez le champ « Clôture des candidatures ».',
      'Le préfixe des références doit compter de 2 à 6 lettres majuscules sans accent (par exemple AIC).',
    ]);

    await typeInto(organiser.getByLabel('Titre de l’appel'), 'Appel à projets 2026');
    await typeInto(
      organiser.getByLabel('Présentation de l’appel'),
      'Accélérateur d’initiatives citoyennes : la cohorte 2026.',
    );
    await organiser.getByLabel('Ouverture des candidatures').fill('2023-09-01T09:00');
    await organiser.getByLabel('Clôture des candidatures').fill('2023-08-01T09:00');
    await typeInto(organiser.getByLabel('Préfixe des références'), 'aic');
    await typeInto(organiser.getByLabel('Année de la cohorte'), '2026');
    await organiser.keyboard.press('Enter');
    await organiser
      .getByRole('alert')
      .getByText('La clôture des candidatures doit être postérieure à leur ouverture.')
      .waitFor();
    await organiser.getByLabel('Clôture des candidatures').fill('2023-10-01T12:00');
    await organiser.getByLabel('Année de la cohorte').press('Enter');
    await organiser.getByRole('heading', { level: 1, name: 'Appel à projets 2026' }).waitFor();
    const callId = /\/organiser\/appels\/([^/]+)$/.exec(organiser.url())?.[1] as string;
    expect(callId).toBeDefined();
    // Paris time in the form, UTC on the server; the prefix is taken in capitals.
    const created = data(
      await server
        .client()
        .get<{ opensAt: string; closesAt: string; status: string }>(`/api/public/calls/${callId}`),
    );
    expect(created).toMatchObject({
      opensAt: '2023-09-01T07:00:00.000Z',
      closesAt: '2023-10-01T10:00:00.000Z',
      status: 'open',
    });
    expect(await organiser.getByText('Ouvert aux candidatures').count()).toBe(1);
    expect(
      await organiser
        .getByRole('link', { name: 'Voir la page publique de l’appel' })
        .getAttribute('href'),
    ).toBe(`/appel/${callId}`);

    // Two applications arrive through the public form's API.
    const applicant = server.client();
    for (const n of [1, 2])
      expect(
        data(
          await applicant.post<{ ref: string }>(
            `/api/public/calls/${callId}/applications`,
            sampleApplication(n),
          ),
        ).ref,
      ).toBe(`AIC-2026-00${n}`);

    // Two reviewers, added in the browser; each receives a private link.
    await organiser.getByRole('button', { name: 'Actualiser' }).click();
    await organiser.getByRole('heading', { name: 'Candidatures (2)' }).waitFor();
    for (const [name, email] of [
      ['Alice Martin', 'alice@example.org'],
      ['Bruno Petit', 'bruno@example.org'],
    ] as const) {
      await typeInto(organiser.getByLabel('Nom', { exact: true }), name);
      await typeInto(organiser.getByLabel('Adresse électronique'), email);
      await organiser.keyboard.press('Enter');
      await organiser.getByRole('status').getByText(`${name} (R0`, { exact: false }).waitFor();
    }
    const reviewersTable = organiser.getByRole('table', { name: 'Relecteurs et relectrices (2)' });
    expect(await reviewersTable.getByRole('row').allTextContents()).toEqual([
      'Identifiant publicNomAdresse électronique',
      'R01Alice Martinalice@example.org',
      'R02Bruno Petitbruno@example.org',
    ]);
    const alice = reviewLink(server, 'alice@example.org');
    const bruno = reviewLink(server, 'bruno@example.org');

    // The two applications that were waiting are assigned as soon as the second reviewer joins.
    await organiser.getByText('Toutes les candidatures reçues sont attribuées.').waitFor();
    expect(await organiser.getByText(/^L’attribution est automatique/).count()).toBe(1);
    expect(await organiser.getByRole('button', { name: /^Attribuer/ }).count()).toBe(0);
    const progressTable = organiser.getByRole('table', {
      name: 'Relectures faites et restantes, par personne et au total',
    });
    expect(await progressTable.getByRole('row').allTextContents()).toEqual([
      'Relecteur ou relectriceAttribuéesReluesRestantes',
      'Alice Martin (R01)202',
      'Bruno Petit (R02)202',
      'Total404',
    ]);
    const chart = organiser.getByRole('img', { name: /^Graphique en barres/ });
    await chart.waitFor();
    await keepScreenshot(organiser, {
      path: `${outputDir}/call-organiser-progress.png`,
      fullPage: true,
    });
    await expectAccessible(browser(), organiser, 'organiser call page (progress)', (scan) =>
      scan.getByRole('img', { name: /^Graphique en barres/ }).waitFor(),
    );

    // Each reviews the second application through the API and the first in the browser, from the keyboard;
    // Bruno asks to discuss the second: a disagreement.
    data(
      await applicant.post(
        `/api/reviewers/${alice}/applications/AIC-2026-002/review`,
        sampleReview('admissible', 'Projet clair.'),
      ),
    );
    data(
      await applicant.post(
        `/api/reviewers/${bruno}/applications/AIC-2026-002/review`,
        sampleReview('to-discuss', 'Le financement reste flou.'),
      ),
    );
    const reviews = [
      {
        token: alice,
        opinion: 'Recevable',
        levels: [3, 3, 2, 3],
        comments: ['Équipe solide.', 'Calendrier tenable.', 'Public large.', 'Données utiles.'],
      },
      {
        token: bruno,
        opinion: 'Recevable',
        levels: [2, 2, 3, 0],
        comments: ['Bon dossier.', 'Moyens justes.', 'Fort impact.', 'Peu de besoin.'],
      },
    ];
    for (const [i, review] of reviews.entries()) {
      const reviewer = await pageIn(await newContext());
      await reviewer.goto(`${server.url}/relecture/${review.token}`);
      await reviewer
        .getByRole('heading', { level: 1, name: 'Pré-instruction : Appel à projets 2026' })
        .waitFor();
      expect(await reviewer.getByText(/^Avancement :/).textContent()).toBe(
        'Avancement : 1 candidature(s) relue(s) sur 2.',
      );
      const item = reviewer.getByRole('article', {
        name: 'AIC-2026-001 — Projet citoyen numéro 1',
      });
      // The project is readable; the applicant's contact details are not there.
      expect(await item.textContent()).toContain('Description détaillée du projet 1');
      expect(await reviewer.content()).not.toContain('porteuse1@example.org');
      const form = item.getByRole('form', { name: 'Votre relecture' });
      await form.getByRole('button', { name: 'Enregistrer ma relecture' }).press('Enter');
      const summary = form.getByRole('alert').filter({ hasText: 'Il y a 9 erreurs' });
      await summary.waitFor();
      expect(await isFocused(summary)).toBe(true);
      if (i === 0)
        await keepScreenshot(reviewer, {
          path: `${outputDir}/call-reviewer-form.png`,
          fullPage: true,
        });
      if (i === 0)
        await expectAccessible(browser(), reviewer, 'reviewer page', (scan) =>
          scan.getByRole('form', { name: 'Votre relecture' }).waitFor(),
        );

      await reviewWithKeyboard(reviewer, form, review);
      await reviewer
        .getByRole('status')
        .getByText('Votre relecture de AIC-2026-001 est enregistrée.', { exact: false })
        .waitFor();
      expect(await reviewer.getByText(/^Avancement :/).textContent()).toBe(
        'Avancement : 2 candidature(s) relue(s) sur 2.',
      );
      expect(await reviewer.getByText('Aucune candidature à relire pour l’instant.').count()).toBe(
        1,
      );
      const heading = reviewer.getByRole('heading', {
        name: 'AIC-2026-001 — Projet citoyen numéro 1',
      });
      await expect.poll(() => isFocused(heading)).toBe(true);
      const saved = reviewer.getByRole('article', {
        name: 'AIC-2026-001 — Projet citoyen numéro 1',
      });
      expect(await saved.textContent()).toContain(review.comments[0] as string);
      expect(await saved.getByRole('button', { name: 'Modifier ma relecture' }).count()).toBe(1);
      if (i === 0) {
        await keepScreenshot(reviewer, { path: `${outputDir}/call-reviewer.png`, fullPage: true });
        await expectAccessible(browser(), reviewer, 'reviewer page, all reviewed');
      }
      await reviewer.context().close();
    }

    // The call closes; the organiser signs in again (sessions last 8 hours) and settles.
    server.clock.set('2023-10-02T08:00:00Z');
    await organiser.reload();
    await typeInto(organiser.getByLabel('Adresse e-mail'), TEST_ADMINISTRATOR.email);
    await typeInto(organiser.getByLabel('Mot de passe'), PASSWORD);
    await organiser.keyboard.press('Enter');
    await organiser.getByRole('heading', { level: 1, name: 'Appel à projets 2026' }).waitFor();
    expect(await organiser.getByText('Clos', { exact: true }).count()).toBe(1);
    const summaries = organiser.locator('ol.call-applications > li > details > summary');
    expect(await summaries.allTextContents()).toEqual([
      'AIC-2026-002 — Projet citoyen numéro 2 Avis divergents (à arbitrer)',
      'AIC-2026-001 — Projet citoyen numéro 1 (à arbitrer)',
    ]);
    expect(await organiser.getByText('1 candidature(s) avec des avis divergents').count()).toBe(1);

    // The first application: both reviews readable, the assessment pre-filled from them, admissible.
    await summaries.nth(1).focus();
    await organiser.keyboard.press('Enter');
    const first = organiser.locator('ol.call-applications > li').nth(1);
    await first.getByRole('heading', { name: 'Relecture de Alice Martin (R01)' }).waitFor();
    // The application itself is there, before its reviews.
    const applicationSection = first.getByRole('region', { name: 'La candidature' });
    expect(await applicationSection.textContent()).toContain('Description détaillée du projet 1');
    expect(await first.textContent()).not.toContain('porteuse1@example.org');
    expect(await first.textContent()).toContain('Calendrier tenable.');
    expect(await first.textContent()).toContain('Moyens justes.');
    const settle = first.getByRole('form', { name: 'Arbitrer la candidature AIC-2026-001' });
    await settle.getByRole('radio', { name: 'Recevable : transmise au jury citoyen' }).focus();
    await organiser.keyboard.press('Space');
    const levelOf = async (axis: string) => {
      const group = settle.getByRole('group', { name: `Niveau : ${axis}` });
      for (const level of LEVELS)
        if (await group.getByRole('radio', { name: level, exact: true }).isChecked()) return level;
      return undefined;
    };
    // The more cautious of the two levels, axis by axis.
    expect(await Promise.all(AXES.map(levelOf))).toEqual([
      'Satisfaisant',
      'Satisfaisant',
      'Satisfaisant',
      'Insuffisant',
    ]);
    expect(await settle.getByLabel('Commentaire : Faisabilité').inputValue()).toBe(
      'Relecture 1 : Calendrier tenable.\nRelecture 2 : Moyens justes.',
    );
    await settle
      .getByRole('group', {
        name: 'Niveau : Intérêt d’un accompagnement par l’administration',
      })
      .getByRole('radio', { name: 'Fragile' })
      .check();
    await typeInto(
      settle.getByLabel('Message à la personne candidate'),
      'Votre projet est recevable : il sera présenté au jury citoyen.',
    );
    await expectAccessible(
      browser(),
      organiser,
      'organiser call page (settlement form)',
      async (scan) => {
        await scan.locator('ol.call-applications > li > details > summary').nth(1).click();
        await scan.getByRole('form', { name: 'Arbitrer la candidature AIC-2026-001' }).waitFor();
      },
    );
    await keepScreenshot(organiser, {
      path: `${outputDir}/call-settlement-form.png`,
      fullPage: true,
    });
    await settle.getByRole('button', { name: 'Enregistrer l’arbitrage' }).press('Enter');
    // The decision is final: it is confirmed once more.
    await settle.getByRole('button', { name: 'Confirmer l’arbitrage' }).press('Enter');
    await organiser
      .getByRole('status')
      .getByText('Candidature AIC-2026-001 arbitrée : recevable.')
      .waitFor();

    // The second, with diverging opinions: not admissible, with a reason category.
    await summaries.first().click();
    const second = organiser.locator('ol.call-applications > li').first();
    const settleSecond = second.getByRole('form', { name: 'Arbitrer la candidature AIC-2026-002' });
    await settleSecond.getByRole('radio', { name: 'Non recevable' }).check();
    await settleSecond
      .getByLabel('Motif de non-recevabilité')
      .selectOption({ label: 'Projet pas encore assez avancé' });
    await typeInto(
      settleSecond.getByLabel('Message à la personne candidate'),
      'Le plan de financement doit encore être précisé.',
    );
    await settleSecond.getByRole('button', { name: 'Enregistrer l’arbitrage' }).press('Enter');
    // The decision is final: it is confirmed once more.
    await settleSecond.getByRole('button', { name: 'Confirmer l’arbitrage' }).press('Enter');
    await organiser
      .getByRole('status')
      .getByText('Candidature AIC-2026-002 arbitrée : non recevable.')
      .waitFor();
    expect(await summaries.allTextContents()).toEqual([
      'AIC-2026-001 — Projet citoyen numéro 1 (arbitrée : recevable)',
      'AIC-2026-002 — Projet citoyen numéro 2 Avis divergents (arbitrée : non recevable)',
    ]);

    // The hand-over to the drawn jury, with its confirmation.
    const exportSection = organiser.getByRole('region', {
      name: 'Envoyer les dossiers recevables au jury',
    });
    await exportSection
      .getByLabel('Processus de jury destinataire')
      .selectOption({ label: 'Jury citoyen 2026' });
    await exportSection
      .getByRole('button', { name: 'Envoyer les dossiers recevables…' })
      .press('Enter');
    const question = exportSection.getByText(
      'Confirmez-vous l’envoi de 1 dossier(s) au jury « Jury citoyen 2026 » ?',
    );
    await question.waitFor();
    await exportSection.getByRole('button', { name: 'Confirmer l’envoi' }).press('Enter');
    await exportSection
      .getByRole('status')
      .getByText('1 dossier(s) envoyé(s) au jury « Jury citoyen 2026 ».')
      .waitFor();
    expect(await exportSection.textContent()).toContain(
      'Les dossiers recevables ont été envoyés au jury « Jury citoyen 2026 ».',
    );
    await keepScreenshot(organiser, {
      path: `${outputDir}/call-organiser-settled.png`,
      fullPage: true,
    });

    // The jury's dossier carries the settled assessment.
    data(await signIn(jury.organiser, PASSWORD));
    const process = data(
      await jury.organiser.get<ProcessState>(`/api/processes/${jury.processId}`),
    );
    expect(process.dossiers?.dossiers.map((d) => [d.id, d.title])).toEqual([
      ['AIC-2026-001', 'Projet citoyen numéro 1'],
    ]);
    expect(process.dossiers?.dossiers[0]?.prescreening).toMatchObject({
      admissible: true,
      feasibility: { level: 'satisfactory' },
      supportValue: { level: 'fragile' },
    });

    // The facilitator opens the jury room: the dossier is on its agenda.
    await organiser.goto(`${server.url}/salle/${jury.processId}`);
    await organiser.getByRole('form', { name: 'Ouvrir la délibération' }).waitFor();
    await typeInto(organiser.getByLabel(/^Quorum/), '2');
    await organiser.getByRole('button', { name: 'Ouvrir la délibération' }).press('Enter');
    const agenda = organiser.getByRole('navigation', { name: 'Ordre du jour' });
    await agenda.getByText('Projet citoyen numéro 1').waitFor();
    expect(await agenda.getByRole('listitem').count()).toBe(1);
    expect(cspErrors).toEqual([]);
  });
});
