// Erasure of personal data once a process (or a call for projects) is over: names, e-mail addresses,
// phone numbers and attribute columns leave the private tables in one transaction; the public hash-chained
// logs are never touched, so the draw record, the receipts and the audit bundle still verify.
// Spec: docs/security.md, section "Personal data and retention".

import { ErrorCode, KleroterionError } from '../../shared/errors';
import type { Db } from '../db/openDatabase';
import { deleteMailTo } from '../mail/mailQueue';
import { createApplicationsRepository } from '../repositories/applicationsRepository';
import { createConflictReasonsRepository } from '../repositories/conflictReasonsRepository';
import { createDeclineReasonsRepository } from '../repositories/declineReasonsRepository';
import { createJurorNamesRepository } from '../repositories/jurorNamesRepository';
import { createJurorSessionsRepository } from '../repositories/jurorSessionsRepository';
import { createReviewersRepository } from '../repositories/reviewersRepository';
import { createVolunteersRepository } from '../repositories/volunteersRepository';
import { createRegisterRepository } from '../repositories/registerRepository';
import { createRegistrationCodesRepository } from '../repositories/registrationCodesRepository';
import { createRegistrationsRepository } from '../repositories/registrationsRepository';
import { createChainStore } from '../store/chainStore';
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
  /** Rows of the stage-one register removed (names, postal and e-mail addresses). */
  registerRows: number;
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
  const calls = createChainStore(db, { name: 'call_events', key: 'call_id' }, () => ({}));
  if (callId !== undefined && calls.events(callId).length === 0)
    throw new KleroterionError(ErrorCode.NotFound, `no call ${callId}`);

  const volunteers = createVolunteersRepository(db);
  const jurorNames = createJurorNamesRepository(db);
  const declineReasons = createDeclineReasonsRepository(db);
  const conflictReasons = createConflictReasonsRepository(db);
  const jurorSessions = createJurorSessionsRepository(db);
  const applications = createApplicationsRepository(db);
  const reviewers = createReviewersRepository(db);
  const registrations = createRegistrationsRepository(db);
  const register = createRegisterRepository(db);
  const registrationCodes = createRegistrationCodesRepository(db);
  const erase = db.transaction((): ErasureReport => {
    const emails: string[] = [];
    const report: ErasureReport = {
      volunteers: 0,
      jurorNames: 0,
      applications: 0,
      reviewers: 0,
      registerRows: 0,
      emails,
    };
    if (processId !== undefined) {
      // The pseudonym and pool position stay: they are public (the record's Merkle leaves).
      const pool = volunteers.erase(processId);
      emails.push(...pool.emails);
      report.volunteers = pool.erased;
      report.jurorNames = jurorNames.erase(processId);
      // Decline reasons and conflict categories are personal too; room sessions end with the process.
      declineReasons.erase(processId);
      conflictReasons.erase(processId);
      jurorSessions.erase(processId);
      // Stage one: the invitees' e-mail addresses (their invitations are dropped from the queue below),
      // then the registrations, the codes and the whole register. The stage-one record stays: public.
      const current = register.current(processId);
      if (current !== undefined) {
        const invited = register.contacts(current.importNo, registrations.inviteeIds(processId));
        const known = new Set(emails);
        for (const { email } of invited) if (email !== '' && !known.has(email)) emails.push(email);
      }
      registrations.eraseProcess(processId);
      registrationCodes.eraseProcess(processId);
      report.registerRows = register.eraseProcess(processId);
    }
    if (callId !== undefined) {
      // The project itself (name, description…) is what the jury judged: only the contact fields go.
      const applicants = applications.erase(callId);
      const reviewing = reviewers.erase(callId);
      for (const email of [...applicants.emails, ...reviewing.emails])
        if (!emails.includes(email)) emails.push(email);
      report.applications = applicants.erased;
      report.reviewers = reviewing.erased;
    }
    // Mail still queued for an erased address is dropped with it.
    deleteMailTo(db, emails);
    return report;
  });
  const report = erase();
  // Rewrite the file without free pages, then empty the write-ahead log, which still holds old pages.
  db.exec('VACUUM');
  db.pragma('wal_checkpoint(TRUNCATE)');
  return report;
}
