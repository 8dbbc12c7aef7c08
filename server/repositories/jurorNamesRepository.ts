// The `juror_names` table: the display name each juror chooses for the room, shown to the facilitator
// and fellow jurors, never logged. Personal data: erased with the process.
// Every SQL statement on this table lives here; callers open the transactions.

import type { Db } from '../db/openDatabase';

export function createJurorNamesRepository(db: Db) {
  const upsert = db.prepare(
    'INSERT INTO juror_names (process_id, seat, display_name) VALUES (?, ?, ?) ON CONFLICT (process_id, seat) DO UPDATE SET display_name = excluded.display_name',
  );
  const selectAll = db.prepare(
    'SELECT seat, display_name FROM juror_names WHERE process_id = ? ORDER BY seat',
  );
  const deleteOfProcess = db.prepare('DELETE FROM juror_names WHERE process_id = ?');

  return {
    /** Sets (or replaces) a seat's display name. */
    set(processId: string, seat: number, displayName: string): void {
      upsert.run(processId, seat, displayName);
    },

    /** Every named seat's display name, keyed by the seat number as a string. */
    names(processId: string): Record<string, string> {
      return Object.fromEntries(
        (selectAll.all(processId) as { seat: number; display_name: string }[]).map((row) => [
          String(row.seat),
          row.display_name,
        ]),
      );
    },

    /** Erases a process's display names; returns how many. */
    erase(processId: string): number {
      return deleteOfProcess.run(processId).changes;
    },
  };
}

export type JurorNamesRepository = ReturnType<typeof createJurorNamesRepository>;
