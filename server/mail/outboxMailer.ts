// A mailer that writes each message as a JSON file in an outbox folder: the demo and the tests read it;
// a deployment replaces it with an SMTP mailer behind the same interface.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Mail, Mailer } from '../ports';

export function createOutboxMailer(
  folder: string,
  clock: { now(): Date },
): Mailer & { folder: string } {
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  let counter = 0;
  return {
    folder,
    send(mail: Mail) {
      counter++;
      const name = `${clock.now().toISOString().replace(/[:.]/g, '-')}-${process.pid}-${counter}.json`;
      writeFileSync(join(folder, name), `${JSON.stringify(mail, null, 2)}\n`, { mode: 0o600 });
    },
  };
}
