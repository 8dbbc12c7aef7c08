// The private tables of stage one's draw run in the console: `stage_one_ceremonies` (the commitment as
// published, its hash, when it was made and when the record was drawn) and `stage_one_reveals` (each
// revealed value, with the drand round's proof for a beacon). No personal data: ids never appear here.
// Every SQL statement on these tables lives here; callers open the transactions.

import type { BeaconProof } from '../../shared/lottery/protocol';
import type { Db } from '../db/openDatabase';

export interface StageOneCeremonyRow {
  /** The commitment's JSON text, exactly as published (its canonical form). */
  commitment: string;
  commitmentHash: string;
  committedAt: string;
  drawnAt: string | null;
}

export interface StageOneReveal {
  source: number;
  value: string;
  beacon: BeaconProof | null;
  revealedAt: string;
}

export function createStageOneCeremoniesRepository(db: Db) {
  const insertCeremony = db.prepare(
    `INSERT INTO stage_one_ceremonies (process_id, commitment, commitment_hash, committed_at)
     VALUES (?, ?, ?, ?)`,
  );
  const selectCeremony = db.prepare<
    [string],
    { commitment: string; commitment_hash: string; committed_at: string; drawn_at: string | null }
  >(
    'SELECT commitment, commitment_hash, committed_at, drawn_at FROM stage_one_ceremonies WHERE process_id = ?',
  );
  const updateDrawn = db.prepare(
    'UPDATE stage_one_ceremonies SET drawn_at = ? WHERE process_id = ? AND drawn_at IS NULL',
  );
  const insertReveal = db.prepare(
    `INSERT INTO stage_one_reveals (process_id, source, value, beacon, revealed_at)
     VALUES (?, ?, ?, ?, ?)`,
  );
  const selectReveals = db.prepare<
    [string],
    { source: number; value: string; beacon: string | null; revealed_at: string }
  >(
    'SELECT source, value, beacon, revealed_at FROM stage_one_reveals WHERE process_id = ? ORDER BY source',
  );

  return {
    /** Records a commitment; false when the process already has one (a commitment is made once). */
    commit(processId: string, commitment: string, commitmentHash: string, at: string): boolean {
      if (selectCeremony.get(processId) !== undefined) return false;
      insertCeremony.run(processId, commitment, commitmentHash, at);
      return true;
    },

    find(processId: string): StageOneCeremonyRow | undefined {
      const row = selectCeremony.get(processId);
      return row === undefined
        ? undefined
        : {
            commitment: row.commitment,
            commitmentHash: row.commitment_hash,
            committedAt: row.committed_at,
            drawnAt: row.drawn_at,
          };
    },

    /** Records one source's value; false when it was already revealed. */
    reveal(processId: string, revealed: Omit<StageOneReveal, 'revealedAt'>, at: string): boolean {
      if (selectReveals.all(processId).some((r) => r.source === revealed.source)) return false;
      insertReveal.run(
        processId,
        revealed.source,
        revealed.value,
        revealed.beacon === null ? null : JSON.stringify(revealed.beacon),
        at,
      );
      return true;
    },

    reveals(processId: string): StageOneReveal[] {
      return selectReveals.all(processId).map((row) => ({
        source: row.source,
        value: row.value,
        beacon: row.beacon === null ? null : (JSON.parse(row.beacon) as BeaconProof),
        revealedAt: row.revealed_at,
      }));
    },

    /** Marks the draw as made; false when it already was. */
    markDrawn(processId: string, at: string): boolean {
      return updateDrawn.run(at, processId).changes === 1;
    },
  };
}

export type StageOneCeremoniesRepository = ReturnType<typeof createStageOneCeremoniesRepository>;
