// Liveness and readiness for a supervisor or a load balancer: GET /healthz (the process answers) and
// GET /readyz (the database answers, its schema is the one this code expects, and it journals in WAL).
// Public, outside /api and outside the rate limits; the answers carry no personal data.

import type { Express } from 'express';
import type { Db } from '../db/openDatabase';
import { MIGRATIONS } from '../db/migrations';
import { ErrorCode } from '../../shared/errors';

export interface Readiness {
  ready: boolean;
  database: boolean;
  schemaVersion: number | undefined;
  expectedSchemaVersion: number;
  journalMode: string | undefined;
}

/** Runs `query`, or answers undefined if it throws (a closed, locked or foreign database). */
function attempt<T>(query: () => T): T | undefined {
  try {
    return query();
  } catch {
    return undefined;
  }
}

/** Checks the database; never throws (a failing query makes it not ready). */
export function checkReadiness(db: Db): Readiness {
  const expectedSchemaVersion = MIGRATIONS.length;
  // An in-memory database (tests) cannot use WAL; a file database must.
  const expectedJournal = db.memory ? 'memory' : 'wal';
  const database =
    attempt(() => (db.prepare('SELECT 1 AS one').get() as { one: number }).one === 1) ?? false;
  const schemaVersion = attempt(
    () =>
      (db.prepare('SELECT version FROM schema_version').get() as { version: number } | undefined)
        ?.version,
  );
  const journalMode = attempt(() => String(db.pragma('journal_mode', { simple: true })));
  return {
    ready: database && schemaVersion === expectedSchemaVersion && journalMode === expectedJournal,
    database,
    schemaVersion,
    expectedSchemaVersion,
    journalMode,
  };
}

export function attachHealthRoutes(app: Express, db: Db): void {
  app.get('/healthz', (_req, res) => {
    res.set('cache-control', 'no-store').json({ ok: true, data: { status: 'alive' } });
  });
  app.get('/readyz', (_req, res) => {
    const readiness = checkReadiness(db);
    res.set('cache-control', 'no-store');
    if (readiness.ready) res.json({ ok: true, data: { status: 'ready', ...readiness } });
    else
      res.status(503).json({
        ok: false,
        error: {
          code: ErrorCode.NotReady,
          message: `not ready: database ${readiness.database ? 'answers' : 'does not answer'}, schema ${readiness.schemaVersion ?? 'unknown'} (expected ${readiness.expectedSchemaVersion}), journal ${readiness.journalMode ?? 'unknown'}`,
        },
      });
  });
}
