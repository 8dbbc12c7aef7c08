// The `stratifications` table: a process's stratified option, private until committed (the commitment
// publishes the quotas and the roots): the imported quotas, then the computed LOTTERY.json (canonical
// text) with its SHA-256. What the rows mean is server/stratify/stratificationStore.ts's business.
// Every SQL statement on this table lives here; callers open the transactions.

import type { Db } from '../db/openDatabase';

/** A stored row as written: the quotas as their stored JSON text, the lottery fields null until computed. */
export interface StratificationRow {
  quotasFile: string;
  quotasJson: string;
  poolRoot: string;
  importedAt: string;
  lottery: string | null;
  lotteryDigest: string | null;
  stoppedEarly: boolean | null;
  computedAt: string | null;
}

export function createStratificationsRepository(db: Db) {
  const select = db.prepare('SELECT * FROM stratifications WHERE process_id = ?');
  const upsertQuotas = db.prepare(
    `INSERT INTO stratifications (process_id, quotas_file, quotas, pool_root, imported_at)
     VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (process_id) DO UPDATE SET quotas_file = excluded.quotas_file,
       quotas = excluded.quotas, pool_root = excluded.pool_root, imported_at = excluded.imported_at,
       lottery = NULL, lottery_digest = NULL, stopped_early = NULL, computed_at = NULL`,
  );
  const updateLottery = db.prepare(
    `UPDATE stratifications SET lottery = ?, lottery_digest = ?, stopped_early = ?, computed_at = ?
     WHERE process_id = ? AND quotas = ?`,
  );

  return {
    /** A process's row, or undefined before any quotas were imported. */
    find(processId: string): StratificationRow | undefined {
      const row = select.get(processId) as
        | {
            quotas_file: string;
            quotas: string;
            pool_root: string;
            imported_at: string;
            lottery: string | null;
            lottery_digest: string | null;
            stopped_early: number | null;
            computed_at: string | null;
          }
        | undefined;
      return row === undefined
        ? undefined
        : {
            quotasFile: row.quotas_file,
            quotasJson: row.quotas,
            poolRoot: row.pool_root,
            importedAt: row.imported_at,
            lottery: row.lottery,
            lotteryDigest: row.lottery_digest,
            stoppedEarly: row.stopped_early === null ? null : row.stopped_early === 1,
            computedAt: row.computed_at,
          };
    },

    /** Replaces the quotas and forgets any lottery computed from the previous ones. */
    saveQuotas(
      processId: string,
      quotas: { file: string; json: string; poolRoot: string; importedAt: string },
    ): void {
      upsertQuotas.run(processId, quotas.file, quotas.json, quotas.poolRoot, quotas.importedAt);
    },

    /**
     * Stores a computed lottery if the quotas are still `quotasJson`; returns whether it was stored
     * (false when the quotas were replaced meanwhile).
     */
    saveLottery(
      processId: string,
      quotasJson: string,
      lottery: { text: string; digest: string; stoppedEarly: boolean; computedAt: string },
    ): boolean {
      const { changes } = updateLottery.run(
        lottery.text,
        lottery.digest,
        lottery.stoppedEarly ? 1 : 0,
        lottery.computedAt,
        processId,
        quotasJson,
      );
      return changes === 1;
    },
  };
}

export type StratificationsRepository = ReturnType<typeof createStratificationsRepository>;
