// Reads the pools of a stratified stage-one draw from a folder: one pool file per stratum, named after
// the stratum (NAME.txt, one id per line, or NAME.csv with an "id" column). A convenience of the tools,
// not part of the protocol (docs/lottery-spec.md, section 17, "Strata folders").

import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import type { StratumPool } from '../../shared/invitations/draw';
import { assertValidId, compareUtf8 } from '../../shared/lottery/poolId';
import { loadPool } from './poolLoader';

/** One stratum's pool, as read from its file. */
export interface StratumPoolFile extends StratumPool {
  name: string;
  file: string;
}

/**
 * Loads every NAME.txt and NAME.csv of `dir`, in the UTF-8 order of the names. Other files are ignored.
 * With `disjoint`, an id found in two strata is an error naming both files (the draw needs it; the
 * verifier reports it as a check instead).
 * @throws {KleroterionError} INVALID_ARGUMENT for a missing folder, no pool file, a name that breaks the
 * pool-id rules or given twice; the pool errors of loadPool; POOL_ID_DUPLICATE across strata.
 */
export async function loadStrataDir(
  dir: string,
  options: { disjoint: boolean },
): Promise<StratumPoolFile[]> {
  let entries: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a folder');
    entries = readdirSync(dir);
  } catch {
    throw new KleroterionError(
      ErrorCode.InvalidArgument,
      `${dir}: not a folder of stratum pool files`,
      { file: dir, field: 'strata' },
    );
  }
  const files = entries
    .flatMap((entry) => {
      const match = /^(.+)\.(txt|csv)$/.exec(entry);
      return match === null ? [] : [{ name: match[1] as string, file: join(dir, entry) }];
    })
    .sort((a, b) => compareUtf8(a.name, b.name));
  if (files.length === 0)
    throw new KleroterionError(
      ErrorCode.InvalidArgument,
      `${dir}: no stratum pool file (NAME.txt or NAME.csv)`,
      { file: dir, field: 'strata' },
    );
  const strata: StratumPoolFile[] = [];
  const owner = new Map<string, string>();
  for (const [i, { name, file }] of files.entries()) {
    try {
      assertValidId(name, { file, field: 'strata' });
    } catch (error) {
      throw new KleroterionError(
        ErrorCode.InvalidArgument,
        `${file}: the file name is not a valid stratum name (${(error as Error).message})`,
        { file, field: 'strata' },
      );
    }
    if (files[i - 1]?.name === name)
      throw new KleroterionError(
        ErrorCode.InvalidArgument,
        `${file}: stratum ${JSON.stringify(name)} has two pool files (${files[i - 1]?.file})`,
        { file, field: 'strata' },
      );
    const pool = await loadPool(file);
    if (options.disjoint)
      for (const id of pool.ids) {
        const other = owner.get(id);
        if (other !== undefined)
          throw new KleroterionError(
            ErrorCode.PoolIdDuplicate,
            `id ${JSON.stringify(id)} is in ${other} and in ${file}: a register id belongs to one stratum`,
            { file, field: 'strata' },
          );
        owner.set(id, file);
      }
    strata.push({ name, file, ids: pool.ids, tree: pool.tree });
  }
  return strata;
}
