// Erasure of personal data once a process (or a call for projects) is over: names, e-mail addresses,
// phone numbers and attribute columns leave the private tables in one transaction; the public hash-chained
// logs are never touched, so the draw record, the receipts and the audit bundle still verify.
// Spec: docs/security.md, section "Personal data and retention".

import { ErrorCode, KleroterionError } from '../../shared/errors';
import type { Db } from '../db/openDatabase';
import { createEventStore } from '../store/eventStore';

export interface ErasureTarget {
  processId?: string;
  callId?: string;
  /** Erase even though the process's results are not published yet (an abandoned process). */
  force?: boolean;
}

export interface ErasureReport {
  volunteers: number;
  jurorNames: number;
  applications: number;
  reviewers: number;
  /** The e-mail addresses erased, so that the caller can also remove mail sent to them. */
  emails: string[];
}

/**
 * Erases the personal data of a process's volunteers and jurors and/or of a call's applicants and
 * reviewers, then compacts the database file so that the erased bytes do not linger in free pages.
 * @throws KleroterionError ProcessNotFound / NotFound for an unknown id; TransitionRefused when the
 * process's results are not published and `force` is not set.
 */
export function erasePersonalData(db: Db, target: ErasureTarget): ErasureReport {
  const { processId, callId } = target;
  if (processId === undefined && callId === undefined)
    throw new KleroterionError(ErrorCode.InvalidArgument, 'name a process, a call or both');
  if (processId !== undefined) {
    const state = createEventStore(db).state(processId);
    if (state === undefined)
      throw new KleroterionError(ErrorCode.ProcessNotFound, `no process ${processId}`);
    if (state.outcome.published === undefined && target.force !== true)
      throw new KleroterionError(
        ErrorCode.TransitionRefused,
        'the results of this process are not published yet; erase with --force only if it was abandoned',
      );
  }
  if (callId !== undefined) {
    const exists = db.prepare('SELECT 1 FROM call_events WHERE call_id = ? LIMIT 1').get(callId);
    if (exists === undefined) throw new KleroterionError(ErrorCode.NotFound, `no call ${callId}`);
  }

  const erase = db.transaction((): ErasureReport => {
    const emails: string[] = [];
    const report: ErasureReport = {
      volunteers: 0,
      jurorNames: 0,
      applications: 0,
      reviewers: 0,
      emails,
    };
    if (processId !== undefined) {
      for (const row of db
        .prepare("SELECT email FROM volunteers WHERE process_id = ? AND email <> ''")
        .all(processId) as { email: string }[])
        emails.push(row.email);
      // The pseudonym and pool position stay: they are public (the record's Merkle leaves).
      report.volunteers = db
        .prepare(
          "UPDATE volunteers SET name = '', email = '', phone = NULL, attributes = '{}' WHERE process_id = ?",
        )
        .run(processId).changes;
      report.jurorNames = db
        .prepare('DELETE FROM juror_names WHERE process_id = ?')
        .run(processId).changes;
      // Decline reasons and conflict categories are personal too; room sessions end with the process.
      for (const table of ['decline_reasons', 'conflict_reasons', 'juror_sessions'])
        db.prepare(`DELETE FROM ${table} WHERE process_id = ?`).run(processId);
    }
    if (callId !== undefined) {
      for (const row of db
        .prepare(
          "SELECT email FROM applications WHERE call_id = ? AND email <> '' UNION SELECT email FROM reviewers WHERE call_id = ? AND email <> ''",
        )
        .all(callId, callId) as { email: string }[])
        emails.push(row.email);
      // The project itself (name, description…) is what the jury judged: only the contact fields go.
      report.applications = db
        .prepare(
          "UPDATE applications SET lead_name = '', email = '', phone = NULL, form = json_remove(form, '$.leadName', '$.email', '$.phone') WHERE call_id = ?",
        )
        .run(callId).changes;
      report.reviewers = db
        .prepare("UPDATE reviewers SET name = '', email = '' WHERE call_id = ?")
        .run(callId).changes;
    }
    // Mail still queued for an erased address is dropped with it.
    const dropQueued = db.prepare('DELETE FROM mail_queue WHERE recipient = ?');
    for (const email of emails) dropQueued.run(email);
    return report;
  });
  const report = erase();
  // Rewrite the file without free pages, then empty the write-ahead log, which still holds old pages.
  db.exec('VACUUM');
  db.pragma('wal_checkpoint(TRUNCATE)');
  return report;
}
