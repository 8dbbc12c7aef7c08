// Appends events to a process's hash chain inside one SQLite transaction, together with any private writes,
// and keeps each process's folded state in memory. Nothing is acknowledged before the commit returns.

import type { Db } from '../db/openDatabase';
import { chainEvent, type ChainedEvent } from '../../shared/events/eventChain';
import type { NewEvent } from '../../shared/process/processCommands';
import { applyEvent, type ProcessState } from '../../shared/process/processState';

interface EventRow {
  seq: number;
  type: string;
  at: string;
  payload: string;
  prev_hash: string;
  hash: string;
}

export interface EventStore {
  processIds(): string[];
  state(processId: string): ProcessState | undefined;
  events(processId: string): ChainedEvent[];
  /**
   * Appends `events` at time `at` and runs `privateWrites` in the same transaction; on any error nothing is
   * written. Returns the chained events and the new state.
   */
  append(
    processId: string,
    events: readonly NewEvent[],
    at: Date,
    privateWrites?: () => void,
  ): { appended: ChainedEvent[]; state: ProcessState };
}

export function createEventStore(db: Db): EventStore {
  const insert = db.prepare(
    'INSERT INTO events (process_id, seq, type, at, payload, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const selectAll = db.prepare(
    'SELECT seq, type, at, payload, prev_hash, hash FROM events WHERE process_id = ? ORDER BY seq',
  );
  const states = new Map<string, ProcessState>();
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
  for (const { process_id: id } of db.prepare('SELECT DISTINCT process_id FROM events').all() as {
    process_id: string;
  }[]) {
    const events = (selectAll.all(id) as EventRow[]).map(toEvent);
    states.set(id, events.reduce<ProcessState | undefined>(applyEvent, undefined) as ProcessState);
    heads.set(id, events[events.length - 1] as ChainedEvent);
  }

  const appendTransaction = db.transaction(
    (processId: string, events: readonly NewEvent[], now: string, privateWrites?: () => void) => {
      let head = heads.get(processId);
      // Invariant: `at` never decreases along a chain, even if the clock steps back (NTP, restarts).
      const at = head !== undefined && Date.parse(head.at) > Date.parse(now) ? head.at : now;
      let state = states.get(processId);
      const appended: ChainedEvent[] = [];
      for (const event of events) {
        const chained = chainEvent(head, event.type, at, event.payload);
        // The reducer is the gatekeeper: an event the state machine rejects never reaches the log.
        state = applyEvent(state, chained);
        insert.run(
          processId,
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
      privateWrites?.();
      return { appended, state: state as ProcessState, head: head as ChainedEvent };
    },
  );

  return {
    processIds: () => [...states.keys()],
    state: (processId) => states.get(processId),
    events: (processId) => (selectAll.all(processId) as EventRow[]).map(toEvent),
    append(processId, events, at, privateWrites) {
      const result = appendTransaction(processId, events, at.toISOString(), privateWrites);
      // Only after the commit: the in-memory view follows the durable log.
      states.set(processId, result.state);
      heads.set(processId, result.head);
      return { appended: result.appended, state: result.state };
    },
  };
}
