// Re-checks every hash chain stored in a database (each jury process in `events`, each call for projects
// in `call_events`) with the same verifyChain the public verifier uses. Used by backup, restore and the
// fault-injection run.

import type Database from 'better-sqlite3';
import { verifyChain } from '../../shared/events/eventChain';
import { selectEventRowsSql, type EventRow } from './eventRow';

/** The chain tables and the column naming each chain. */
export const CHAIN_TABLES = [
  { name: 'events', key: 'process_id', kind: 'process' },
  { name: 'call_events', key: 'call_id', kind: 'call' },
] as const;

export interface ChainCheck {
  kind: 'process' | 'call';
  id: string;
  length: number;
  /** The last event's hash when the chain verifies. */
  head?: string;
  /** Why the chain does not verify. */
  problem?: string;
}

export interface StoredChainsReport {
  chains: ChainCheck[];
  /** The chains that do not verify (empty: everything verifies). */
  failures: ChainCheck[];
  events: number;
}

/** Verifies every chain of `db`; never throws for a broken chain (it is reported), only for a missing table. */
export function verifyStoredChains(db: Database.Database): StoredChainsReport {
  const chains: ChainCheck[] = [];
  let events = 0;
  for (const table of CHAIN_TABLES) {
    const ids = db
      .prepare(`SELECT DISTINCT ${table.key} AS id FROM ${table.name} ORDER BY ${table.key}`)
      .all() as { id: string }[];
    const select = db.prepare(selectEventRowsSql(table));
    for (const { id } of ids) {
      const rows = select.all(id) as EventRow[];
      events += rows.length;
      chains.push(checkRows(table.kind, id, rows));
    }
  }
  return { chains, failures: chains.filter((chain) => chain.problem !== undefined), events };
}

function checkRows(kind: ChainCheck['kind'], id: string, rows: EventRow[]): ChainCheck {
  const parsed: unknown[] = [];
  for (const row of rows) {
    let payload: unknown;
    try {
      payload = JSON.parse(row.payload) as unknown;
    } catch {
      // A damaged payload is not JSON any more: the chain is broken at this event.
      return { kind, id, length: rows.length, problem: `event ${row.seq} payload is not JSON` };
    }
    parsed.push({
      seq: row.seq,
      type: row.type,
      at: row.at,
      payload,
      prevHash: row.prev_hash,
      hash: row.hash,
    });
  }
  const verdict = verifyChain(parsed);
  return verdict.ok
    ? { kind, id, length: verdict.length, head: verdict.head }
    : { kind, id, length: rows.length, problem: verdict.problem };
}
