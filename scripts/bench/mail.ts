// `npm run bench:mail`: the real path of volunteers' receipts. A process on an on-disk SQLite database
// (WAL, synchronous=FULL) imports the 2,000 demo volunteers and commits its draw: the commitment's
// transaction queues one receipt per volunteer (the real template, text and HTML). The delivery worker
// and the SMTP transport then take them to a local SMTP server that defers (421) about 3 % of first
// attempts. Prints the commit time, the delivery time, the rate, the messages sent, failed and retried,
// and those lost (queued but never received). Target: ≤ 60 s, none lost.

import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from '../../server/app';
import { openDatabase } from '../../server/db/openDatabase';
import { createSmtpTransport } from '../../server/mail/smtpTransport';
import type { Log } from '../../server/ports';
import { readRawMail } from '../../server/testing/rawMail';
import { startSmtpTestServer } from '../../server/testing/smtpTestServer';

const volunteersCsv = fileURLToPath(new URL('../../fixtures/demo/volunteers.csv', import.meta.url));
/** One first attempt in this many is deferred with a 421. */
const DEFER_ONE_IN = 33;
const TIMEOUT_MS = 120_000;
const clock = { now: () => new Date() };
const quietLog: Log = { info: () => {}, warn: () => {}, error: () => {} };

const dir = mkdtempSync(join(tmpdir(), 'kleroterion-bench-mail-'));
const seenFirst = new Set<string>();
let deferred = 0;
const smtp = await startSmtpTestServer({
  onMessage: (mail) => {
    const to = mail.to[0] ?? '';
    const isFirst = !seenFirst.has(to);
    seenFirst.add(to);
    if (isFirst && seenFirst.size % DEFER_ONE_IN === 0) {
      deferred++;
      return { code: 421, message: '4.7.0 busy, try again later' };
    }
    return undefined;
  },
});
const db = openDatabase(dir);
try {
  const app = createApp({
    db,
    clock,
    random: { bytes: (length) => new Uint8Array(randomBytes(length)) },
    log: quietLog,
    mailTransport: createSmtpTransport(
      { url: smtp.url, from: { name: 'Ville de Lyon', address: 'jury@lyon.example' } },
      clock,
    ),
    options: {
      publicUrl: 'https://jury.lyon.example',
      minDrandDelaySeconds: 300,
      replyWindowMs: 7 * 24 * 3600 * 1000,
      mailRetryDelayMs: () => 200,
    },
  });
  const { id } = app.ceremony.create({ title: 'Assemblée citoyenne « Été 2026 » de Lyon' });
  app.ceremony.importVolunteers(id, readFileSync(volunteersCsv), 'volunteers.csv');
  const start = performance.now();
  // The commitment's transaction queues each volunteer's receipt; the worker starts sending at once.
  app.ceremony.commitDraw(id, { witnesses: [], drandDelaySeconds: 3600 });
  const queuedMs = performance.now() - start;
  const waiting = db.prepare("SELECT COUNT(*) AS n FROM mail_queue WHERE status = 'queued'");
  while ((waiting.get() as { n: number }).n > 0) {
    if (performance.now() - start > TIMEOUT_MS) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const elapsedMs = performance.now() - start;
  await app.close();

  const totals = db
    .prepare(
      `SELECT COUNT(*) AS queued, SUM(status = 'sent') AS sent, SUM(status = 'failed') AS failed,
         SUM(attempts) AS attempts FROM mail_queue WHERE kind = 'receipt'`,
    )
    .get() as { queued: number; sent: number; failed: number; attempts: number };
  const receivedIds = new Set(
    smtp.received.map((mail) => readRawMail(mail.raw).header('message-id')),
  );
  const lost = totals.queued - receivedIds.size;
  const line = (label: string, value: string) => console.log(`${label.padEnd(37)}${value}`);
  console.log(
    `bench:mail — ${totals.queued} reçus de volontaires, SMTP local (421 sur ~${Math.round(100 / DEFER_ONE_IN)} % des premiers essais)`,
  );
  line('engagement + mise en file', `${queuedMs.toFixed(0)} ms (une transaction)`);
  line('temps total jusqu’au dernier envoi', `${(elapsedMs / 1000).toFixed(2)} s`);
  line('débit', `${((totals.sent / elapsedMs) * 1000).toFixed(0)} messages/s`);
  line('envoyés', String(totals.sent));
  line('en échec', String(totals.failed));
  line(
    'réessais',
    `${totals.attempts - totals.queued} (refus temporaires du serveur : ${deferred})`,
  );
  line(
    'reçus par le serveur',
    `${smtp.received.length} (${receivedIds.size} Message-ID distincts)`,
  );
  line('perdus', String(lost));
  const isOk = lost === 0 && totals.failed === 0 && elapsedMs <= 60_000;
  console.log(isOk ? 'objectif atteint : ≤ 60 s, aucun perdu' : 'OBJECTIF MANQUÉ');
  process.exitCode = isOk ? 0 : 1;
} finally {
  db.close();
  await smtp.close();
  rmSync(dir, { recursive: true, force: true });
}
