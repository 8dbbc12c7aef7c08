import { describe, expect, it } from 'vitest';
import { verifyChain } from '../../shared/events/eventChain';
import { DEFAULT_SETTINGS, EventType, type ProcessEvent } from '../../shared/process/processEvents';
import { openDatabase } from '../db/openDatabase';
import { createEventStore } from './eventStore';

const created: ProcessEvent = {
  type: EventType.ProcessCreated,
  payload: { processId: 'p1', settings: { ...DEFAULT_SETTINGS, title: 'T' } },
};
const imported = (size: number): ProcessEvent => ({
  type: EventType.PoolImported,
  payload: { poolSize: size, poolRoot: 'ab'.repeat(32), attributeColumns: [] },
});

describe('event store', () => {
  it('never dates an event before the previous one, even if the clock steps back', () => {
    const store = createEventStore(openDatabase(':memory:'));
    store.append('p1', [created], new Date('2026-01-02T00:00:00Z'));
    store.append('p1', [imported(3)], new Date('2026-01-01T00:00:00Z'));
    const events = store.events('p1');
    expect(events.map((event) => event.at)).toEqual([
      '2026-01-02T00:00:00.000Z',
      '2026-01-02T00:00:00.000Z',
    ]);
    expect(verifyChain(events).ok).toBe(true);
  });

  it('writes nothing when the private writes fail, and keeps the previous state', () => {
    const db = openDatabase(':memory:');
    const store = createEventStore(db);
    store.append('p1', [created], new Date('2026-01-01T00:00:00Z'));
    expect(() =>
      store.append('p1', [imported(5)], new Date('2026-01-01T00:01:00Z'), () => {
        throw new Error('disk full');
      }),
    ).toThrow('disk full');
    expect(store.events('p1')).toHaveLength(1);
    expect(store.state('p1')?.pool).toBeUndefined();
    // The next append continues the chain from the durable head, not from the failed attempt.
    store.append('p1', [imported(4)], new Date('2026-01-01T00:02:00Z'));
    expect(verifyChain(store.events('p1'))).toMatchObject({ ok: true, length: 2 });
  });

  it('refuses an event the state machine rejects, writing nothing', () => {
    const store = createEventStore(openDatabase(':memory:'));
    expect(() => store.append('p1', [imported(2)], new Date())).toThrow(
      /must start with process.created/,
    );
    expect(store.events('p1')).toEqual([]);
  });

  it('rebuilds every state from the log when reopened', () => {
    const db = openDatabase(':memory:');
    const first = createEventStore(db);
    first.append('p1', [created, imported(7)], new Date('2026-01-01T00:00:00Z'));
    const second = createEventStore(db);
    expect(second.state('p1')).toEqual(first.state('p1'));
  });
});
