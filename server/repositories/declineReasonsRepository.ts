// The `decline_reasons` table: why an invitee declined (optional free text), for the organiser only,
// never logged or published. Personal data: erased with the process.
// Every SQL statement on this table lives here; callers open the transactions.

import type { Db } from '../db/openDatabase';

export interface DeclineReason {
  seat: number;
  /** The invitee's pseudonym. */
  id: string;
  reason: string;
  declinedAt: string;
}

export function createDeclineReasonsRepository(db: Db) {
  const upsert = db.prepare(
    'INSERT OR REPLACE INTO decline_reasons (process_id, pseudonym, seat, reason, declined_at) VALUES (?, ?, ?, ?, ?)',
  );
  const selectAll = db.prepare(
    'SELECT seat, pseudonym, reason, declined_at FROM decline_reasons WHERE process_id = ? ORDER BY declined_at, seat',
  );
  const deleteOfProcess = db.prepare('DELETE FROM decline_reasons WHERE process_id = ?');

  return {
    /** Records an invitee's reason (a later one replaces theirs). */
    record(processId: string, reason: DeclineReason): void {
      upsert.run(processId, reason.id, reason.seat, reason.reason, reason.declinedAt);
    },

    /** A process's reasons, oldest first. */
    list(processId: string): DeclineReason[] {
      return (
        selectAll.all(processId) as {
          seat: number;
          pseudonym: string;
          reason: string;
          declined_at: string;
        }[]
      ).map((row) => ({
        seat: row.seat,
        id: row.pseudonym,
        reason: row.reason,
        declinedAt: row.declined_at,
      }));
    },

    /** Erases a process's reasons; returns how many. */
    erase(processId: string): number {
      return deleteOfProcess.run(processId).changes;
    },
  };
}

export type DeclineReasonsRepository = ReturnType<typeof createDeclineReasonsRepository>;
