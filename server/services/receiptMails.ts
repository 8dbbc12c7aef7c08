// Each volunteer's own receipt, queued in the transaction of the commitment that seals the pool: one
// message per volunteer with an address, holding their receipt and nobody else's. 2,000 volunteers take
// one pass over a prepared statement; the queue's insert is prepared once too.

import type { Db } from '../db/openDatabase';
import type { MailQueue } from '../mail/mailQueue';
import { receiptMail, type MailedReceipt } from '../mail/messages/receipt';
import type { ProcessState } from '../../shared/process/processState';

interface VolunteerRow {
  pseudonym: string;
  pool_index: number;
  name: string;
  email: string;
  language: 'fr' | 'en';
}

const statements = new WeakMap<Db, ReturnType<Db['prepare']>>();

/**
 * Queues every volunteer's receipt mail. Call it inside the commitment's transaction.
 * @returns how many were queued (an erased address gets none).
 */
export function queueReceiptMails(input: {
  db: Db;
  mailQueue: MailQueue;
  state: ProcessState;
  receiptOf: (id: string, index: number) => MailedReceipt;
  checkUrl: string;
}): number {
  const { db, mailQueue, state, receiptOf, checkUrl } = input;
  let select = statements.get(db);
  if (select === undefined) {
    select = db.prepare(
      'SELECT pseudonym, pool_index, name, email, language FROM volunteers WHERE process_id = ? ORDER BY pool_index',
    );
    statements.set(db, select);
  }
  let queued = 0;
  // all(), not iterate(): the connection cannot insert while a cursor is open.
  for (const row of select.all(state.id) as VolunteerRow[]) {
    if (row.email === '') continue;
    const mail = receiptMail(
      {
        name: row.name,
        processTitle: state.settings.title,
        receipt: receiptOf(row.pseudonym, row.pool_index),
        checkUrl,
      },
      row.language,
    );
    mailQueue.enqueue({
      kind: 'receipt',
      to: row.email,
      language: row.language,
      ...mail,
      processId: state.id,
      recipientRef: row.pseudonym,
    });
    queued++;
  }
  return queued;
}
