// No message is lost when the server dies: a real server process commits its mail (the demonstration's
// call for projects queues hundreds of messages on a fresh data folder), is killed with SIGKILL while its
// SMTP server hangs on the first messages, and sends every one of them after it starts again, the messages
// that were in flight with the same Message-ID.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/openDatabase';
import { readRawMail } from '../testing/rawMail';
import { startServerProcess } from '../testing/serverProcess';
import { startSmtpTestServer } from '../testing/smtpTestServer';

const dataDir = mkdtempSync(join(tmpdir(), 'kleroterion-mail-crash-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const rows = () => {
  const db = openDatabase(dataDir);
  try {
    return db
      .prepare('SELECT id, status, message_id AS messageId FROM mail_queue ORDER BY id')
      .all() as {
      id: number;
      status: string;
      messageId: string | null;
    }[];
  } finally {
    db.close();
  }
};

describe('mail after a crash', () => {
  it('sends after a restart every message a killed server had committed, none lost', async () => {
    const hung: string[] = [];
    const hanging = await startSmtpTestServer({
      onMessage: (mail) => {
        hung.push(readRawMail(mail.raw).header('message-id') ?? '');
        return 'hang';
      },
    });
    const env = (url: string) => ({
      KLEROTERION_DEMO: 'on',
      KLEROTERION_SMTP_URL: url,
      KLEROTERION_MAIL_FROM: 'Mairie de Lyon <jury@lyon.example>',
    });
    const first = await startServerProcess(dataDir, { env: env(hanging.url) });
    // The first messages reach the server, which never answers; then the process dies.
    const deadline = Date.now() + 20_000;
    while (hung.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await first.kill9();
    await hanging.close();
    expect(hung.length).toBeGreaterThan(0);

    const before = rows();
    expect(before.length).toBeGreaterThan(100);
    expect(before.every((row) => row.status === 'queued')).toBe(true);

    const accepting = await startSmtpTestServer();
    const second = await startServerProcess(dataDir, { env: env(accepting.url) });
    try {
      const received = await accepting.awaitReceived(before.length, 60_000);
      // Give a duplicate the time to show up, then count.
      await new Promise((r) => setTimeout(r, 500));
      expect(received).toHaveLength(before.length);
      const ids = received.map((mail) => readRawMail(mail.raw).header('message-id'));
      expect(new Set(ids).size).toBe(before.length);
      for (const id of hung) expect(ids).toContain(id);
    } finally {
      await second.stop();
      await accepting.close();
    }
    const after = rows();
    expect(after.map((row) => row.id)).toEqual(before.map((row) => row.id));
    expect(after.every((row) => row.status === 'sent')).toBe(true);
  }, 120_000);
});
