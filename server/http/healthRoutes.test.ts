import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { scratchFolder } from '../../scripts/testing/runScript';
import { MIGRATIONS } from '../db/migrations';
import { openDatabase } from '../db/openDatabase';
import { checkReadiness } from './healthRoutes';

const folder = scratchFolder();
afterAll(() => folder.dispose());

describe('readiness', () => {
  it('is ready on a migrated database in WAL mode', () => {
    const db = openDatabase(folder.path('ready'));
    expect(checkReadiness(db)).toEqual({
      ready: true,
      database: true,
      schemaVersion: MIGRATIONS.length,
      expectedSchemaVersion: MIGRATIONS.length,
      journalMode: 'wal',
    });
    db.close();
  });

  it('is not ready when the schema lags behind the code, or the journal is not WAL', () => {
    const db = openDatabase(folder.path('stale'));
    db.prepare('UPDATE schema_version SET version = ?').run(MIGRATIONS.length - 1);
    expect(checkReadiness(db)).toMatchObject({
      ready: false,
      schemaVersion: MIGRATIONS.length - 1,
    });
    db.prepare('UPDATE schema_version SET version = ?').run(MIGRATIONS.length);
    db.pragma('journal_mode = DELETE');
    expect(checkReadiness(db)).toMatchObject({ ready: false, journalMode: 'delete' });
    db.close();
  });

  it('is not ready without a schema, or when the database does not answer', () => {
    const db = new Database(':memory:');
    expect(checkReadiness(db)).toMatchObject({
      ready: false,
      database: true,
      schemaVersion: undefined,
    });
    db.close();
    expect(checkReadiness(db)).toMatchObject({ ready: false, database: false });
  });
});
