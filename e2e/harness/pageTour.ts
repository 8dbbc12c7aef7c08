// Every page of the application, as the browser tour (e2e/pages.e2e.test.ts) visits it: who visits
// (a visitor, the signed-in organiser, a seated juror), its path in the tour's data, what shows that it
// is ready, and what its window title must name in each language.

import type { Page } from 'playwright-core';
import type { TourData } from './pageTourFixture';
import { vectorRecord } from '../../fixtures/vectors/vectorRecord';
import { canonicalize } from '../../shared/crypto/jcs';
import { MESSAGES, type Language, type MessageKey } from '../../client/src/i18n/messages';

/** Who opens the page: no cookie, the organiser's session, or seat 1's juror session. */
export type TourRole = 'visitor' | 'organiser' | 'juror';

export interface TourPage {
  /** The test's and the screenshot's name (test-output/pages/<name>-<lang>-<width>.png). */
  name: string;
  role: TourRole;
  path: (data: TourData) => string;
  /** Resolves once the page shows what it is visited for; may act on it (verify a file). */
  ready: (page: Page, language: Language, data: TourData) => Promise<unknown>;
  /** What the window title must contain besides its " — Kleroterion" ending (case-insensitive). */
  title: (data: TourData, language: Language) => readonly (string | RegExp)[];
}

const text = (language: Language, key: MessageKey): string => MESSAGES[language][key];

const escape = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The page's main heading, containing `name` when given. */
const heading = (page: Page, name?: string) =>
  page
    .getByRole('heading', {
      level: 1,
      ...(name === undefined ? {} : { name: new RegExp(escape(name)) }),
    })
    .first()
    .waitFor();

/** A fragment per language. */
const per =
  (fr: (string | RegExp)[], en: (string | RegExp)[]) => (_data: TourData, language: Language) =>
    language === 'fr' ? fr : en;

/** The organiser console's page of one process, at the stage `stage` of the tour's data. */
const consoleProcess = (
  name: string,
  stage: 'created' | 'committed' | 'revealed' | 'inSession' | 'deliberated' | 'published',
): TourPage => ({
  name,
  role: 'organiser',
  path: (data) => `/organiser/p/${data[stage].id}`,
  ready: (page, _language, data) => heading(page, data[stage].title),
  title: (data) => [data[stage].title],
});

