// The demonstration's call for projects, replayed through the real services on a fresh database: a call
// that closed two weeks ago, the 200 fictional applications of fixtures/demo/applications.json submitted
// during its window (each assigned to two of the four fictional reviewers on arrival), two reviews per
// application (derived from the fixture's pre-screening, with deterministic disagreements drawn with
// seedrandom), each application settled with a message that states its reason, and the 40 admissible
// ones handed to the demo jury process as its dossiers.

import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import seedrandom from 'seedrandom';
import type { Reason } from '../../shared/calls/callEvents';
import type { Review } from '../../shared/calls/review';
import { ASSESSMENT_LEVELS, DossierFile, type Dossier } from '../../shared/dossier/dossier';
import type { Calls } from '../services/calls';
import type { PinnableClock } from './pinnableClock';

export const DEMO_CALL_TITLE = 'Accélérateur d’initiatives citoyennes — appel à projets 2026';
const DAY = 86_400_000;
const REVIEWERS = [
  { name: 'Hélène Marchand', email: 'helene.marchand@administration.example' },
  { name: 'Karim Benali', email: 'karim.benali@administration.example' },
  { name: 'Sophie Texier', email: 'sophie.texier@administration.example' },
  { name: 'Julien Roussel', email: 'julien.roussel@administration.example' },
];

/**
 * The fixture's decisive comment on a refused application: the one that says why ("Non admissible…").
 * The applicant reads it, and its category is the settlement's reason, so the two always agree.
 */
function decisiveComment(dossier: Dossier): string {
  const comments = [
    dossier.prescreening.solidity,
    dossier.prescreening.feasibility,
    dossier.prescreening.impact,
    dossier.prescreening.supportValue,
  ].map((a) => a.comment);
  const decisive = comments.find((comment) => comment.startsWith('Non admissible'));
  if (decisive === undefined) throw new Error(`${dossier.id}: no decisive comment in the fixture`);
  return decisive;
}

/** The category of refusal a decisive comment expresses (first match wins). */
function reasonOf(decisive: string): Reason {
  const rules: [Reason, RegExp][] = [
    ['charter', /charte/],
    ['duplicate', /doublon|répond déjà/],
    ['commercial', /commercia|payant|cotisation/],
    ['immature', /intention/],
    ['vague', /trop général|imprécis/],
    ['unrealistic', /réalist|hors de portée|budget ne couvre|faisabilité/],
    ['out-of-scope', /hors du champ|fonctionnement courant|relever du programme/],
  ];
  return rules.find(([, pattern]) => pattern.test(decisive.toLowerCase()))?.[0] ?? 'other';
}

function generalInterestOf(d: Dossier): string {
  return `Le projet « ${d.title} » vise un bénéfice collectif dans le domaine « ${d.sector} » (${d.territory}) : il est ouvert à toutes et tous, sans condition, et ses résultats seront publiés.`;
}

function fundingOf(d: Dossier, random: () => number): string {
  const sources = [
    'des dons de particuliers',
    'une subvention d’une collectivité',
    'les cotisations des membres',
    'un mécénat d’entreprise plafonné',
    'le bénévolat de l’équipe',
  ];
  const first = sources[Math.floor(random() * sources.length)] as string;
  const second = sources[Math.floor(random() * sources.length)] as string;
  const lead = d.leadType === 'company' ? 'L’entreprise porteuse' : 'Le porteur';
  return `${lead} finance le projet par ${first}${second === first ? '' : ` et ${second}`}. Les montants et leurs sources seront publiés chaque année.`;
}

/** A second reviewer reads the same file a little differently now and then. */
function secondOpinion(review: Review, random: () => number): Review {
  const shifted = { ...review };
  if (random() < 0.2) {
    const axis = (['solidity', 'feasibility', 'impact', 'supportValue'] as const)[
      Math.floor(random() * 4)
    ]!;
    const index = ASSESSMENT_LEVELS.indexOf(review[axis].level);
    const level = ASSESSMENT_LEVELS[Math.min(3, Math.max(0, index + (random() < 0.5 ? -1 : 1)))]!;
    shifted[axis] = {
      level,
      comment: `${review[axis].comment} Lecture un peu différente sur ce point.`,
    };
  }
  return random() < 0.12 ? { ...shifted, opinion: 'to-discuss' } : shifted;
}

