// A bridge for the services that still call the synchronous `Mailer.send`: each message is queued instead
// of sent, so it leaves through the delivery worker like every other. It goes once every service queues its
// messages itself, inside the transaction of the write that causes them.

import type { Mailer } from '../ports';
import type { MailKind, MailQueue } from './mailQueue';

export function queueingMailer(queue: MailQueue, kindOf: (subject: string) => MailKind): Mailer {
  return {
    send(mail) {
      queue.enqueue({
        kind: kindOf(mail.subject),
        to: mail.to,
        language: 'fr',
        subject: mail.subject,
        text: mail.text,
        html: '',
      });
    },
  };
}
