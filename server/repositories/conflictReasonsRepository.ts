// The `conflict_reasons` table: the category of a declared conflict of interest, for the facilitator
// only (the public log holds the seat and the dossier). Personal data: erased with the process.
// Every SQL statement on this table lives here; callers open the transactions.

import type { Db } from '../db/openDatabase';
import type { ConflictCategory } from '../../shared/deliberation/conflictCategory';

export function createConflictReasonsRepository(db: Db) {
  const upsert = db.prepare(
    'INSERT OR REPLACE INTO conflict_reasons (process_id, seat, dossier_id, category) VALUES (?, ?, ?, ?)',
  );
  const deleteOne = db.prepare(
    'DELETE FROM conflict_reasons WHERE process_id = ? AND seat = ? AND dossier_id = ?',
  );
  const selectAll = db.prepare(
    'SELECT seat, dossier_id, category FROM conflict_reasons WHERE process_id = ? ORDER BY seat, dossier_id',
  );
  const deleteOfProcess = db.prepare('DELETE FROM conflict_reasons WHERE process_id = ?');

  return {
    /** Records the category of a seat's conflict on a dossier (replacing an earlier one). */
    record(processId: string, seat: number, dossierId: string, category: ConflictCategory): void {
      upsert.run(processId, seat, dossierId, category);
    },

    /** Forgets the category of a withdrawn conflict. */
    remove(processId: string, seat: number, dossierId: string): void {
      deleteOne.run(processId, seat, dossierId);
    },

    /** Every category of a process: seat (as a string) → dossier id → category. */
    categories(processId: string): Record<string, Record<string, ConflictCategory>> {
      const bySeat: Record<string, Record<string, ConflictCategory>> = {};
      for (const row of selectAll.all(processId) as {
        seat: number;
        dossier_id: string;
        category: ConflictCategory;
      }[])
        bySeat[String(row.seat)] = { ...bySeat[String(row.seat)], [row.dossier_id]: row.category };
      return bySeat;
    },

    /** Erases a process's categories; returns how many. */
    erase(processId: string): number {
      return deleteOfProcess.run(processId).changes;
    },
  };
}

export type ConflictReasonsRepository = ReturnType<typeof createConflictReasonsRepository>;
