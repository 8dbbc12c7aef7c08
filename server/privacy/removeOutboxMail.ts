// Erasure, the mail side: deletes the outbox messages (server/mail/outboxTransport.ts) sent to erased
// addresses, since they carry names, addresses and personal links: the JSON file and the .eml beside it.

import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Deletes every message in `folder` addressed to one of `emails`; returns how many. */
export function removeOutboxMail(folder: string, emails: readonly string[]): number {
  if (!existsSync(folder) || emails.length === 0) return 0;
  const erased = new Set(emails.map((email) => email.toLowerCase()));
  let removed = 0;
  for (const name of readdirSync(folder)) {
    if (!name.endsWith('.json')) continue;
    const file = join(folder, name);
    let to: unknown;
    try {
      to = (JSON.parse(readFileSync(file, 'utf8')) as { to?: unknown }).to;
    } catch {
      continue;
    }
    if (typeof to === 'string' && erased.has(to.toLowerCase())) {
      rmSync(file);
      rmSync(`${file.slice(0, -'.json'.length)}.eml`, { force: true });
      removed++;
    }
  }
  return removed;
}
