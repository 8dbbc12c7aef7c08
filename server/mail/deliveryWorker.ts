// The delivery worker: takes due messages from the durable queue and hands them to the transport, a few at
// a time. It wakes when a message is queued, at the next retry's time, and on start (what a crash left
// queued goes out after a restart). A failure goes back to the queue (retry with backoff, or failed for
// good when refused); logs name the message's id and kind, never its address.

import { randomBytes } from 'node:crypto';
import type { Clock, Log, MailTransport } from '../ports';
import { describeError } from '../logging/describeError';
import { MailDeliveryError } from './mailDeliveryError';
import type { DueMail, MailQueue } from './mailQueue';
import { foldSubject, requireSafeRecipient } from './mailSafety';

export interface DeliveryWorkerDeps {
  queue: MailQueue;
  transport: MailTransport;
  clock: Clock;
  log: Log;
  /** Messages in the transport's hands at once (default 4, the SMTP pool's connections). */
  concurrency?: number;
  /** Longest sleep before looking at the queue again, whatever the clock says (default 60 s). */
  maxSleepMs?: number;
  /** How long stop() waits for messages in flight (default 5 s); those left are sent after a restart. */
  stopGraceMs?: number;
  /** Message-IDs need uniqueness, not reproducibility: the system's random source by default. */
  uniqueBytes?: () => Uint8Array;
}

export function createDeliveryWorker(deps: DeliveryWorkerDeps) {
  const { queue, transport, clock, log } = deps;
  const concurrency = deps.concurrency ?? 4;
  const maxSleepMs = deps.maxSleepMs ?? 60_000;
  const uniqueBytes = deps.uniqueBytes ?? (() => new Uint8Array(randomBytes(16)));
  const inFlight = new Set<Promise<void>>();
  const sending = new Set<number>();
  let waiting: DueMail[] = [];
  let timer: NodeJS.Timeout | undefined;
  let isStopped = false;

  /** Database writes after the app closed its database must not crash the process. */
  const record = (write: () => void) => {
    try {
      write();
    } catch (error) {
      log.error({ err: describeError(error) }, 'mail delivery state not recorded');
    }
  };

  const newMessageId = () =>
    `<${Buffer.from(uniqueBytes()).toString('hex')}@${transport.messageIdDomain}>`;

  function nextWaiting(): (DueMail & { messageId: string }) | undefined {
    if (waiting.length === 0) {
      waiting = queue
        .due(Math.max(50, concurrency) + sending.size)
        .filter((mail) => !sending.has(mail.id));
      const ids = new Map<number, string>();
      for (const mail of waiting) if (mail.messageId === null) ids.set(mail.id, newMessageId());
      if (ids.size > 0) {
        // Stored before the first attempt: every retry, even after a crash, carries the same id.
        queue.assignMessageIds(ids);
        waiting = waiting.map((mail) => ({
          ...mail,
          messageId: mail.messageId ?? ids.get(mail.id)!,
        }));
      }
    }
    return waiting.shift() as (DueMail & { messageId: string }) | undefined;
  }

  async function deliver(mail: DueMail & { messageId: string }): Promise<void> {
    sending.add(mail.id);
    try {
      await transport.send({
        to: requireSafeRecipient(mail.to),
        subject: foldSubject(mail.subject),
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
        kind: mail.kind,
        language: mail.language,
      });
      record(() => queue.markSent(mail.id, mail.messageId));
    } catch (error) {
      const failure =
        error instanceof MailDeliveryError
          ? error
          : // The error's name only: a transport's message may quote the address.
            new MailDeliveryError(
              `transport error (${error instanceof Error ? error.name : 'unknown'})`,
              false,
            );
      record(() =>
        queue.markAttemptFailed(mail.id, failure.reason, mail.messageId, failure.permanent),
      );
      log.warn(
        {
          mail: mail.id,
          kind: mail.kind,
          attempt: mail.attempts + 1,
          permanent: failure.permanent,
          reason: failure.reason,
        },
        'mail not delivered',
      );
    } finally {
      sending.delete(mail.id);
    }
  }

  function pump(): void {
    if (isStopped) return;
    try {
      while (inFlight.size < concurrency) {
        const mail = nextWaiting();
        if (mail === undefined) break;
        const delivery: Promise<void> = deliver(mail).finally(() => {
          inFlight.delete(delivery);
          pump();
        });
        inFlight.add(delivery);
      }
    } catch (error) {
      log.error({ err: describeError(error) }, 'mail queue not readable');
    }
    schedule();
  }

  /** Sleeps until the next retry is due (at least 250 ms, at most maxSleepMs), then looks again. */
  function schedule(): void {
    clearTimeout(timer);
    timer = undefined;
    if (isStopped) return;
    let next: string | undefined;
    try {
      next = queue.nextDueAt();
    } catch {
      return;
    }
    if (next === undefined) return;
    const delay = Math.min(Math.max(Date.parse(next) - clock.now().getTime(), 250), maxSleepMs);
    timer = setTimeout(pump, delay);
    timer.unref();
  }

  const unsubscribe = queue.onQueued(pump);

  return {
    /** Sends whatever is due now (a crash's leftovers on start), then keeps going. */
    start(): void {
      pump();
    },
    /** Looks at the queue now (after a clock move in tests, or a resend). */
    wake: pump,
    /** Messages in the transport's hands right now. */
    get inFlightCount(): number {
      return inFlight.size;
    },
    /**
     * Stops taking messages and waits (up to the grace period) for those in flight; a message still in
     * flight after that stays queued and is sent again after a restart, with the same Message-ID.
     */
    async stop(): Promise<void> {
      isStopped = true;
      unsubscribe();
      clearTimeout(timer);
      let graceTimer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.allSettled([...inFlight]),
        new Promise<void>((resolve) => {
          graceTimer = setTimeout(resolve, deps.stopGraceMs ?? 5_000);
        }),
      ]);
      clearTimeout(graceTimer);
      await transport.close?.();
    },
  };
}

export type DeliveryWorker = ReturnType<typeof createDeliveryWorker>;
