// The one vocabulary of refusal reasons: each category's label in French and English, read by the
// organiser's settlement form, the applicant's status page, the decision mail and the public statistics.
// Spec: docs/calls.md, section "Event log" (reason categories) and "Public transparency".

import type { Reason } from './callEvents';

export const REASON_LABELS = {
  fr: {
    commercial: 'Projet commercial sans intérêt général',
    unrealistic: 'Projet irréaliste dans ses moyens ou son calendrier',
    charter: 'Engagement de la charte refusé',
    'out-of-scope': 'Hors du périmètre de l’appel',
    duplicate: 'Doublon d’un service public existant',
    immature: 'Projet pas encore assez avancé',
    vague: 'Dossier trop imprécis',
    other: 'Autre motif',
  },
  en: {
    commercial: 'Commercial project without general interest',
    unrealistic: 'Unrealistic in its means or schedule',
    charter: 'Charter commitment refused',
    'out-of-scope': 'Outside the call’s scope',
    duplicate: 'Duplicates an existing public service',
    immature: 'Project not advanced enough yet',
    vague: 'Application too vague',
    other: 'Other reason',
  },
} as const satisfies Record<'fr' | 'en', Record<Reason, string>>;

export type ReasonLanguage = keyof typeof REASON_LABELS;

/** The label of a refusal reason, French by default. */
export const reasonLabel = (reason: Reason, language: ReasonLanguage = 'fr'): string =>
  REASON_LABELS[language][reason];
