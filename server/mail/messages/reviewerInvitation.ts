// The link a reviewer receives to pre-screen a call's applications. Spec: docs/calls.md, "Pre-screening".

import type { MailLanguage } from '../mailQueue';
import { FOOTER, link, paragraph, renderMail, type RenderedMail } from './layout';

export interface ReviewerInvitationMailData {
  name: string;
  callTitle: string;
  /** The reviewer's personal page, /relecture/<token>. */
  link: string;
}

export function reviewerInvitationMail(
  data: ReviewerInvitationMailData,
  language: MailLanguage = 'fr',
): RenderedMail {
  if (language === 'en')
    return renderMail(
      'en',
      `Reviewing applications: ${data.callTitle}`,
      [
        paragraph(`Hello ${data.name},`),
        paragraph(
          `You are invited to examine whether applications to the call “${data.callTitle}” are admissible.`,
        ),
        link('Your personal review link:', data.link),
        paragraph('This link is personal: do not pass it on.'),
      ],
      FOOTER.en,
    );
  return renderMail(
    'fr',
    `Relecture des candidatures : ${data.callTitle}`,
    [
      paragraph(`Bonjour ${data.name},`),
      paragraph(
        `Vous êtes invité·e à examiner la recevabilité de candidatures à l’appel « ${data.callTitle} ».`,
      ),
      link('Votre lien personnel de relecture :', data.link),
      paragraph('Ce lien est personnel : ne le transmettez pas.'),
    ],
    FOOTER.fr,
  );
}
