// Opens the SQLite database in the data folder: WAL journal, synchronous=FULL so that a committed
// transaction survives a crash or power cut, and the schema migrations applied in order.

import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS } from './migrations';

export type Db = Database.Database;

/** Opens (creating if needed) `<dataDir>/kleroterion.sqlite`, or an in-memory database for ':memory:'. */
export function openDatabase(dataDir: string): Db {
  let db: Db;
  if (dataDir === ':memory:') db = new Database(':memory:');
  else {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    db = new Database(join(dataDir, 'kleroterion.sqlite'));
  }
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

function migrate(db: Db): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
  const row = db.prepare('SELECT version FROM schema_version').get() as
    { version: number } | undefined;
  const current = row?.version ?? 0;
  const apply = db.transaction(() => {
    for (let version = current; version < MIGRATIONS.length; version++)
      db.exec(MIGRATIONS[version] as string);
    db.prepare('DELETE FROM schema_version').run();
    db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(MIGRATIONS.length);
  });
  if (current < MIGRATIONS.length) apply();
}
