// The acknowledgement an applicant receives when their application is recorded: its reference and their
// personal link. Spec: docs/calls.md, "Applications".

import type { MailLanguage } from '../mailQueue';
import { FOOTER, link, paragraph, renderMail, type RenderedMail } from './layout';

export interface ApplicationConfirmationMailData {
  leadName: string;
  projectName: string;
  callTitle: string;
  ref: string;
  /** The applicant's private page, /candidature/<token>. */
  link: string;
}

/** The confirmation, in the language of the page the applicant submitted from. */
export function applicationConfirmationMail(
  data: ApplicationConfirmationMailData,
  language: MailLanguage = 'fr',
): RenderedMail {
  if (language === 'en')
    return renderMail(
      'en',
      `Application received: ${data.projectName} (${data.ref})`,
      [
        paragraph(`Hello ${data.leadName},`),
        paragraph(
          `Your application “${data.projectName}” to the call “${data.callTitle}” is recorded under the reference ${data.ref}.`,
        ),
        link(
          'This personal link lets you read it again and, once the call has closed, follow its status:',
          data.link,
        ),
        paragraph('Do not pass it on: it gives access to your application.'),
      ],
      FOOTER.en,
    );
  return renderMail(
    'fr',
    `Candidature reçue : ${data.projectName} (${data.ref})`,
    [
      paragraph(`Bonjour ${data.leadName},`),
      paragraph(
        `Votre candidature « ${data.projectName} » à l’appel « ${data.callTitle} » est enregistrée sous la référence ${data.ref}.`,
      ),
      link(
        'Ce lien personnel vous permet de la relire et, après la clôture de l’appel, d’en suivre le statut :',
        data.link,
      ),
      paragraph('Ne le transmettez pas : il donne accès à votre dossier.'),
    ],
    FOOTER.fr,
  );
}
