// The e-mail twin of the stage-one invitation letter (server/letters/): the same words, the personal
// registration code, and the registration link carrying it. Spec: docs/letters.md, "E-mail".

import { LETTER_WORDS, letterDate } from '../../letters/letterText';
import type { MailLanguage } from '../mailQueue';
import { facts, FOOTER, link, paragraph, renderMail, type RenderedMail } from './layout';

export interface RegistrationInvitationMailData {
  processTitle: string;
  description: string;
  /** The plain registration code, "XXXX-XXXX-…". */
  code: string;
  /** The registration page, `<base>/inscription`. */
  registrationPage: string;
  /** The same page with the code in its query (what the letter's QR code opens). */
  registrationLink: string;
  /** The last day to register, when there is one. */
  replyBy?: Date | undefined;
}

/** The invitation to register, in French unless the process writes in English. */
export function registrationInvitationMail(
  data: RegistrationInvitationMailData,
  language: MailLanguage = 'fr',
): RenderedMail {
  const words = LETTER_WORDS[language];
  const replyBy = data.replyBy === undefined ? undefined : letterDate(data.replyBy, language);
  return renderMail(
    language,
    words.subject(data.processTitle),
    [
      paragraph(words.greeting),
      paragraph(words.drawn(data.processTitle)),
      paragraph(words.aboutIt),
      paragraph(data.description.trim()),
      paragraph(words.freeChoice(replyBy)),
      facts([{ label: words.yourCode, value: data.code }]),
      paragraph(words.codeNote),
      link(words.mailLink, data.registrationLink),
      link(words.mailOr, data.registrationPage),
      paragraph(words.mailPrivacy),
    ],
    FOOTER[language],
  );
}
