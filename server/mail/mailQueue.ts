// The durable mail queue: every message is written to SQLite in the transaction of the write that causes
// it (an invitation, a commitment, a submission), then handed to a transport by the delivery worker.
// A message is queued, sent, or failed (with its reason and attempts); a failure is retried with backoff
// and stays visible to the organiser, who can send it again. Nothing is deleted when it is sent, so the
// console can show each recipient's delivery status; erasure removes a recipient's messages.
//
// This module owns the `mail_queue` table.

import type { Db } from '../db/openDatabase';
import type { Clock } from '../ports';

/** What a message is for; the console groups deliveries by it. */
export type MailKind =
  | 'invitation'
  | 'invitationReminder'
  | 'registrationInvitation'
  | 'receipt'
  | 'applicationConfirmation'
  | 'applicationDecision'
  | 'reviewerInvitation'
  | 'accountInvitation'
  | 'passwordReset';

export type MailLanguage = 'fr' | 'en';

/** A composed message, ready to queue. `to` is one address; the subject is a single line. */
export interface OutgoingMail {
  kind: MailKind;
  to: string;
  language: MailLanguage;
  subject: string;
  text: string;
  html: string;
  /** The process or call it belongs to (for the console's delivery view), if any. */
  processId?: string;
  callId?: string;
  /** Who it is for, without personal data: a pseudonym, a seat, an application ref, an account id. */
  recipientRef?: string;
}

export type DeliveryStatus = 'queued' | 'sent' | 'failed';

/** One message's delivery, as the organiser sees it (no body). */
export interface Delivery {
  id: number;
  kind: MailKind;
  to: string;
  recipientRef: string | null;
  processId: string | null;
  callId: string | null;
  status: DeliveryStatus;
  attempts: number;
  lastError: string | null;
  queuedAt: string;
  nextAttemptAt: string | null;
  sentAt: string | null;
}

/** A message due for an attempt, as the worker sees it. */
export interface DueMail extends OutgoingMail {
  id: number;
  attempts: number;
  messageId: string | null;
}

interface Row {
  id: number;
  kind: MailKind;
  recipient: string;
  language: MailLanguage;
  subject: string;
  text_body: string;
  html_body: string;
  process_id: string | null;
  call_id: string | null;
  recipient_ref: string | null;
  status: DeliveryStatus;
  attempts: number;
  last_error: string | null;
  queued_at: string;
  next_attempt_at: string | null;
  sent_at: string | null;
  message_id: string | null;
}

/** Attempts before a message is marked failed (the organiser can still send it again). */
export const MAX_ATTEMPTS = 6;

/** Wait before attempt n+1 after n failed attempts: 30 s, 1 min, 2 min, 4 min, 8 min… capped at 1 h. */
export function retryDelayMs(failedAttempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, failedAttempts - 1), 3_600_000);
}

const toDelivery = (row: Row): Delivery => ({
  id: row.id,
  kind: row.kind,
  to: row.recipient,
  recipientRef: row.recipient_ref,
  processId: row.process_id,
  callId: row.call_id,
  status: row.status,
  attempts: row.attempts,
  lastError: row.last_error,
  queuedAt: row.queued_at,
  nextAttemptAt: row.next_attempt_at,
  sentAt: row.sent_at,
});

export interface MailQueueOptions {
  /** Wait before the next attempt after n failed ones (default retryDelayMs; the mail bench shortens it). */
  retryDelayMs?: (failedAttempts: number) => number;
}

