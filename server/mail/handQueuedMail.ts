// Until a delivery worker empties the queue through a real transport, queued messages are handed to the
// injected mailer (the outbox folder, or the tests' list) as soon as their transaction has committed.
// A mailer that throws leaves the message queued, due at once, for the next enqueue or the next start.

import type { Log, Mailer } from '../ports';
import type { MailQueue } from './mailQueue';

/** Hands every due message to the mailer now and after each enqueue; returns the function that stops it. */
export function handQueuedMailTo(mailer: Mailer, mailQueue: MailQueue, log: Log): () => void {
  const deliverDue = () => {
    for (let batch = mailQueue.due(); batch.length > 0; batch = mailQueue.due()) {
      for (const mail of batch) {
        try {
          mailer.send({ to: mail.to, subject: mail.subject, text: mail.text });
        } catch (error) {
          // The error's name only: a transport's message may quote the address.
          const reason = error instanceof Error ? error.name : 'unknown';
          log.warn({ mail: mail.id, error: reason }, 'queued mail not sent; kept for a retry');
          return;
        }
        mailQueue.markSent(mail.id, '');
      }
    }
  };
  deliverDue();
  return mailQueue.onQueued(deliverDue);
}
