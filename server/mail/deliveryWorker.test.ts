import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../db/openDatabase';
import { memoryMailTransport } from '../testing/memoryMailTransport';
import { createDeliveryWorker, type DeliveryWorker } from './deliveryWorker';
import { MailDeliveryError } from './mailDeliveryError';
import { MAX_ATTEMPTS, createMailQueue, type OutgoingMail } from './mailQueue';

const clock = { now: () => new Date() };
const workers: DeliveryWorker[] = [];
afterEach(async () => {
  for (const worker of workers.splice(0)) await worker.stop();
});

const mail = (to: string): OutgoingMail => ({
  kind: 'invitation',
  to,
  language: 'fr',
  subject: 'Vous avez été tiré·e au sort',
  text: 'Bonjour',
  html: '<p>Bonjour</p>',
});

function setUp(concurrency = 2) {
  const db = openDatabase(':memory:');
  const queue = createMailQueue(db, clock, { retryDelayMs: () => 0 });
  const transport = memoryMailTransport();
  const lines: string[] = [];
  const keep = (object: object, message?: string) =>
    lines.push(JSON.stringify({ ...object, message }));
  const worker = createDeliveryWorker({
    queue,
    transport,
    clock,
    log: { info: keep, warn: keep, error: keep },
    concurrency,
  });
  workers.push(worker);
  return { queue, transport, worker, lines };
}

describe('the delivery worker', () => {
  it('sends what was queued before it started, then what is queued while it runs', async () => {
    const { queue, transport, worker } = setUp();
    const before = [1, 2, 3].map((i) => queue.enqueue(mail(`v${i}@exemple.fr`)));
    worker.start();
    const after = queue.enqueue(mail('v4@exemple.fr'));
    await vi.waitFor(() => expect(transport.sent).toHaveLength(4));
    expect(transport.sent.map((m) => m.to)).toEqual([
      'v1@exemple.fr',
      'v2@exemple.fr',
      'v3@exemple.fr',
      'v4@exemple.fr',
    ]);
    await vi.waitFor(() => {
      for (const id of [...before, after]) expect(queue.delivery(id)?.status).toBe('sent');
    });
    // Each message has its own Message-ID, the one the queue keeps.
    const ids = transport.sent.map((m) => m.messageId);
    expect(new Set(ids).size).toBe(4);
    for (const id of ids) expect(id).toMatch(/^<[0-9a-f]{32}@kleroterion\.test>$/);
  });

  it('retries a transient failure until MAX_ATTEMPTS, then marks the message failed, logging no address', async () => {
    const { queue, transport, worker, lines } = setUp();
    transport.failNext(100, new MailDeliveryError('SMTP server unreachable (ESOCKET)', false));
    worker.start();
    const id = queue.enqueue(mail('camille@exemple.fr'));
    await vi.waitFor(() => expect(queue.delivery(id)?.status).toBe('failed'), { timeout: 5_000 });
    expect(queue.delivery(id)).toMatchObject({
      attempts: MAX_ATTEMPTS,
      lastError: 'SMTP server unreachable (ESOCKET)',
    });
    expect(transport.sent).toEqual([]);
    expect(lines.filter((line) => line.includes('mail not delivered'))).toHaveLength(MAX_ATTEMPTS);
    expect(lines.join('\n')).not.toContain('camille');
  });

  it('keeps at most `concurrency` messages in the transport’s hands', async () => {
    const { queue, transport, worker } = setUp(3);
    let inHands = 0;
    let most = 0;
    const send = transport.send.bind(transport);
    transport.send = async (m) => {
      most = Math.max(most, ++inHands);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inHands--;
      return send(m);
    };
    for (let i = 0; i < 20; i++) queue.enqueue(mail(`v${i}@exemple.fr`));
    worker.start();
    await vi.waitFor(() => expect(transport.sent).toHaveLength(20));
    expect(most).toBe(3);
  });

  it('stops cleanly: nothing more is sent after stop(), and what was left stays queued', async () => {
    const { queue, transport, worker } = setUp();
    worker.start();
    await worker.stop();
    const id = queue.enqueue(mail('v1@exemple.fr'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(transport.sent).toEqual([]);
    expect(queue.delivery(id)?.status).toBe('queued');
  });
});
