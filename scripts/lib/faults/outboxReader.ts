// Reads the mails a server process wrote to its outbox folder (server/mail/outboxTransport.ts), in the order
// they were sent, so that a harness outside the server can follow invitation links.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OutboxMail } from '../../../server/mail/outboxTransport';

// File names are `<ISO instant>-<pid>-<counter>.json`; the counter is not zero-padded.
const NAME = /^(.*)-(\d+)-(\d+)\.json$/;

/** Every mail in `folder`, oldest first (by instant, then process, then the process's counter). */
export function readOutbox(folder: string): OutboxMail[] {
  if (!existsSync(folder)) return [];
  const entries = readdirSync(folder).flatMap((name) => {
    const match = NAME.exec(name);
    return match === null
      ? []
      : [{ name, at: match[1] as string, pid: Number(match[2]), counter: Number(match[3]) }];
  });
  entries.sort((a, b) =>
    a.at !== b.at ? (a.at < b.at ? -1 : 1) : a.pid - b.pid || a.counter - b.counter,
  );
  return entries.map(
    ({ name }) => JSON.parse(readFileSync(join(folder, name), 'utf8')) as OutboxMail,
  );
}
