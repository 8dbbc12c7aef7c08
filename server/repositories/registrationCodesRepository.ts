// The `registration_codes` table: the personal registration code of each stage-one invitee of a process,
// single use, only the SHA-256 of its canonical form kept (shared/registration/registrationCode.ts).
// Every SQL statement on this table lives here; callers open the transactions.

import type { Db } from '../db/openDatabase';

export interface RegistrationCodeRow {
  registerId: string;
  issuedAt: string;
  usedAt: string | null;
}

export interface RegistrationCodeCounts {
  issued: number;
  used: number;
}

export function createRegistrationCodesRepository(db: Db) {
  // A new code replaces an invitee's unused one (a reprinted letter); a used code is never replaced.
  const issue = db.prepare(
    `INSERT INTO registration_codes (process_id, register_id, code_hash, issued_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (process_id, register_id) DO UPDATE
       SET code_hash = excluded.code_hash, issued_at = excluded.issued_at, used_at = NULL
       WHERE registration_codes.used_at IS NULL`,
  );
  const select = db.prepare(
    'SELECT register_id, issued_at, used_at FROM registration_codes WHERE process_id = ? AND code_hash = ?',
  );
  const spend = db.prepare(
    `UPDATE registration_codes SET used_at = ? WHERE process_id = ? AND code_hash = ? AND used_at IS NULL
     RETURNING register_id`,
  );
  const counts = db.prepare(
    'SELECT COUNT(*) AS issued, COUNT(used_at) AS used FROM registration_codes WHERE process_id = ?',
  );
  const selectProcess = db.prepare('SELECT process_id FROM registration_codes WHERE code_hash = ?');
  const deleteOfProcess = db.prepare('DELETE FROM registration_codes WHERE process_id = ?');

  return {
    /** Stores the code of one invitee; false (nothing changed) when their code was already used. */
    issue(processId: string, registerId: string, codeHash: string, issuedAt: string): boolean {
      return issue.run(processId, registerId, codeHash, issuedAt).changes === 1;
    },

    /** The code stored under a hash for this process, used or not, or undefined. */
    /** The process a code belongs to (the registration page's URL names none), or undefined. */
    processOfCodeHash(codeHash: string): string | undefined {
      return (selectProcess.get(codeHash) as { process_id: string } | undefined)?.process_id;
    },

    findByCodeHash(processId: string, codeHash: string): RegistrationCodeRow | undefined {
      const row = select.get(processId, codeHash) as
        { register_id: string; issued_at: string; used_at: string | null } | undefined;
      return row === undefined
        ? undefined
        : { registerId: row.register_id, issuedAt: row.issued_at, usedAt: row.used_at };
    },

    /** Spends an unused code: the register id of its invitee, or undefined (unknown or already used). */
    spend(processId: string, codeHash: string, at: string): string | undefined {
      const row = spend.get(at, processId, codeHash) as { register_id: string } | undefined;
      return row?.register_id;
    },

    /** How many codes the process issued and how many were used (aggregate response figures). */
    countsOf(processId: string): RegistrationCodeCounts {
      const row = counts.get(processId) as { issued: number; used: number };
      return { issued: row.issued, used: row.used };
    },

    /** Deletes every code of a process (its erasure); returns how many rows went. */
    eraseProcess(processId: string): number {
      return deleteOfProcess.run(processId).changes;
    },
  };
}

export type RegistrationCodesRepository = ReturnType<typeof createRegistrationCodesRepository>;
