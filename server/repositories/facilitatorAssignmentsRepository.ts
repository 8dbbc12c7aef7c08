// Which facilitator accounts run the room of which process. Owns the table process_facilitators; the
// accounts module checks the role before it replaces a process's facilitators.

import type { Db } from '../db/openDatabase';
import type { Clock } from '../ports';

export function createFacilitatorAssignments(db: Db, clock: Clock) {
  const ofProcess = db.prepare(
    'SELECT account_id FROM process_facilitators WHERE process_id = ? ORDER BY assigned_at',
  );
  const one = db.prepare(
    'SELECT 1 FROM process_facilitators WHERE process_id = ? AND account_id = ?',
  );
  const ofAccount = db.prepare(
    'SELECT process_id FROM process_facilitators WHERE account_id = ? ORDER BY assigned_at',
  );
  const clear = db.prepare('DELETE FROM process_facilitators WHERE process_id = ?');
  const add = db.prepare(
    `INSERT INTO process_facilitators (process_id, account_id, assigned_by, assigned_at)
     VALUES (?, ?, ?, ?)`,
  );
  return {
    facilitatorsOf: (processId: string): string[] =>
      (ofProcess.all(processId) as { account_id: string }[]).map((r) => r.account_id),
    processesFacilitatedBy: (accountId: string): string[] =>
      (ofAccount.all(accountId) as { process_id: string }[]).map((r) => r.process_id),
    isFacilitatorOf: (accountId: string, processId: string): boolean =>
      one.get(processId, accountId) !== undefined,
    /** Replaces the process's facilitators; call it inside the caller's transaction. */
    replace(processId: string, accountIds: Iterable<string>, actorId: string): void {
      clear.run(processId);
      const at = clock.now().toISOString();
      for (const id of new Set(accountIds)) add.run(processId, id, actorId, at);
    },
  };
}