/**
 * Seeds the call once (when there is none) and hands its admissible applications to `processId`.
 * Returns the call's id, or undefined when calls already exist.
 */
export function seedDemoCall(
  calls: Calls,
  clock: PinnableClock,
  options: { applicationsJson: string; volunteersCsv: string; processId: string | undefined },
): string | undefined {
  if (calls.list().length > 0) return undefined;
  const file = DossierFile.parse(JSON.parse(readFileSync(options.applicationsJson, 'utf8')));
  const people = parse(readFileSync(options.volunteersCsv), { columns: true }) as {
    name: string;
    email: string;
  }[];
  const random = seedrandom('kleroterion-demo-call-v1');
  const closesAt = new Date(
    Math.floor((clock.now().getTime() - 14 * DAY) / DAY) * DAY + 16 * 3600_000,
  );
  const opensAt = new Date(closesAt.getTime() - 45 * DAY);
  try {
    clock.pin(new Date(opensAt.getTime() - DAY));
    const callId = calls.create({
      title: DEMO_CALL_TITLE,
      description:
        'Projets d’intérêt général portés par des citoyennes et citoyens, des associations ou des entreprises, qu’un jury citoyen tiré au sort examinera après l’examen de recevabilité par l’administration.',
      opensAt: opensAt.toISOString(),
      closesAt: closesAt.toISOString(),
      refPrefix: 'AIC',
      year: 2026,
    }).id;
    for (const reviewer of REVIEWERS) calls.addReviewer(callId, reviewer);
    const step = (closesAt.getTime() - opensAt.getTime() - DAY) / file.dossiers.length;
    file.dossiers.forEach((dossier, i) => {
      clock.pin(new Date(opensAt.getTime() + Math.round(i * step) + 3600_000));
      const person = people[(i * 7) % people.length]!;
      calls.submit(callId, {
        projectName: dossier.title,
        pitch: dossier.pitch,
        description: dossier.description,
        leadType: dossier.leadType,
        leadName: person.name,
        email: person.email,
        sector: dossier.sector,
        territory: dossier.territory,
        ...(dossier.website === undefined ? {} : { website: dossier.website }),
        levers: dossier.levers,
        generalInterest: generalInterestOf(dossier),
        funding: fundingOf(dossier, random),
        charter: {
          'public-service-values': true,
          'funding-transparency': true,
          'open-results': true,
          network: true,
        },
      });
    });
    // Each application was assigned to two reviewers on arrival.
    const queue = calls.organiserView(callId).applications;
    file.dossiers.forEach((dossier, i) => {
      clock.pin(new Date(closesAt.getTime() + DAY + i * 600_000));
      const { prescreening } = dossier;
      const first: Review = {
        opinion: prescreening.admissible ? 'admissible' : 'not-admissible',
        solidity: prescreening.solidity,
        feasibility: prescreening.feasibility,
        impact: prescreening.impact,
        supportValue: prescreening.supportValue,
      };
      const ref = dossier.id;
      const reviewers = queue.find((a) => a.ref === ref)!.reviewers;
      calls.reviewAs(callId, reviewers[0]!, ref, first);
      calls.reviewAs(callId, reviewers[1]!, ref, secondOpinion(first, random));
    });
    file.dossiers.forEach((dossier, i) => {
      clock.pin(new Date(closesAt.getTime() + 5 * DAY + i * 300_000));
      const { prescreening } = dossier;
      const decisive = prescreening.admissible ? undefined : decisiveComment(dossier);
      calls.settle(callId, dossier.id, {
        admissible: prescreening.admissible,
        reason: decisive === undefined ? null : reasonOf(decisive),
        reasonText:
          decisive ??
          'Votre projet est recevable : il sera examiné par le jury citoyen tiré au sort.',
        assessment: {
          solidity: prescreening.solidity,
          feasibility: prescreening.feasibility,
          impact: prescreening.impact,
          supportValue: prescreening.supportValue,
        },
      });
    });
    clock.release();
    if (options.processId !== undefined) calls.exportToProcess(callId, options.processId);
    return callId;
  } finally {
    clock.release();
  }
}
