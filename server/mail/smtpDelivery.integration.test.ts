// Mail over SMTP, end to end: the app's queue, its delivery worker and the nodemailer transport against a
// real SMTP server (smtp-server) started here: one that accepts, one that refuses, one that defers, one that
// is down and comes back, one that hangs; and header injection attempts refused before anything is sent.

import { createServer } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OutgoingMail } from './mailQueue';
import { createSmtpTransport } from './smtpTransport';
import { sampleApplication } from '../testing/callFixture';
import { readRawMail } from '../testing/rawMail';
import { startSmtpTestServer } from '../testing/smtpTestServer';
import { data, startTestServer, testClock, type TestServer } from '../testing/testServer';
import type { Log } from '../ports';

const FROM = { name: 'Mairie de Lyon', address: 'jury@lyon.example' };
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A log that keeps every line, to prove no address reaches it. */
function recordingLog(): Log & { lines: string[] } {
  const lines: string[] = [];
  const keep = (object: object, message?: string) =>
    lines.push(JSON.stringify({ ...object, message }));
  return { lines, info: keep, warn: keep, error: keep };
}

async function smtp(options: Parameters<typeof startSmtpTestServer>[0] = {}) {
  const server = await startSmtpTestServer(options);
  cleanups.push(() => server.close());
  return server;
}

async function app(smtpUrl: string, log: Log = recordingLog(), timeouts = {}) {
  const server = await startTestServer({
    clockRuns: true,
    log,
    mailRetryDelayMs: () => 150,
    mailTransport: createSmtpTransport(
      { url: smtpUrl, from: FROM },
      testClock('2026-12-04T18:00:00Z'),
      {
        connectionMs: 2_000,
        socketMs: 2_000,
        messageMs: 3_000,
        ...timeouts,
      },
    ),
  });
  cleanups.push(() => server.close());
  return server;
}

const receipt = (to: string, overrides: Partial<OutgoingMail> = {}): OutgoingMail => ({
  kind: 'receipt',
  to,
  language: 'fr',
  subject: 'Votre reçu : tirage au sort « Été 2026 » à Lyon',
  text: 'Bonjour Éloïse,\n\nVotre reçu : 7f3a…\nVérifiez-le sur la page publique.',
  html: '<p>Bonjour Éloïse,</p><p>Votre reçu : <code>7f3a…</code></p>',
  processId: 'p-1',
  recipientRef: 'V0042',
  ...overrides,
});

const delivery = (server: TestServer, id: number) => server.app.mailQueue.delivery(id)!;

