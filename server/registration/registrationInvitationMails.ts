// Queues the e-mail twin of an invitation letter for an invitee whose register row has an e-mail address,
// in the transaction that issues their code (registrationCodes.issue's `onIssued`): the code and its mail
// commit together or not at all, and the delivery worker sends it later (server/mail/).

import type { MailLanguage, MailQueue } from '../mail/mailQueue';
import { registrationInvitationMail } from '../mail/messages';
import { registrationLink, registrationPage } from '../../shared/registration/registrationCode';
import type { IssuedCode } from './registrationCodes';

export interface RegistrationMailProcess {
  processId: string;
  title: string;
  description: string;
  /** The public base URL of the server. */
  baseUrl: string;
  replyBy?: Date | undefined;
  language?: MailLanguage;
}

/**
 * An `onIssued` callback that queues one invitation per new code whose invitee has an address.
 * `emailOf` looks the address up in the register's private table (undefined or '' when none).
 */
export function queueRegistrationInvitations(
  mailQueue: MailQueue,
  process: RegistrationMailProcess,
  emailOf: (registerId: string) => string | undefined,
): (issued: IssuedCode) => void {
  const language = process.language ?? 'fr';
  const page = registrationPage(process.baseUrl);
  return ({ registerId, code }) => {
    const to = emailOf(registerId);
    if (to === undefined || to === '') return;
    mailQueue.enqueue({
      kind: 'registrationInvitation',
      to,
      language,
      ...registrationInvitationMail(
        {
          processTitle: process.title,
          description: process.description,
          code,
          registrationPage: page,
          registrationLink: registrationLink(process.baseUrl, code),
          replyBy: process.replyBy,
        },
        language,
      ),
      processId: process.processId,
      // The pseudonymous register id: the console shows a delivery without naming anyone.
      recipientRef: registerId,
    });
  };
}
