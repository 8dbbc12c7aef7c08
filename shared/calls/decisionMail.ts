// The mail that tells an applicant the outcome of the pre-screening: the decision, the reason's label
// from the one vocabulary and the organiser's explanation in plain words, and the link to their page.
// Spec: docs/calls.md, section "Pre-screening" (settlement).

import type { Reason } from './callEvents';
import { reasonLabel, type ReasonLanguage } from './refusalReasons';

export interface DecisionMailInput {
  leadName: string;
  projectName: string;
  ref: string;
  callTitle: string;
  admissible: boolean;
  reason: Reason | null;
  /** The organiser's explanation, as the applicant reads it on their page. */
  reasonText: string;
  /** The applicant's private status page. */
  statusUrl: string;
}

/** Subject and text of the decision mail, in French unless told otherwise. */
export function decisionMail(
  input: DecisionMailInput,
  language: ReasonLanguage = 'fr',
): { subject: string; text: string } {
  const { leadName, projectName, ref, callTitle, admissible, reason, reasonText, statusUrl } =
    input;
  const label = reason === null ? null : reasonLabel(reason, language);
  if (language === 'en')
    return {
      subject: `Decision on your application ${ref}: ${admissible ? 'admissible' : 'not admissible'}`,
      text: [
        `Hello${leadName === '' ? '' : ` ${leadName}`},`,
        '',
        `The administration has examined your application “${projectName}” (${ref}) to the call “${callTitle}”.`,
        '',
        admissible
          ? 'Decision: your application is admissible. The citizens’ jury drawn by lot will examine it.'
          : 'Decision: your application is not admissible.',
        ...(label === null ? [] : [`Reason: ${label}.`]),
        '',
        'The administration’s explanation:',
        reasonText,
        '',
        'Your personal page shows this decision and the application you sent:',
        statusUrl,
        '',
        'This link is personal: do not pass it on.',
      ].join('\n'),
    };
  return {
    subject: `Décision sur votre candidature ${ref} : ${admissible ? 'recevable' : 'non recevable'}`,
    text: [
      `Bonjour${leadName === '' ? '' : ` ${leadName}`},`,
      '',
      `L’administration a examiné votre candidature « ${projectName} » (${ref}) à l’appel « ${callTitle} ».`,
      '',
      admissible
        ? 'Décision : votre candidature est recevable. Le jury citoyen tiré au sort l’examinera.'
        : 'Décision : votre candidature n’est pas recevable.',
      ...(label === null ? [] : [`Motif : ${label}.`]),
      '',
      'L’explication de l’administration :',
      reasonText,
      '',
      'Votre page personnelle présente cette décision et la candidature que vous avez envoyée :',
      statusUrl,
      '',
      'Ce lien est personnel : ne le transmettez pas.',
    ].join('\n'),
  };
}
