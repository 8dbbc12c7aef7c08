// Each volunteer's own receipt, queued in the transaction of the commitment that seals the pool: one
// message per volunteer with an address, holding their receipt and nobody else's. 2,000 volunteers take
// one pass over the volunteers repository's prepared statement; the queue's insert is prepared once too.

import type { Db } from '../db/openDatabase';
import type { MailQueue } from '../mail/mailQueue';
import { receiptMail, type MailedReceipt } from '../mail/messages/receipt';
import type { ProcessState } from '../../shared/process/processState';
import {
  createVolunteersRepository,
  type VolunteersRepository,
} from '../repositories/volunteersRepository';

const repositories = new WeakMap<Db, VolunteersRepository>();

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
  let volunteers = repositories.get(db);
  if (volunteers === undefined) {
    volunteers = createVolunteersRepository(db);
    repositories.set(db, volunteers);
  }
  let queued = 0;
  // A list, not a cursor: the connection cannot insert while a cursor is open.
  for (const row of volunteers.contacts(state.id)) {
    if (row.email === '') continue;
    const mail = receiptMail(
      {
        name: row.name,
        processTitle: state.settings.title,
        receipt: receiptOf(row.pseudonym, row.poolIndex),
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
