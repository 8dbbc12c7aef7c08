// Online backup: copies the live database with SQLite's backup API (better-sqlite3 `db.backup`) while
// the server keeps writing, checks the copy, and only then gives it its final name.

import Database from 'better-sqlite3';
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { checkDatabaseFile, type DatabaseFileCheck } from './checkDatabaseFile';

export const DATABASE_FILE = 'kleroterion.sqlite';

export interface BackupReport extends DatabaseFileCheck {
  file: string;
  bytes: number;
}

/**
 * Backs up `<dataDir>/kleroterion.sqlite` into `outFile` (which must not exist).
 * @throws Error EEXIST if `outFile` exists, ENOENT if there is no database; KleroterionError from the check
 */
export async function backupDatabase(dataDir: string, outFile: string): Promise<BackupReport> {
  if (existsSync(outFile))
    throw Object.assign(new Error(`${outFile} exists`), { code: 'EEXIST', path: outFile });
  const source = join(dataDir, DATABASE_FILE);
  if (!existsSync(source))
    throw Object.assign(new Error(`${source} does not exist`), { code: 'ENOENT', path: source });
  const partial = join(dirname(outFile), `.${randomBytes(6).toString('hex')}.backup-partial`);
  // A connection of its own: it only reads, so it never blocks the server's writers (WAL).
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    // After the first step, copy all remaining pages in one step: one read transaction, so a consistent
    // snapshot; a write between steps only restarts the copy.
    await db.backup(partial, { progress: ({ totalPages }) => Math.max(100, totalPages) });
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    db.close();
  }
  try {
    const check = checkDatabaseFile(partial);
    renameSync(partial, outFile);
    return { ...check, file: outFile, bytes: statSync(outFile).size };
  } finally {
    rmSync(partial, { force: true });
  }
}
