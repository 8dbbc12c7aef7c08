// Checks a database file before it is trusted as a backup or restored: SQLite's integrity check, a schema
// this code can open, and every hash chain re-verified. Used by backup (on the copy) and restore (on the
// temporary file, before it replaces anything).

import Database from 'better-sqlite3';
import { MIGRATIONS } from '../db/migrations';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import { verifyStoredChains, type ChainCheck } from '../store/verifyStoredChains';

export interface DatabaseFileCheck {
  schemaVersion: number;
  processChains: number;
  callChains: number;
  events: number;
  chains: ChainCheck[];
}

/**
 * Opens `file` (read-write: it becomes a self-contained rollback-journal file) and checks it.
 * @throws KleroterionError BACKUP_INVALID if it is not a sound Kleroterion database, CHAIN_BROKEN if a
 *   chain does not verify (the message names the chain and the event)
 */
export function checkDatabaseFile(file: string): DatabaseFileCheck {
  let db: Database.Database;
  try {
    db = new Database(file, { fileMustExist: true });
  } catch (error) {
    throw new KleroterionError(ErrorCode.BackupInvalid, `${file}: cannot open: ${String(error)}`);
  }
  try {
    let version: number | undefined;
    try {
      // The copy stands alone: no -wal or -shm file travels with it.
      db.pragma('journal_mode = DELETE');
      const integrity = db.pragma('integrity_check', { simple: true });
      if (integrity !== 'ok')
        throw new KleroterionError(
          ErrorCode.BackupInvalid,
          `${file}: integrity check: ${String(integrity)}`,
        );
      version = (
        db.prepare('SELECT version FROM schema_version').get() as { version: number } | undefined
      )?.version;
    } catch (error) {
      if (error instanceof KleroterionError) throw error;
      throw new KleroterionError(
        ErrorCode.BackupInvalid,
        `${file}: not a Kleroterion database: ${String(error)}`,
      );
    }
    if (version === undefined || version < 1 || version > MIGRATIONS.length)
      throw new KleroterionError(
        ErrorCode.BackupInvalid,
        `${file}: schema version ${version ?? 'missing'}; this version of Kleroterion reads 1 to ${MIGRATIONS.length}`,
      );
    const report = verifyStoredChains(db);
    const failure = report.failures[0];
    if (failure !== undefined)
      throw new KleroterionError(
        ErrorCode.ChainBroken,
        `${file}: the ${failure.kind} chain ${failure.id} does not verify: ${failure.problem} (${report.failures.length} broken chain(s))`,
      );
    return {
      schemaVersion: version,
      processChains: report.chains.filter((chain) => chain.kind === 'process').length,
      callChains: report.chains.filter((chain) => chain.kind === 'call').length,
      events: report.events,
      chains: report.chains,
    };
  } finally {
    db.close();
  }
}

/** One line per verified fact, for the command-line tools. */
export function describeCheck(check: DatabaseFileCheck): string[] {
  return [
    `schema version ${check.schemaVersion}, SQLite integrity check ok`,
    `${check.processChains} process chain(s) and ${check.callChains} call chain(s) verified, ${check.events} events in all`,
    ...check.chains.map(
      (chain) => `  ${chain.kind} ${chain.id}: ${chain.length} events, head ${chain.head ?? '?'}`,
    ),
  ];
}