export function createMailQueue(db: Db, clock: Clock, queueOptions: MailQueueOptions = {}) {
  const delayAfter = queueOptions.retryDelayMs ?? retryDelayMs;
  const insert = db.prepare(
    `INSERT INTO mail_queue (kind, recipient, language, subject, text_body, html_body, process_id, call_id,
       recipient_ref, status, attempts, queued_at, next_attempt_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', 0, ?, ?)`,
  );
  // A message never tried is due at once: it may have been queued under a clock pinned ahead of the real
  // one (the demo replays a call for projects that way). Backoff applies between attempts only.
  const due = db.prepare(
    `SELECT * FROM mail_queue WHERE status = 'queued' AND (attempts = 0 OR next_attempt_at <= ?)
     ORDER BY id LIMIT ?`,
  );
  const nextDue = db.prepare(
    `SELECT MIN(next_attempt_at) AS at FROM mail_queue WHERE status = 'queued'`,
  );
  const sent = db.prepare(
    `UPDATE mail_queue SET status = 'sent', attempts = attempts + 1, sent_at = ?, last_error = NULL,
       next_attempt_at = NULL, message_id = ? WHERE id = ?`,
  );
  const retry = db.prepare(
    `UPDATE mail_queue SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?, message_id = ?
     WHERE id = ?`,
  );
  const failed = db.prepare(
    `UPDATE mail_queue SET status = 'failed', attempts = attempts + 1, last_error = ?,
       next_attempt_at = NULL, message_id = ? WHERE id = ?`,
  );
  const requeue = db.prepare(
    `UPDATE mail_queue SET status = 'queued', attempts = 0, next_attempt_at = ?, last_error = NULL
     WHERE id = ?`,
  );
  const byId = db.prepare('SELECT * FROM mail_queue WHERE id = ?');
  const setMessageId = db.prepare(
    'UPDATE mail_queue SET message_id = ? WHERE id = ? AND message_id IS NULL',
  );
  const ofProcess = db.prepare('SELECT * FROM mail_queue WHERE process_id = ? ORDER BY id');
  const ofCall = db.prepare('SELECT * FROM mail_queue WHERE call_id = ? ORDER BY id');
  const ofKind = db.prepare('SELECT * FROM mail_queue WHERE kind = ? ORDER BY id');
  const listeners = new Set<() => void>();

  return {
    /**
     * Queues a message. Call it inside the transaction of the write that causes it: the message exists
     * exactly when that write does. Listeners (the delivery worker) are told after the caller's commit.
     */
    enqueue(mail: OutgoingMail): number {
      const now = clock.now().toISOString();
      const { lastInsertRowid } = insert.run(
        mail.kind,
        mail.to,
        mail.language,
        mail.subject,
        mail.text,
        mail.html,
        mail.processId ?? null,
        mail.callId ?? null,
        mail.recipientRef ?? null,
        now,
        now,
      );
      // Deferred so that a worker woken here reads the row only after the caller's transaction commits.
      queueMicrotask(() => {
        for (const listener of listeners) listener();
      });
      return Number(lastInsertRowid);
    },

    /** Messages due for an attempt now, oldest first. */
    due(limit = 100): DueMail[] {
      return (due.all(clock.now().toISOString(), limit) as Row[]).map((row) => ({
        id: row.id,
        kind: row.kind,
        to: row.recipient,
        language: row.language,
        subject: row.subject,
        text: row.text_body,
        html: row.html_body,
        attempts: row.attempts,
        messageId: row.message_id,
        ...(row.process_id === null ? {} : { processId: row.process_id }),
        ...(row.call_id === null ? {} : { callId: row.call_id }),
        ...(row.recipient_ref === null ? {} : { recipientRef: row.recipient_ref }),
      }));
    },

    /** When the next queued message is due (ISO), or undefined when nothing waits. */
    nextDueAt(): string | undefined {
      return (nextDue.get() as { at: string | null }).at ?? undefined;
    },

    markSent(id: number, messageId: string): void {
      sent.run(clock.now().toISOString(), messageId, id);
    },

    /**
     * Records a failed attempt: retried after a backoff, or marked failed for good when `permanent`
     * (the server refused the address) or after MAX_ATTEMPTS. `reason` must hold no address.
     */
    markAttemptFailed(id: number, reason: string, messageId: string, permanent: boolean): void {
      const row = byId.get(id) as Row | undefined;
      if (row === undefined) return;
      if (permanent || row.attempts + 1 >= MAX_ATTEMPTS) failed.run(reason, messageId, id);
      else {
        const next = new Date(clock.now().getTime() + delayAfter(row.attempts + 1));
        retry.run(reason, next.toISOString(), messageId, id);
      }
    },

    /**
     * The organiser's "Renvoyer": queues the same message again, due now, with its attempts counted afresh
     * (a message that had used up its retries gets them all again; it keeps its Message-ID).
     */
    resend(id: number): Delivery | undefined {
      requeue.run(clock.now().toISOString(), id);
      const row = byId.get(id) as Row | undefined;
      if (row !== undefined)
        queueMicrotask(() => {
          for (const listener of listeners) listener();
        });
      return row === undefined ? undefined : toDelivery(row);
    },

    delivery(id: number): Delivery | undefined {
      const row = byId.get(id) as Row | undefined;
      return row === undefined ? undefined : toDelivery(row);
    },

    deliveriesOfProcess: (processId: string): Delivery[] =>
      (ofProcess.all(processId) as Row[]).map(toDelivery),
    deliveriesOfCall: (callId: string): Delivery[] => (ofCall.all(callId) as Row[]).map(toDelivery),
    deliveriesOfKind: (kind: MailKind): Delivery[] => (ofKind.all(kind) as Row[]).map(toDelivery),

    /**
     * Gives messages their Message-ID before the first attempt, in one transaction, so that a retry (even
     * after a crash mid-send) carries the same id and a receiving server can tell it is the same message.
     */
    assignMessageIds(ids: ReadonlyMap<number, string>): void {
      db.transaction(() => {
        for (const [id, messageId] of ids) setMessageId.run(messageId, id);
      })();
    },

    /** Called after each enqueue or resend (once the caller's transaction has committed). */
    onQueued(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type MailQueue = ReturnType<typeof createMailQueue>;

/**
 * Erasure, the queue's side: deletes every message to one of `emails` (sent, queued or failed: they
 * carry names, addresses and personal links). Call it inside the erasure's transaction; returns how many.
 */
export function deleteMailTo(db: Db, emails: readonly string[]): number {
  if (emails.length === 0) return 0;
  const remove = db.prepare('DELETE FROM mail_queue WHERE recipient = ?');
  let deleted = 0;
  for (const email of emails) deleted += remove.run(email).changes;
  return deleted;
}
