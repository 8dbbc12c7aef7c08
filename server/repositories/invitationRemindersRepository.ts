// The `invitation_reminders` table: the one reminder an invitee who has not answered receives before
// their deadline, recorded so that it goes once.
// Every SQL statement on this table lives here; callers open the transactions.

import type { Db } from '../db/openDatabase';

export function createInvitationRemindersRepository(db: Db) {
  const select = db.prepare(
    'SELECT 1 FROM invitation_reminders WHERE process_id = ? AND seat = ? AND pseudonym = ?',
  );
  const insert = db.prepare(
    'INSERT INTO invitation_reminders (process_id, seat, pseudonym, reminded_at) VALUES (?, ?, ?, ?)',
  );

  return {
    /** Whether this seat's holder was already reminded. */
    wasReminded(processId: string, seat: number, pseudonym: string): boolean {
      return select.get(processId, seat, pseudonym) !== undefined;
    },

    /** Records the reminder of a seat's holder. */
    record(processId: string, seat: number, pseudonym: string, remindedAt: string): void {
      insert.run(processId, seat, pseudonym, remindedAt);
    },
  };
}

export type InvitationRemindersRepository = ReturnType<typeof createInvitationRemindersRepository>;
