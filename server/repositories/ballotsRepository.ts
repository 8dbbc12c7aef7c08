// The `ballots` table: each juror's private ballot per dossier and round (the latest one counts), with
// the seal the room logs. Ballots stay private until the reveal publishes them (without seats).
// Every SQL statement on this table lives here; callers open the transactions.

import type { Db } from '../db/openDatabase';
import type { BallotContent } from '../../shared/deliberation/ballot';

/** A stored ballot with its seat and seal, as the results read it. */
export interface SealedBallot {
  dossierId: string;
  round: number;
  seat: number;
  grades: Record<string, string>;
  seal: string;
}

export function createBallotsRepository(db: Db) {
  const upsert = db.prepare(
    `INSERT INTO ballots (process_id, dossier_id, round, seat, grades, nonce, seal, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (process_id, dossier_id, round, seat) DO UPDATE SET grades = excluded.grades, nonce = excluded.nonce, seal = excluded.seal, updated_at = excluded.updated_at`,
  );
  const selectOne = db.prepare(
    'SELECT grades, nonce FROM ballots WHERE process_id = ? AND dossier_id = ? AND round = ? AND seat = ?',
  );
  const selectSeats = db.prepare(
    'SELECT seat FROM ballots WHERE process_id = ? AND dossier_id = ? AND round = ? ORDER BY seat',
  );
  const selectAll = db.prepare(
    'SELECT dossier_id, round, seat, grades, seal FROM ballots WHERE process_id = ? ORDER BY dossier_id, round, seat',
  );

  return {
    /** Stores a seat's ballot, replacing the one it cast before for the same dossier and round. */
    save(processId: string, seat: number, ballot: BallotContent, seal: string, at: string): void {
      upsert.run(
        processId,
        ballot.dossierId,
        ballot.round,
        seat,
        JSON.stringify(ballot.grades),
        ballot.nonce,
        seal,
        at,
      );
    },

    /** A seat's current ballot for a dossier and round, or undefined. */
    find(
      processId: string,
      seat: number,
      dossierId: string,
      round: number,
    ): BallotContent | undefined {
      const row = selectOne.get(processId, dossierId, round, seat) as
        { grades: string; nonce: string } | undefined;
      return row === undefined
        ? undefined
        : {
            dossierId,
            round,
            grades: JSON.parse(row.grades) as Record<string, string>,
            nonce: row.nonce,
          };
    },

    /** The seats that have a ballot for a dossier and round. */
    seatsThatVoted(processId: string, dossierId: string, round: number): number[] {
      return (selectSeats.all(processId, dossierId, round) as { seat: number }[]).map(
        (row) => row.seat,
      );
    },

    /** Every ballot of a process, with seats and seals (the caller keeps only the revealed ones). */
    sealedBallots(processId: string): SealedBallot[] {
      return (
        selectAll.all(processId) as {
          dossier_id: string;
          round: number;
          seat: number;
          grades: string;
          seal: string;
        }[]
      ).map((row) => ({
        dossierId: row.dossier_id,
        round: row.round,
        seat: row.seat,
        grades: JSON.parse(row.grades) as Record<string, string>,
        seal: row.seal,
      }));
    },
  };
}

export type BallotsRepository = ReturnType<typeof createBallotsRepository>;
