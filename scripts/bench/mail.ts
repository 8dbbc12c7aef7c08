// `npm run bench:mail`: queues 2,000 volunteer receipts (text and HTML) in one transaction of an on-disk
// SQLite database (WAL, synchronous=FULL), delivers them through the delivery worker and the SMTP transport
// to a local SMTP server that defers (421) about 3 % of first attempts, and prints the time, the rate, the
// messages sent, failed and retried, and those lost (queued but never received). Target: ≤ 60 s, none lost.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../server/db/openDatabase';
import { createDeliveryWorker } from '../../server/mail/deliveryWorker';
import { createMailQueue, type OutgoingMail } from '../../server/mail/mailQueue';
import { createSmtpTransport } from '../../server/mail/smtpTransport';
import type { Log } from '../../server/ports';
import { readRawMail } from '../../server/testing/rawMail';
import { startSmtpTestServer } from '../../server/testing/smtpTestServer';

const COUNT = 2_000;
/** One first attempt in this many is deferred with a 421. */
const DEFER_ONE_IN = 33;
const TIMEOUT_MS = 120_000;
const clock = { now: () => new Date() };
const quietLog: Log = { info: () => {}, warn: () => {}, error: () => {} };

function receipt(i: number): OutgoingMail {
  const seat = String(i + 1).padStart(4, '0');
  const leaf = Buffer.from(`leaf-${i}`).toString('hex').padEnd(64, '0').slice(0, 64);
  const root = 'b7e5d1c09a4f3e2d8c6b5a49382716f5e4d3c2b1a09f8e7d6c5b4a3928170605';
  const url = `https://jury.lyon.example/p/assemblee-2026#recu`;
  const block = [
    '----- REÇU KLEROTERION -----',
    `processus : assemblee-2026`,
    `volontaire : V${seat}`,
    `feuille : ${leaf}`,
    `racine : ${root}`,
    '----- FIN DU REÇU -----',
  ].join('\n');
  return {
    kind: 'receipt',
    to: `volontaire.${i}@exemple.fr`,
    language: 'fr',
    subject: 'Votre reçu : assemblée citoyenne « Été 2026 » de Lyon',
    text: [
      'Bonjour,',
      '',
      'Vous êtes inscrit·e parmi les 2 000 volontaires de l’assemblée citoyenne « Été 2026 ».',
      'Voici votre reçu. Il prouve que votre nom figure dans la liste engagée avant le tirage :',
      '',
      block,
      '',
      `Pour le vérifier, collez ce message entier sur ${url}.`,
      'Le tirage aura lieu le 18 décembre 2026 à 18:00, heure de Paris.',
    ].join('\n'),
    html: [
      '<!doctype html><html lang="fr"><body>',
      '<p>Bonjour,</p>',
      '<p>Vous êtes inscrit·e parmi les 2&#8239;000 volontaires de l’assemblée citoyenne « Été 2026 ».</p>',
      '<p>Voici votre reçu. Il prouve que votre nom figure dans la liste engagée avant le tirage&#8239;:</p>',
      `<pre>${block}</pre>`,
      `<p>Pour le vérifier, collez ce message entier sur <a href="${url}">la page publique</a>.</p>`,
      '<p>Le tirage aura lieu le 18 décembre 2026 à 18:00, heure de Paris.</p>',
      '</body></html>',
    ].join(''),
    processId: 'assemblee-2026',
    recipientRef: `V${seat}`,
  };
}

const dir = mkdtempSync(join(tmpdir(), 'kleroterion-bench-mail-'));
const seenFirst = new Set<string>();
let deferred = 0;
const smtp = await startSmtpTestServer({
  onMessage: (mail) => {
    const to = mail.to[0] ?? '';
    const index = Number(/\.(\d+)@/.exec(to)?.[1] ?? -1);
    const isFirst = !seenFirst.has(to);
    seenFirst.add(to);
    if (isFirst && index % DEFER_ONE_IN === 0) {
      deferred++;
      return { code: 421, message: '4.7.0 busy, try again later' };
    }
    return undefined;
  },
});
const db = openDatabase(dir);
try {
  const queue = createMailQueue(db, clock, { retryDelayMs: () => 200 });
  const queueStart = performance.now();
  db.transaction(() => {
    for (let i = 0; i < COUNT; i++) queue.enqueue(receipt(i));
  })();
  const queuedMs = performance.now() - queueStart;

  const start = performance.now();
  const worker = createDeliveryWorker({
    queue,
    transport: createSmtpTransport(
      { url: smtp.url, from: { name: 'Ville de Lyon', address: 'jury@lyon.example' } },
      clock,
    ),
    clock,
    log: quietLog,
  });
  worker.start();
  const waiting = db.prepare("SELECT COUNT(*) AS n FROM mail_queue WHERE status = 'queued'");
  while ((waiting.get() as { n: number }).n > 0) {
    if (performance.now() - start > TIMEOUT_MS) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const elapsedMs = performance.now() - start;
  await worker.stop();

  const totals = db
    .prepare(
      `SELECT COUNT(*) AS queued, SUM(status = 'sent') AS sent, SUM(status = 'failed') AS failed,
         SUM(attempts) AS attempts FROM mail_queue`,
    )
    .get() as { queued: number; sent: number; failed: number; attempts: number };
  const receivedIds = new Set(
    smtp.received.map((mail) => readRawMail(mail.raw).header('message-id')),
  );
  const lost = totals.queued - receivedIds.size;
  const line = (label: string, value: string) => console.log(`${label.padEnd(32)}${value}`);
  console.log(
    `bench:mail — ${COUNT} reçus, SMTP local (421 sur ~${Math.round(100 / DEFER_ONE_IN)} % des premiers essais)`,
  );
  line('mise en file (1 transaction)', `${queuedMs.toFixed(0)} ms`);
  line('temps total d’envoi', `${(elapsedMs / 1000).toFixed(2)} s`);
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
