// The `projector_links` table: the room's projector link, one per process (a new one replaces the old);
// only the token's SHA-256 is kept.
// Every SQL statement on this table lives here; callers open the transactions.

import type { Db } from '../db/openDatabase';

export function createProjectorLinksRepository(db: Db) {
  const upsert = db.prepare(
    'INSERT INTO projector_links (process_id, token_hash, created_at) VALUES (?, ?, ?) ON CONFLICT (process_id) DO UPDATE SET token_hash = excluded.token_hash, created_at = excluded.created_at',
  );
  const deleteOfProcess = db.prepare('DELETE FROM projector_links WHERE process_id = ?');
  const selectByToken = db.prepare('SELECT process_id FROM projector_links WHERE token_hash = ?');

  return {
    /** Makes `tokenHash` the process's only projector link. */
    replace(processId: string, tokenHash: string, createdAt: string): void {
      upsert.run(processId, tokenHash, createdAt);
    },

    /** Revokes the process's projector link. */
    remove(processId: string): void {
      deleteOfProcess.run(processId);
    },

    /** The process a projector token hash opens, or undefined. */
    processOf(tokenHash: string): string | undefined {
      const row = selectByToken.get(tokenHash) as { process_id: string } | undefined;
      return row?.process_id;
    },
  };
}

export type ProjectorLinksRepository = ReturnType<typeof createProjectorLinksRepository>;
