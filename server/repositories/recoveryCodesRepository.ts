// The `recovery_codes` table: an account's single-use second-factor recovery codes (only their SHA-256).
// Every SQL statement on this table lives here; callers open the transactions.

import type { Db } from '../db/openDatabase';

export function createRecoveryCodesRepository(db: Db) {
  const clear = db.prepare('DELETE FROM recovery_codes WHERE account_id = ?');
  const insert = db.prepare('INSERT INTO recovery_codes (account_id, code_hash) VALUES (?, ?)');
  const spend = db.prepare(
    'UPDATE recovery_codes SET used_at = ? WHERE account_id = ? AND code_hash = ? AND used_at IS NULL',
  );

  return {
    /** Replaces the account's codes (none when `codeHashes` is empty). */
    replace(accountId: string, codeHashes: readonly string[]): void {
      clear.run(accountId);
      for (const hash of codeHashes) insert.run(accountId, hash);
    },

    /** Spends one unused code; false when there is no such unused code. */
    spend(accountId: string, codeHash: string, at: string): boolean {
      return spend.run(at, accountId, codeHash).changes === 1;
    },
  };
}

export type RecoveryCodesRepository = ReturnType<typeof createRecoveryCodesRepository>;
