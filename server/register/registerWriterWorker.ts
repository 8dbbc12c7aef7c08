// The register import's writer thread: inserts the rows the main thread has parsed and checked, through
// the register's repository over its own connection to the database file, so that SQLite's work overlaps
// the parsing. Messages in: `{ rows }` (flattened as the repository's rowInserter takes them) or
// `{ close: true }`; out: `{ written }`, `{ closed: true }` or `{ error }`.

import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { createRegisterRepository } from '../repositories/registerRepository';

const { file, importNo } = workerData as { file: string; importNo: number };
const db = new Database(file);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.pragma('busy_timeout = 5000');
const inserter = createRegisterRepository(db).rowInserter(importNo);
const insert = db.transaction((values: unknown[]) => inserter(values));

parentPort?.on('message', (message: { rows?: unknown[]; close?: true }) => {
  try {
    if (message.close === true) {
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
