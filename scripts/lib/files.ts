// File output for the CLIs: nothing is written until the whole result exists, and then atomically.

import { closeSync, fsyncSync, openSync, renameSync, writeSync, rmSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';

/** Writes `text` to `path` via a temporary file and a rename, so a reader never sees half a file. */
export function writeFileAtomic(
  path: string,
  text: string,
  options: { mode?: number; exclusive?: boolean } = {},
): void {
  if (options.exclusive === true) {
    // Claim the name first so that an existing file is never replaced.
    closeSync(openSync(path, 'wx', options.mode ?? 0o644));
  }
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const fd = openSync(temporary, 'w', options.mode ?? 0o644);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** Pretty JSON is for people; records and commitments are written in canonical form (see docs). */
export function writeOutput(path: string | undefined, text: string): void {
  if (path === undefined) process.stdout.write(text);
  else writeFileAtomic(path, text);
}
