// The mails of a call for projects, queued in the transaction of the write that causes them: the
// applicant's confirmation (with their private link), the reviewer's invitation, and the decision. Each
// belongs to the call in the console's "Envois", under the application's reference or the reviewer's id.

import type { MailLanguage, MailQueue } from '../../mail/mailQueue';
import { applicationConfirmationMail } from '../../mail/messages/applicationConfirmation';
import {
  applicationDecisionMail,
  type ApplicationDecisionMailData,
} from '../../mail/messages/applicationDecision';
import { reviewerInvitationMail } from '../../mail/messages/reviewerInvitation';

export function createCallMails(mailQueue: MailQueue, publicUrl: () => string) {
  const applicantLink = (token: string) => `${publicUrl()}/candidature/${token}`;
  return {
    confirmation(input: {
      callId: string;
      callTitle: string;
      ref: string;
      token: string;
      to: string;
      leadName: string;
      projectName: string;
      language: MailLanguage;
    }): void {
      mailQueue.enqueue({
        kind: 'applicationConfirmation',
        to: input.to,
        language: input.language,
        ...applicationConfirmationMail(
          {
            leadName: input.leadName,
            projectName: input.projectName,
            callTitle: input.callTitle,
            ref: input.ref,
            link: applicantLink(input.token),
          },
          input.language,
        ),
        callId: input.callId,
        recipientRef: input.ref,
      });
    },

    /** Reviewers get French: no language is known for them. */
    reviewerInvitation(input: {
      callId: string;
      callTitle: string;
      reviewer: string;
      name: string;
      to: string;
      token: string;
    }): void {
      mailQueue.enqueue({
        kind: 'reviewerInvitation',
        to: input.to,
        language: 'fr',
        ...reviewerInvitationMail({
          name: input.name,
          callTitle: input.callTitle,
          link: `${publicUrl()}/relecture/${input.token}`,
        }),
        callId: input.callId,
        recipientRef: input.reviewer,
      });
    },

    /** The decision, with a fresh private link (`token`); nothing for an erased address. */
    decision(input: {
      callId: string;
      to: string;
      token: string;
      language: MailLanguage;
      data: Omit<ApplicationDecisionMailData, 'statusUrl'>;
    }): void {
      if (input.to === '') return;
      mailQueue.enqueue({
        kind: 'applicationDecision',
        to: input.to,
        language: input.language,
        ...applicationDecisionMail(
          { ...input.data, statusUrl: applicantLink(input.token) },
          input.language,
        ),
        callId: input.callId,
        recipientRef: input.data.ref,
      });
    },
  };
}
