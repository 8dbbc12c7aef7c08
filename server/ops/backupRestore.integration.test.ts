import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import { runScript, scratchFolder } from '../../scripts/testing/runScript';
import { openDatabase } from '../db/openDatabase';
import { createChainStore } from '../store/chainStore';
import { verifyStoredChains } from '../store/verifyStoredChains';
import { DATABASE_FILE, backupDatabase } from './backupDatabase';
import { restoreDatabase } from './restoreDatabase';

const folder = scratchFolder();
afterAll(() => folder.dispose());

interface Tick {
  type: string;
  payload: unknown;
}

/** A database whose `events` table holds one chain of `count` padded events, and a way to add more. */
function chainedDatabase(dataDir: string, count: number) {
  const db = openDatabase(dataDir);
  const chain = createChainStore<number, Tick>(
    db,
    { name: 'events', key: 'process_id' },
    (n) => (n ?? 0) + 1,
  );
  let appended = 0;
  const append = () => {
    chain.append(
      'writer',
      [
        {
          type: 'test.tick',
          payload: {
            n: appended,
            marker: `marker-${String(appended).padStart(6, '0')}`,
            padding: 'x'.repeat(400),
          },
        },
      ],
      new Date('2026-01-01T00:00:00Z'),
    );
    appended++;
  };
  // One transaction for the initial events: one fsync instead of thousands.
  db.transaction(() => {
    for (let i = 0; i < count; i++) append();
  })();
  return {
    db,
    append,
    appended: () => appended,
    hashes: () => chain.events('writer').map((e) => e.hash),
  };
}

/** Every event hash of the `writer` chain in a database file. */
function hashesIn(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return (
      db.prepare("SELECT hash FROM events WHERE process_id = 'writer' ORDER BY seq").all() as {
        hash: string;
      }[]
    ).map((row) => row.hash);
  } finally {
    db.close();
  }
}

describe('online backup and verified restore', () => {
  it('takes a consistent backup while a writer appends, and restores it with every chain verified', async () => {
    const live = chainedDatabase(folder.path('live'), 6000);
    // The writer keeps appending, one event per turn of the event loop, for the whole backup.
    let writing = true;
    const writer = (async () => {
      while (writing) {
        live.append();
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const before = live.appended();
    const backup = await backupDatabase(folder.path('live'), folder.path('live.backup'));
    const after = live.appended();
    writing = false;
    await writer;
    expect(after).toBeGreaterThan(before);

    // A snapshot: a prefix of the live chain, at least as long as when the backup started.
    const saved = hashesIn(folder.path('live.backup'));
    expect(saved.length).toBeGreaterThanOrEqual(before);
    expect(saved.length).toBeLessThanOrEqual(after);
    expect(saved).toEqual(live.hashes().slice(0, saved.length));
    expect(backup.events).toBe(saved.length);
    live.db.close();

    const restored = restoreDatabase(folder.path('live.backup'), folder.path('restored'), {
      force: false,
    });
    expect(restored).toMatchObject({
      processChains: 1,
      callChains: 0,
      events: saved.length,
      replaced: false,
    });
    const db = openDatabase(folder.path('restored'));
    expect(verifyStoredChains(db).failures).toEqual([]);
    expect(hashesIn(join(folder.path('restored'), DATABASE_FILE))).toEqual(saved);
    db.close();
  }, 30_000);

  it('refuses a non-empty data folder without --force, and a backup whose event payload was altered', async () => {
    const source = chainedDatabase(folder.path('source'), 50);
    source.db.close();
    await backupDatabase(folder.path('source'), folder.path('good.backup'));
    // The target already holds a database (restored from the good backup).
    restoreDatabase(folder.path('good.backup'), folder.path('target'), { force: false });
    const target = join(folder.path('target'), DATABASE_FILE);
    const targetBytes = readFileSync(target);

    expect(() =>
      restoreDatabase(folder.path('good.backup'), folder.path('target'), { force: false }),
    ).toThrow(expect.objectContaining({ code: ErrorCode.DataFolderNotEmpty }));

    // Flip one byte of one event's payload in the backup file itself.
    const bytes = readFileSync(folder.path('good.backup'));
    const at = bytes.indexOf('marker-000017');
    expect(at).toBeGreaterThan(0);
    bytes[at + 'marker-0000'.length] = '9'.charCodeAt(0);
    writeFileSync(folder.path('bad.backup'), bytes);

    let refusal: unknown;
    try {
      restoreDatabase(folder.path('bad.backup'), folder.path('target'), { force: true });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(KleroterionError);
    expect(refusal).toMatchObject({ code: ErrorCode.ChainBroken });
    expect((refusal as Error).message).toContain('event 18 hash does not match its content');
    // Untouched: same bytes, and no temporary file left beside it.
    expect(readFileSync(target).equals(targetBytes)).toBe(true);
    expect(readdirSync(folder.path('target'))).toEqual([DATABASE_FILE]);
  });

  it('runs as npm run backup / restore, printing what was verified, and exits non-zero on a bad backup', async () => {
    const backup = await runScript('backup', [
      '--data',
      folder.path('source'),
      '--out',
      folder.path('cli.backup'),
    ]);
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toContain(
      '1 process chain(s) and 0 call chain(s) verified, 50 events in all',
    );

    const restore = await runScript('restore', [
      '--from',
      folder.path('cli.backup'),
      '--data',
      folder.path('cli-data'),
    ]);
    expect(restore.code).toBe(0);
    expect(restore.stdout).toContain(
      '1 process chain(s) and 0 call chain(s) verified, 50 events in all',
    );
    expect(existsSync(join(folder.path('cli-data'), DATABASE_FILE))).toBe(true);

    const refused = await runScript('restore', [
      '--from',
      folder.path('bad.backup'),
      '--data',
      folder.path('cli-bad'),
    ]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`[${ErrorCode.ChainBroken}]`);
    expect(readdirSync(folder.path('cli-bad'))).toEqual([]);
  }, 30_000);
});
