// The embedded transport when no SMTP server is configured: each message becomes a JSON file in
// `<data>/outbox/` (what the demo, the fault harness and erasure read: scripts/lib/faults/outboxReader.ts,
// server/privacy/removeOutboxMail.ts) and, beside it, the same message as a real `.eml` file that any mail
// client opens.

import { mkdirSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { Clock, MailTransport, TransportMail } from '../ports';
import { domainOf, foldSubject, requireSafeRecipient } from './mailSafety';

/** What each JSON file holds (readers rely on `to`, `subject` and `text`): the message and when it was sent. */
export interface OutboxMail extends TransportMail {
  date: string;
}

export function createOutboxTransport(
  folder: string,
  clock: Clock,
  from: { name: string; address: string } = {
    name: 'Kleroterion',
    address: 'kleroterion@localhost',
  },
): MailTransport & { folder: string } {
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  let counter = 0;
  const writingEml = new Set<Promise<void>>();
  return {
    folder,
    messageIdDomain: domainOf(from.address),
    async send(mail: TransportMail) {
      const to = requireSafeRecipient(mail.to);
      counter++;
      const date = clock.now();
      const base = `${date.toISOString().replace(/[:.]/g, '-')}-${process.pid}-${counter}`;
      const stored: OutboxMail = {
        ...mail,
        to,
        subject: foldSubject(mail.subject),
        date: date.toISOString(),
      };
      // Written before any await: a reader that follows the request sees the message at once.
      writeFileSync(join(folder, `${base}.json`), `${JSON.stringify(stored, null, 2)}\n`, {
        mode: 0o600,
      });
      // The .eml copy is composed in the background: the worker's next message is written at once, so
      // a whole batch (a draw's invitations) is in the folder before the request that queued it answers.
      const writing = new MailComposer({
        from,
        to: { name: '', address: to },
        subject: stored.subject,
        text: mail.text,
        ...(mail.html === '' ? {} : { html: mail.html }),
        messageId: mail.messageId,
        date,
        headers: { 'Content-Language': mail.language },
        disableFileAccess: true,
        disableUrlAccess: true,
      })
        .compile()
        .build()
        .then((eml) => writeFile(join(folder, `${base}.eml`), eml, { mode: 0o600 }))
        // The JSON file is the message of record; a missing copy is not a lost message.
        .catch(() => {})
        .finally(() => writingEml.delete(writing));
      writingEml.add(writing);
      return { messageId: mail.messageId };
    },
    /** Waits for the .eml copies still being written. */
    async close() {
      await Promise.allSettled([...writingEml]);
    },
  };
}
