// The jury processes' event store: one hash chain per process in the `events` table, folded by the
// process reducer (see chainStore.ts for the durability rules).

import type { Db } from '../db/openDatabase';
import type { ChainedEvent } from '../../shared/events/eventChain';
import type { NewEvent } from '../../shared/process/processCommands';
import { applyEvent, type ProcessState } from '../../shared/process/processState';
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
}

export function createEventStore(db: Db): EventStore {
  const chains = createChainStore<ProcessState, NewEvent>(
    db,
    { name: 'events', key: 'process_id' },
    applyEvent,
  );
  return {
    processIds: chains.ids,
    state: chains.state,
    events: chains.events,
    append: chains.append,
  };
}