export const TOUR_PAGES: readonly TourPage[] = [
  {
    name: 'home',
    role: 'visitor',
    path: () => '/',
    ready: (page) => heading(page),
    title: per(['Accueil'], ['Home']),
  },
  {
    name: 'verifier',
    role: 'visitor',
    path: () => '/verifier',
    ready: (page) => heading(page),
    title: per(['Vérifier'], ['Verify']),
  },
  {
    name: 'verifier-verified',
    role: 'visitor',
    path: () => '/verifier',
    ready: async (page, language) => {
      await heading(page);
      await page.getByLabel(text(language, 'verifier.record.label')).setInputFiles({
        name: 'record.json',
        mimeType: 'application/json',
        buffer: Buffer.from(`${canonicalize(vectorRecord)}\n`),
      });
      await page
        .getByRole('button', { name: text(language, 'verifier.submit'), exact: true })
        .click();
      // "Tirage vérifié : les {count} contrôles sont réussis." with any count.
      const [before] = text(language, 'verifier.valid').split('{count}');
      await page
        .getByText(new RegExp(escape(before ?? '')))
        .first()
        .waitFor({ timeout: 60_000 });
    },
    title: per(['Vérifier'], ['Verify']),
  },
  {
    name: 'verifier-lottery',
    role: 'visitor',
    path: () => '/verifier/loterie',
    ready: (page) => heading(page),
    title: per(['loterie'], ['lottery']),
  },
  {
    name: 'registration',
    role: 'visitor',
    path: () => '/inscription',
    ready: (page) => heading(page),
    title: per(['Inscription'], ['Registration']),
  },
  {
    name: 'witness',
    role: 'visitor',
    path: () => '/temoin',
    ready: (page) => heading(page),
    title: per(['Témoin'], ['Witness']),
  },
  {
    name: 'process-before-draw',
    role: 'visitor',
    path: (data) => `/p/${data.committed.id}`,
    ready: (page, _language, data) => heading(page, data.committed.title),
    title: (data) => [data.committed.title],
  },
  {
    name: 'process-after-draw',
    role: 'visitor',
    path: (data) => `/p/${data.inSession.id}`,
    ready: (page, _language, data) => heading(page, data.inSession.title),
    title: (data) => [data.inSession.title],
  },
  {
    name: 'process-published',
    role: 'visitor',
    path: (data) => `/p/${data.published.id}`,
    ready: (page, _language, data) => heading(page, data.published.title),
    title: (data) => [data.published.title],
  },
  {
    name: 'results',
    role: 'visitor',
    path: (data) => `/p/${data.published.id}/resultats`,
    ready: (page, _language, data) => heading(page, data.published.title),
    title: (data, language) => [language === 'fr' ? 'Résultats' : 'Results', data.published.title],
  },
  {
    name: 'proces-verbal',
    role: 'visitor',
    path: (data) => `/p/${data.published.id}/proces-verbal`,
    ready: (page, _language, data) => heading(page, data.published.title),
    title: (data, language) => [
      language === 'fr' ? 'Procès-verbal' : 'Record of proceedings',
      data.published.title,
    ],
  },
  {
    name: 'invitation',
    role: 'visitor',
    path: (data) => `/i/${data.inSession.pendingInvitationToken}`,
    ready: (page, language) => heading(page, text(language, 'invitation.title')),
    title: (data) => ['Invitation', data.inSession.title],
  },
  {
    name: 'room-juror-scoring',
    role: 'juror',
    path: (data) => `/salle/${data.inSession.id}`,
    ready: (page, language) =>
      page.getByRole('heading', { name: text(language, 'room.score.heading') }).waitFor(),
    title: (data, language) => [
      language === 'fr' ? 'Salle du jury' : 'Jury room',
      data.inSession.title,
    ],
  },
  {
    name: 'room-facilitator',
    role: 'organiser',
    path: (data) => `/salle/${data.inSession.id}`,
    ready: (page, language) =>
      page
        .getByRole('heading', { name: text(language, 'room.agenda') })
        .first()
        .waitFor(),
    title: (data, language) => [
      language === 'fr' ? 'Salle du jury' : 'Jury room',
      data.inSession.title,
    ],
  },
  {
    name: 'projector',
    role: 'visitor',
    path: (data) => `/salle/${data.inSession.id}/projection#${data.inSession.projectorToken}`,
    ready: (page, _language, data) => heading(page, data.inSession.dossierTitle),
    title: (data, language) => [
      language === 'fr' ? 'Projection' : /project(ion|or)/,
      data.inSession.title,
    ],
  },
  {
    name: 'call',
    role: 'visitor',
    path: (data) => `/appel/${data.call.id}`,
    ready: (page, _language, data) => heading(page, data.call.title),
    title: (data) => [data.call.title],
  },
  {
    name: 'application-status',
    role: 'visitor',
    path: (data) => `/candidature/${data.call.applicationToken}`,
    ready: (page, _language, data) => heading(page, data.call.projectName),
    title: (data, language) => [
      language === 'fr' ? 'candidature' : 'application',
      data.call.projectName,
    ],
  },
  {
    name: 'reviewer',
    role: 'visitor',
    path: (data) => `/relecture/${data.call.reviewerToken}`,
    ready: (page, _language, data) => heading(page, data.call.title),
    title: (data, language) => [language === 'fr' ? 'Relecture' : 'Review', data.call.title],
  },
  {
    name: 'console-sign-in',
    role: 'visitor',
    path: () => '/organiser',
    ready: (page, language) => heading(page, text(language, 'account.login.title')),
    title: (_data, language) => [text(language, 'account.login.title')],
  },
  {
    name: 'console-processes',
    role: 'organiser',
    path: () => '/organiser',
    ready: (page, language) => heading(page, text(language, 'organiser.list.title')),
    title: (_data, language) => [text(language, 'organiser.list.title')],
  },
  // The process page at each stage shows its sections in turn: settings, volunteers and the
  // commitment; the reveal; the draw; invitations and seats; results and publication; published.
  consoleProcess('console-process-settings-volunteers-commitment', 'created'),
  consoleProcess('console-process-reveal', 'committed'),
  consoleProcess('console-process-draw', 'revealed'),
  consoleProcess('console-process-invitations-seats', 'inSession'),
  consoleProcess('console-process-results-publication', 'deliberated'),
  consoleProcess('console-process-published', 'published'),
  {
    name: 'console-calls',
    role: 'organiser',
    path: () => '/organiser/appels',
    ready: (page, language) => heading(page, text(language, 'organiser.calls.list.title')),
    title: (_data, language) => [text(language, 'organiser.calls.list.title')],
  },
  {
    name: 'console-call-progress',
    role: 'organiser',
    path: (data) => `/organiser/appels/${data.call.id}`,
    ready: (page, _language, data) => heading(page, data.call.title),
    title: (data) => [data.call.title],
  },
  {
    name: 'console-accounts',
    role: 'organiser',
    path: () => '/organiser/comptes',
    ready: (page, language) => heading(page, text(language, 'account.accounts.title')),
    title: (_data, language) => [text(language, 'account.accounts.title')],
  },
  {
    name: 'console-my-account',
    role: 'organiser',
    path: () => '/organiser/mon-compte',
    ready: (page, language) => heading(page, text(language, 'account.mine.title')),
    title: (_data, language) => [text(language, 'account.mine.title')],
  },
  // The shell's pages (footer links) and the not-found page.
  {
    name: 'accessibility',
    role: 'visitor',
    path: () => '/accessibilite',
    ready: (page) => heading(page),
    title: per(['Accessibilité'], ['Accessibility']),
  },
  {
    name: 'legal-notice',
    role: 'visitor',
    path: () => '/mentions-legales',
    ready: (page) => heading(page),
    title: per(['Mentions légales'], ['Legal notice']),
  },
  {
    name: 'personal-data',
    role: 'visitor',
    path: () => '/donnees-personnelles',
    ready: (page) => heading(page),
    title: per(['Données personnelles'], ['Personal data']),
  },
  {
    name: 'sitemap',
    role: 'visitor',
    path: () => '/plan-du-site',
    ready: (page) => heading(page),
    title: per(['Plan du site'], [/site ?map/]),
  },
  {
    name: 'not-found',
    role: 'visitor',
    path: () => '/cette-page-n-existe-pas',
    ready: (page) => heading(page),
    title: per([/page (non trouvée|introuvable)/], ['Page not found']),
  },
];

/** The generic title of index.html, which no page may keep. */
export const GENERIC_TITLE = 'Kleroterion — vérifier un tirage';
export const TITLE_ENDING = ' — Kleroterion';

export const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
] as const;
