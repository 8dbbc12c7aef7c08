// The torn-write cases of the fault run, both on the files a server killed mid-write left behind:
// (a) the write-ahead log cut in the middle of a frame, (b) the database, log and index exactly as left.
// Each copy must let the real server start, every chain must verify, and nothing committed may be missing.

import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServerProcess } from '../../../server/testing/serverProcess';
import { readStoredChains } from './cycleCheck';
import type { JurorLedger } from './scriptedJuror';
import { readWalLayout, tearPoint } from './walFrames';

const DB = 'kleroterion.sqlite';

export interface TornVerdict {
  name: string;
  /** A line of figures for the report. */
  detail: string;
  problems: string[];
}

/** Starts the real server on `dataDir`, checks it answers, and shuts it down cleanly. */
async function serverStartsOn(dataDir: string, problems: string[]): Promise<void> {
  try {
    const server = await startServerProcess(dataDir, { env: { KLEROTERION_DEMO: 'off' } });
    const ready = await fetch(`${server.url}/readyz`);
    if (ready.status !== 200)
      problems.push(`readyz answered ${ready.status}: ${await ready.text()}`);
    await server.stop();
  } catch (error) {
    problems.push(`the server did not start: ${String(error)}`);
  }
}

function chainProblems(dataDir: string): { problems: string[]; chains: number; events: number } {
  const report = readStoredChains(dataDir);
  return {
    problems: report.failures.map((f) => `${f.kind} ${f.id}: ${f.problem}`),
    chains: report.chains.length,
    events: report.events,
  };
}

/**
 * Every row of the public chains and of the ballots, in key order, as one comparable text. A tear early
 * in the log can leave a database still between two migrations: a table not created yet reads as absent.
 */
function dumpTables(dataDir: string): string {
  const db = new Database(join(dataDir, DB), { fileMustExist: true });
  try {
    const tables = new Set(
      (
        db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
          name: string;
        }[]
      ).map((row) => row.name),
    );
    const rows = (table: string, order: string) =>
      tables.has(table) ? db.prepare(`SELECT * FROM ${table} ORDER BY ${order}`).all() : 'absent';
    return JSON.stringify([
      rows('events', 'process_id, seq'),
      rows('call_events', 'call_id, seq'),
      rows('ballots', 'process_id, dossier_id, round, seat'),
    ]);
  } finally {
    db.close();
  }
}

/**
 * (a) Copies the database and its log cut in the middle of frame `pick(candidates)`; the server must start
 * on it, and the result must equal the same log cut cleanly after the last transaction committed before.
 */
export async function tornWalCase(
  crashDir: string,
  workDir: string,
  pick: (count: number) => number,
): Promise<TornVerdict> {
  const name = 'WAL truncated mid-frame';
  const wal = readFileSync(join(crashDir, `${DB}-wal`));
  const layout = readWalLayout(wal);
  const candidates = layout.frames.flatMap((_, i) =>
    tearPoint(layout, i) === undefined ? [] : [i],
  );
  if (candidates.length === 0)
    return {
      name,
      detail: `${layout.frames.length} frames`,
      problems: ['no committed frame to keep'],
    };
  const index = candidates[pick(candidates.length)] as number;
  const tear = tearPoint(layout, index)!;
  const torn = join(workDir, 'torn');
  const reference = join(workDir, 'reference');
  for (const [dir, length] of [
    [torn, tear.cutAt],
    [reference, tear.committedEnd],
  ] as const) {
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(crashDir, DB), join(dir, DB));
    writeFileSync(join(dir, `${DB}-wal`), wal.subarray(0, length));
  }
  const problems: string[] = [];
  // What SQLite recovers from the torn log must be exactly the committed prefix, before the server (and
  // its migrations) touch it; then the server must start on it and every chain must verify.
  if (dumpTables(torn) !== dumpTables(reference))
    problems.push('the recovered database differs from the transactions committed before the tear');
  await serverStartsOn(torn, problems);
  const chains = chainProblems(torn);
  problems.push(...chains.problems);
  const committedFrames = layout.frames.slice(0, index).length;
  return {
    name,
    detail: `cut in frame ${index + 1} of ${layout.frames.length} (page ${layout.pageSize} B); ${committedFrames} frames before it; ${chains.chains} chains, ${chains.events} events verified`,
    problems,
  };
}

/**
 * (b) Copies the database, log and index as the crash left them; the server must start, every chain must
 * verify, and every ballot acknowledged before the crash must be kept (or a later one whose answer was lost).
 */
export async function crashLeftoverCase(
  crashDir: string,
  workDir: string,
  expected: { processId: string; dossierId: string; ledgers: readonly JurorLedger[] },
): Promise<TornVerdict> {
  const name = 'files left by kill -9 mid-write';
  const copy = join(workDir, 'leftover');
  mkdirSync(copy, { recursive: true });
  const files = [DB, `${DB}-wal`, `${DB}-shm`].filter((file) => existsSync(join(crashDir, file)));
  for (const file of files) copyFileSync(join(crashDir, file), join(copy, file));
  const walBytes = existsSync(join(crashDir, `${DB}-wal`))
    ? readFileSync(join(crashDir, `${DB}-wal`)).byteLength
    : 0;
  const problems: string[] = [];
  await serverStartsOn(copy, problems);
  const chains = chainProblems(copy);
  problems.push(...chains.problems);
  const db = new Database(join(copy, DB), { readonly: true, fileMustExist: true });
  let acked = 0;
  try {
    const select = db.prepare(
      'SELECT nonce FROM ballots WHERE process_id = ? AND dossier_id = ? AND round = 1 AND seat = ?',
    );
    for (const ledger of expected.ledgers) {
      const list = ledger.acked.get(expected.dossierId) ?? [];
      const last = list[list.length - 1];
      if (last === undefined) continue;
      acked++;
      const kept = (
        select.get(expected.processId, expected.dossierId, ledger.seat) as
          { nonce: string } | undefined
      )?.nonce;
      if (kept !== last && !(kept !== undefined && ledger.unanswered.includes(kept)))
        problems.push(`seat ${ledger.seat}: acknowledged ballot lost (kept ${kept ?? 'nothing'})`);
    }
  } finally {
    db.close();
  }
  return {
    name,
    detail: `${files.join(', ')} (WAL ${walBytes} B); ${acked} acknowledged ballots checked; ${chains.chains} chains, ${chains.events} events verified`,
    problems,
  };
}
