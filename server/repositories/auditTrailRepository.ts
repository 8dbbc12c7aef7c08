// The private audit trail: who did what in the console (account id, action, target, time). Read by
// administrators only; never in the public log. Owns the table audit_trail.

import type { Db } from '../db/openDatabase';
import type { Clock } from '../ports';

export interface AuditRow {
  id: number;
  at: string;
  accountId: string;
  action: string;
  target: string;
}

export function createAuditTrail(db: Db, clock: Clock) {
  const insert = db.prepare(
    'INSERT INTO audit_trail (at, account_id, action, target) VALUES (?, ?, ?, ?)',
  );
  const latest = db.prepare(
    'SELECT id, at, account_id, action, target FROM audit_trail ORDER BY id DESC LIMIT ?',
  );
  return {
    /** Records an action; call it inside the transaction of the action itself. */
    record(accountId: string, action: string, target = ''): void {
      insert.run(clock.now().toISOString(), accountId, action, target);
    },
    /** The most recent actions first. */
    latest: (limit = 500): AuditRow[] =>
      (
        latest.all(limit) as {
          id: number;
          at: string;
          account_id: string;
          action: string;
          target: string;
        }[]
      ).map((r) => ({
        id: r.id,
        at: r.at,
        accountId: r.account_id,
        action: r.action,
        target: r.target,
      })),
  };
}
