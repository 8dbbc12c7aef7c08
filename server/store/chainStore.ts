// A hash-chained event stream per id, kept in one SQLite table: events are appended inside one
// transaction together with any private writes, and each stream's folded state is kept in memory.
// Nothing is acknowledged before the commit returns. Used for jury processes and for calls for projects.

import type { Db } from '../db/openDatabase';
import { chainEvent, type ChainedEvent } from '../../shared/events/eventChain';
import { selectEventRowsSql, type EventRow } from './eventRow';

export interface ChainStore<State, Event extends { type: string; payload: unknown }> {
  ids(): string[];
  state(id: string): State | undefined;
  events(id: string): ChainedEvent[];
  /**
   * Appends `events` at time `at` and runs `privateWrites` (given the chained events and the new state)
   * in the same transaction; on any error nothing is written. Returns the chained events and the new state.
   */
  append(
    id: string,
    events: readonly Event[],
    at: Date,
    privateWrites?: (appended: readonly ChainedEvent[], state: State) => void,
  ): { appended: ChainedEvent[]; state: State };
}

/**
 * @param table a table with columns (<key>, seq, type, at, payload, prev_hash, hash)
 * @param apply the stream's pure reducer; an event it rejects never reaches the table
 */
export function createChainStore<State, Event extends { type: string; payload: unknown }>(
  db: Db,
  table: { name: string; key: string },
  apply: (state: State | undefined, event: ChainedEvent) => State,
): ChainStore<State, Event> {
  const insert = db.prepare(
    `INSERT INTO ${table.name} (${table.key}, seq, type, at, payload, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const selectAll = db.prepare(selectEventRowsSql(table));
  const states = new Map<string, State>();
  const heads = new Map<string, ChainedEvent>();

  const toEvent = (row: EventRow): ChainedEvent => ({
    seq: row.seq,
    type: row.type,
    at: row.at,
    payload: JSON.parse(row.payload) as unknown,
    prevHash: row.prev_hash,
    hash: row.hash,
  });

  // Rebuild every state from the log at start-up: the log, not a cache, is the truth.
  const ids = db.prepare(`SELECT DISTINCT ${table.key} AS id FROM ${table.name}`).all() as {
    id: string;
  }[];
  for (const { id } of ids) {
    const events = (selectAll.all(id) as EventRow[]).map(toEvent);
    states.set(id, events.reduce<State | undefined>(apply, undefined) as State);
    heads.set(id, events[events.length - 1] as ChainedEvent);
  }

  const appendTransaction = db.transaction(
    (
      id: string,
      events: readonly Event[],
      now: string,
      privateWrites?: (appended: readonly ChainedEvent[], state: State) => void,
    ) => {
      let head = heads.get(id);
      // Invariant: `at` never decreases along a chain, even if the clock steps back (NTP, restarts).
      const at = head !== undefined && Date.parse(head.at) > Date.parse(now) ? head.at : now;
      let state = states.get(id);
      const appended: ChainedEvent[] = [];
      for (const event of events) {
        const chained = chainEvent(head, event.type, at, event.payload);
        // The reducer is the gatekeeper: an event the state machine rejects never reaches the log.
        state = apply(state, chained);
        insert.run(
          id,
          chained.seq,
          chained.type,
          chained.at,
          JSON.stringify(chained.payload),
          chained.prevHash,
          chained.hash,
        );
        appended.push(chained);
        head = chained;
      }
      privateWrites?.(appended, state as State);
      return { appended, state: state as State, head: head as ChainedEvent };
    },
  );

  return {
    ids: () => [...states.keys()],
    state: (id) => states.get(id),
    events: (id) => (selectAll.all(id) as EventRow[]).map(toEvent),
    append(id, events, at, privateWrites) {
      const result = appendTransaction(id, events, at.toISOString(), privateWrites);
      // Only after the commit: the in-memory view follows the durable log.
      states.set(id, result.state);
      heads.set(id, result.head);
      return { appended: result.appended, state: result.state };
    },
  };
}
