// Restore: copies a backup into a temporary file inside the data folder, verifies it (integrity, schema,
// every chain), and only then moves it into place with one atomic rename. A backup that fails any check
// leaves the data folder exactly as it was. The server must be stopped while restoring.

import { randomBytes } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  constants,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { join } from 'node:path';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import { DATABASE_FILE } from './backupDatabase';
import { checkDatabaseFile, type DatabaseFileCheck } from './checkDatabaseFile';

export interface RestoreReport extends DatabaseFileCheck {
  target: string;
  /** True when a database was there before and has been replaced. */
  replaced: boolean;
}

const fsyncPath = (path: string) => {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
};

/**
 * Restores `backupFile` into `dataDir`.
 * @throws KleroterionError DATA_FOLDER_NOT_EMPTY if `dataDir` holds anything and `force` is false;
 *   BACKUP_INVALID or CHAIN_BROKEN from the check (nothing in `dataDir` has changed then)
 */
export function restoreDatabase(
  backupFile: string,
  dataDir: string,
  options: { force: boolean },
): RestoreReport {
  if (!existsSync(backupFile))
    throw Object.assign(new Error(`${backupFile} does not exist`), {
      code: 'ENOENT',
      path: backupFile,
    });
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0 && !options.force)
    throw new KleroterionError(
      ErrorCode.DataFolderNotEmpty,
      `${dataDir} is not empty; add --force to replace its database`,
    );
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  // Same folder as the target, so that the final rename cannot cross file systems.
  const temporary = join(dataDir, `.${randomBytes(6).toString('hex')}.restore-partial`);
  copyFileSync(backupFile, temporary, constants.COPYFILE_EXCL);
  try {
    const check = checkDatabaseFile(temporary);
    fsyncPath(temporary);
    const target = join(dataDir, DATABASE_FILE);
    const replaced = existsSync(target);
    // The old log and index belong to the old file: replayed on the restored one, they would corrupt it.
    rmSync(`${target}-wal`, { force: true });
    rmSync(`${target}-shm`, { force: true });
    renameSync(temporary, target);
    fsyncPath(dataDir);
    return { ...check, target, replaced };
  } finally {
    rmSync(temporary, { force: true });
  }
}