/** A port nothing listens on (yet). */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('mail over SMTP', () => {
  it('delivers a message with a text and an HTML part in UTF-8, a Date, its Message-ID and the sender', async () => {
    const mailServer = await smtp();
    const server = await app(mailServer.url);
    const id = server.app.mailQueue.enqueue(receipt('eloise@exemple.fr'));

    const [received] = await mailServer.awaitReceived(1);
    expect(received!.to).toEqual(['eloise@exemple.fr']);
    expect(received!.from).toBe('jury@lyon.example');
    const mail = readRawMail(received!.raw);
    expect(mail.header('subject')).toBe('Votre reçu : tirage au sort « Été 2026 » à Lyon');
    expect(mail.header('from')).toBe('Mairie de Lyon <jury@lyon.example>');
    expect(mail.header('to')).toBe('eloise@exemple.fr');
    expect(mail.header('date')).toBe('Fri, 04 Dec 2026 18:00:00 +0000');
    expect(mail.header('content-language')).toBe('fr');
    expect(mail.parts.map((part) => part.contentType.toLowerCase())).toEqual([
      'text/plain; charset=utf-8',
      'text/html; charset=utf-8',
    ]);
    expect(mail.parts[0]!.body).toBe(receipt('').text.replace(/\n/g, '\r\n'));
    expect(mail.parts[1]!.body).toBe(receipt('').html);

    await vi.waitFor(() => expect(delivery(server, id).status).toBe('sent'));
    const messageId = mail.header('message-id')!;
    expect(messageId).toMatch(/^<[0-9a-f]{32}@lyon\.example>$/);
    expect(delivery(server, id)).toMatchObject({ attempts: 1, lastError: null });
    const row = server.app.mailQueue.due(10);
    expect(row).toEqual([]);
  });

  it('delivers the mail of a real request: an application submitted over HTTP is confirmed by SMTP', async () => {
    const mailServer = await smtp();
    const server = await app(mailServer.url);
    const callId = server.app.calls.create({
      title: 'Appel à projets 2026',
      description: 'Un appel.',
      opensAt: '2023-09-01T00:00:00Z',
      closesAt: '2023-10-01T00:00:00Z',
      refPrefix: 'AIC',
      year: 2026,
    }).id;
    const answer = await server
      .client()
      .post<{ ref: string }>(`/api/public/calls/${callId}/applications`, sampleApplication(1));
    expect(data(answer).ref).toBe('AIC-2026-001');

    const [received] = await mailServer.awaitReceived(1);
    expect(received!.to).toEqual(['porteuse1@example.org']);
    const mail = readRawMail(received!.raw);
    expect(mail.header('subject')).toMatch(/^Candidature reçue : .* \(AIC-2026-001\)$/);
    expect(mail.parts[0]!.body).toMatch(/\/candidature\/[A-Za-z0-9_-]{20,}/);
    const [row] = server.app.mailQueue.deliveriesOfKind('applicationConfirmation');
    await vi.waitFor(() =>
      expect(server.app.mailQueue.delivery(row!.id)).toMatchObject({ status: 'sent', attempts: 1 }),
    );
  });

  it('fails a refused recipient for good, with the reason and without the address, in the queue and the logs', async () => {
    const mailServer = await smtp({
      onRecipient: (address) =>
        address.startsWith('inconnu')
          ? { code: 550, message: `5.1.1 <${address}>: mailbox unavailable` }
          : undefined,
    });
    const log = recordingLog();
    const server = await app(mailServer.url, log);
    const refused = server.app.mailQueue.enqueue(receipt('inconnu@exemple.fr'));
    const accepted = server.app.mailQueue.enqueue(receipt('eloise@exemple.fr'));

    await vi.waitFor(() => expect(delivery(server, refused).status).toBe('failed'));
    const failed = delivery(server, refused);
    expect(failed.attempts).toBe(1);
    expect(failed.lastError).toMatch(/^refused by the SMTP server: .*550/);
    expect(failed.lastError).toContain('mailbox unavailable');
    expect(failed.lastError).not.toContain('inconnu');
    await vi.waitFor(() => expect(delivery(server, accepted).status).toBe('sent'));
    expect(mailServer.received.map((m) => m.to)).toEqual([['eloise@exemple.fr']]);
    // The organiser sees the failure; the logs say which message, never to whom.
    expect(
      log.lines.some(
        (line) => line.includes('mail not delivered') && line.includes('"permanent":true'),
      ),
    ).toBe(true);
    expect(log.lines.join('\n')).not.toMatch(/inconnu|eloise/);
  });

  it('retries a message the server defers (421) and sends it on a later attempt', async () => {
    let deferrals = 2;
    const messageIds: (string | undefined)[] = [];
    const mailServer = await smtp({
      onMessage: (mail) => {
        messageIds.push(readRawMail(mail.raw).header('message-id'));
        return deferrals-- > 0 ? { code: 421, message: '4.7.0 try again later' } : undefined;
      },
    });
    const server = await app(mailServer.url);
    const id = server.app.mailQueue.enqueue(receipt('eloise@exemple.fr'));

    await vi.waitFor(() => expect(delivery(server, id).status).toBe('sent'), { timeout: 5_000 });
    expect(delivery(server, id).attempts).toBe(3);
    expect(mailServer.attempts).toBe(3);
    expect(mailServer.received).toHaveLength(1);
    // Every attempt carried the same Message-ID.
    expect(messageIds).toHaveLength(3);
    expect(new Set(messageIds).size).toBe(1);
    expect(messageIds[0]).toMatch(/@lyon\.example>$/);
  });

  it('keeps retrying while the server is down, and sends once it comes back', async () => {
    const port = await freePort();
    const server = await app(`smtp://127.0.0.1:${port}`);
    const id = server.app.mailQueue.enqueue(receipt('eloise@exemple.fr'));

    await vi.waitFor(() => expect(delivery(server, id).attempts).toBeGreaterThanOrEqual(2), {
      timeout: 5_000,
    });
    const down = delivery(server, id);
    expect(down.status).toBe('queued');
    expect(down.lastError).toMatch(/^SMTP server unreachable \(ESOCKET\): connect ECONNREFUSED/);
    expect(down.lastError).not.toContain('eloise');

    const mailServer = await smtp({ port });
    const [received] = await mailServer.awaitReceived(1);
    await vi.waitFor(() => expect(delivery(server, id).status).toBe('sent'));
    const sent = delivery(server, id);
    expect(sent.attempts).toBeGreaterThan(down.attempts);
    expect(sent.lastError).toBeNull();
    expect(readRawMail(received!.raw).header('subject')).toBe(receipt('').subject);
  });

  it('gives up on a server that hangs after a time limit, and keeps the message for a retry', async () => {
    const mailServer = await smtp({ onMessage: () => 'hang' });
    const server = await app(mailServer.url, recordingLog(), { messageMs: 800, socketMs: 5_000 });
    const id = server.app.mailQueue.enqueue(receipt('eloise@exemple.fr'));

    await vi.waitFor(() => expect(delivery(server, id).attempts).toBeGreaterThanOrEqual(1), {
      timeout: 5_000,
    });
    expect(delivery(server, id)).toMatchObject({
      status: 'queued',
      lastError: 'no answer from the SMTP server in 0.8 s',
    });
    expect(mailServer.received).toEqual([]);
  });

  it('refuses header injection: such a message fails for good and nothing of it reaches the server', async () => {
    const mailServer = await smtp();
    const server = await app(mailServer.url);
    const queue = server.app.mailQueue;
    const attacks = [
      'eloise@exemple.fr\r\nBcc: tous@exemple.fr',
      'eloise@exemple.fr\nBcc: tous@exemple.fr',
      '"jury@lyon.example" <pirate@exemple.fr>',
      'eloise@exemple.fr, tous@exemple.fr',
      'eloise@exemple.fr;tous@exemple.fr',
      '<eloise@exemple.fr>',
      'eloise@exemple.fr\u0000',
    ].map((to) => queue.enqueue(receipt(to)));
    // A subject cannot add a header either: its line breaks are folded into spaces.
    const folded = queue.enqueue(
      receipt('eloise@exemple.fr', {
        subject: 'Votre reçu\r\nBcc: tous@exemple.fr\r\n\r\nCorps forgé',
      }),
    );

    await vi.waitFor(() => expect(delivery(server, folded).status).toBe('sent'));
    await vi.waitFor(() => {
      for (const id of attacks) expect(delivery(server, id).status).toBe('failed');
    });
    for (const id of attacks) {
      const failed = delivery(server, id);
      expect(failed.attempts).toBe(1);
      expect(failed.lastError).toMatch(/^refused before sending: the address /);
      expect(failed.lastError).not.toMatch(/exemple|pirate/);
    }
    expect(mailServer.received).toHaveLength(1);
    const [received] = mailServer.received;
    expect(received!.to).toEqual(['eloise@exemple.fr']);
    const mail = readRawMail(received!.raw);
    expect(mail.header('subject')).toBe('Votre reçu Bcc: tous@exemple.fr Corps forgé');
    expect(mail.headers.has('bcc')).toBe(false);
    expect(mail.parts[0]!.body).toBe(receipt('').text.replace(/\n/g, '\r\n'));
  });
});
