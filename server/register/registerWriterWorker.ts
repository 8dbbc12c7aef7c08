// The register import's writer thread: inserts the rows the main thread has parsed and checked, through
// the register's repository over its own connection to the database file, so that SQLite's work overlaps
// the parsing, and at the end indexes the ids while the main thread sorts and commits them. Messages in:
// `{ rows }` (flattened as the repository's rowInserter takes them) or `{ close: true, index }`; out:
// `{ written }`, `{ closed: true }` or `{ error }`.

import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { createRegisterRepository } from '../repositories/registerRepository';

const { file, importNo } = workerData as { file: string; importNo: number };
const db = new Database(file);
db.pragma('journal_mode = WAL');
// NORMAL, not FULL, on this connection alone: in WAL mode a crash may then lose the last batches but never
// corrupts the database, and an import cut short is dropped anyway; the transaction that makes the import
// the process's register runs on the main connection (FULL), whose sync covers every batch before it.
db.pragma('synchronous = NORMAL');
db.pragma('busy_timeout = 5000');
const repository = createRegisterRepository(db);
const inserter = repository.rowInserter(importNo);
const insert = db.transaction((values: unknown[]) => inserter(values));

parentPort?.on('message', (message: { rows?: unknown[]; close?: true; index?: boolean }) => {
  try {
    if (message.close === true) {
      if (message.index === true) repository.indexIds(importNo);
      db.close();
      parentPort?.postMessage({ closed: true });
      return;
    }
    const rows = message.rows ?? [];
    insert(rows);
    parentPort?.postMessage({ written: rows.length / 4 });
  } catch (error) {
    parentPort?.postMessage({ error: (error as Error).message });
  }
});
