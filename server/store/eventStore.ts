// The jury processes' event store: one hash chain per process in the `events` table, folded by the
// process reducer (see chainStore.ts for the durability rules).

import type { Db } from '../db/openDatabase';
import type { ChainedEvent } from '../../shared/events/eventChain';
import type { NewEvent } from '../../shared/process/processCommands';
import { applyEvent, type ProcessState } from '../../shared/process/processState';
import { isWithheldNow } from '../../shared/deliberation/confidentiality';
import type { Checkpoint } from '../../shared/events/publicLogEntry';
import { RoomEventType } from '../../shared/deliberation/roomEvents';
import { createChainStore } from './chainStore';

export interface EventStore {
  processIds(): string[];
  state(processId: string): ProcessState | undefined;
  events(processId: string): ChainedEvent[];
  append(
    processId: string,
    events: readonly NewEvent[],
    at: Date,
    privateWrites?: () => void,
  ): { appended: ChainedEvent[]; state: ProcessState };
  /** The heads the public log showed while a confidential deliberation withheld its events. */
  checkpoints(processId: string): Checkpoint[];
}

export function createEventStore(db: Db): EventStore {
  const chains = createChainStore<ProcessState, NewEvent>(
    db,
    { name: 'events', key: 'process_id' },
    applyEvent,
  );
  const insertCheckpoint = db.prepare(
    'INSERT OR IGNORE INTO log_checkpoints (process_id, seq, hash, shown_at) VALUES (?, ?, ?, ?)',
  );
  const selectCheckpoints = db.prepare(
    'SELECT seq, hash, shown_at FROM log_checkpoints WHERE process_id = ? ORDER BY seq',
  );
  return {
    processIds: chains.ids,
    state: chains.state,
    events: chains.events,
    append: (processId, events, at, privateWrites) =>
      chains.append(processId, events, at, (appended, state) => {
        privateWrites?.();
        // A withheld event's head is public from its commit on: it is recorded as a checkpoint in the
        // same transaction, so no head is ever shown that the published artefacts will not carry.
        if (!isWithheldNow(state)) return;
        for (const event of appended)
          if (event.type !== RoomEventType.Opened)
            insertCheckpoint.run(processId, event.seq, event.hash, event.at);
      }),
    checkpoints: (processId) =>
      (selectCheckpoints.all(processId) as { seq: number; hash: string; shown_at: string }[]).map(
        (row) => ({ seq: row.seq, hash: row.hash, at: row.shown_at }),
      ),
  };
}
