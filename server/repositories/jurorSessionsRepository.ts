// The `juror_sessions` table: the room cookie an invitation link opens, scoped to one process and seat.
// Only the token's SHA-256 is kept; the organiser revokes a seat's sessions by stamping revoked_at.
// Every SQL statement on this table lives here; callers open the transactions.

import type { Db } from '../db/openDatabase';

export interface JurorSessionRecord {
  processId: string;
  seat: number;
  pseudonym: string;
}

export function createJurorSessionsRepository(db: Db) {
  const insert = db.prepare(
    'INSERT INTO juror_sessions (token_hash, process_id, seat, pseudonym, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const selectActive = db.prepare(
    'SELECT process_id, seat, pseudonym FROM juror_sessions WHERE token_hash = ? AND revoked_at IS NULL',
  );
  const revoke = db.prepare(
    'UPDATE juror_sessions SET revoked_at = ? WHERE process_id = ? AND seat = ? AND revoked_at IS NULL',
  );
  const countActive = db.prepare(
    'SELECT seat, COUNT(*) AS sessions FROM juror_sessions WHERE process_id = ? AND revoked_at IS NULL GROUP BY seat',
  );
  const deleteOfProcess = db.prepare('DELETE FROM juror_sessions WHERE process_id = ?');

  return {
    /** Records a session opened for a seat's holder. */
    insert(tokenHash: string, session: JurorSessionRecord, createdAt: string): void {
      insert.run(tokenHash, session.processId, session.seat, session.pseudonym, createdAt);
    },

    /** The unrevoked session a token hash opens, or undefined. */
    findActive(tokenHash: string): JurorSessionRecord | undefined {
      const row = selectActive.get(tokenHash) as
        { process_id: string; seat: number; pseudonym: string } | undefined;
      return row === undefined
        ? undefined
        : { processId: row.process_id, seat: row.seat, pseudonym: row.pseudonym };
    },

    /** Revokes every unrevoked session of a seat; returns how many. */
    revokeSeat(processId: string, seat: number, revokedAt: string): number {
      return revoke.run(revokedAt, processId, seat).changes;
    },

    /** Unrevoked sessions per seat (seat as a string → count). */
    activeBySeat(processId: string): Record<string, number> {
      return Object.fromEntries(
        (countActive.all(processId) as { seat: number; sessions: number }[]).map((row) => [
          String(row.seat),
          row.sessions,
        ]),
      );
    },

    /** Ends (deletes) every session of a process, as erasure does; returns how many. */
    erase(processId: string): number {
      return deleteOfProcess.run(processId).changes;
    },
  };
}

export type JurorSessionsRepository = ReturnType<typeof createJurorSessionsRepository>;
