import { beforeEach, describe, expect, it, vi } from 'vitest';

// A stand-in for socket.io-client's connection: records what is emitted and lets the test push.
const fake = vi.hoisted(() => {
  const handlers = new Map<string, Set<(...args: unknown[]) => void>>();
  const emitted: { event: string; payload: unknown }[] = [];
  const opened: { forceNew: boolean }[] = [];
  const socket = {
    connected: true,
    on(event: string, handler: (...args: unknown[]) => void) {
      if (!handlers.has(event)) handlers.set(event, new Set());
      handlers.get(event)!.add(handler);
      return socket;
    },
    off(event: string, handler: (...args: unknown[]) => void) {
      handlers.get(event)?.delete(handler);
      return socket;
    },
    emitWithAck(event: string, payload: unknown) {
      emitted.push({ event, payload });
      return Promise.resolve({ ok: true, data: { lastSeq: 7, head: 'h' } });
    },
  };
  const push = (event: string, payload: unknown) =>
    handlers.get(event)?.forEach((handler) => handler(payload));
  return { socket, emitted, opened, push };
});

vi.mock('socket.io-client', () => ({
  io: (options: { forceNew?: boolean }) => {
    fake.opened.push({ forceNew: options.forceNew === true });
    return options.forceNew === true ? { ...fake.socket } : fake.socket;
  },
}));

const { openRoomSocket, watchProcess } = await import('./socket');

const PROCESS = '0123456789abcdef';

beforeEach(() => {
  fake.emitted.length = 0;
});

describe('the client’s socket module', () => {
  it('shares one connection and one subscription per process between watchers; the last to stop unwatches', async () => {
    const first: unknown[] = [];
    const second: unknown[] = [];
    const heads: number[] = [];
    const stopFirst = watchProcess(PROCESS, (entries) => first.push(...entries));
    const stopSecond = watchProcess(
      PROCESS,
      (entries) => second.push(...entries),
      (head) => heads.push(head.lastSeq),
    );
    await Promise.resolve();
    expect(fake.opened).toEqual([{ forceNew: false }]);
    expect(heads).toEqual([7]);

    fake.push('process:events', { processId: PROCESS, events: [{ seq: 8 }] });
    fake.push('process:events', { processId: 'fedcba9876543210', events: [{ seq: 1 }] });
    expect(first).toEqual([{ seq: 8 }]);
    expect(second).toEqual([{ seq: 8 }]);

    // One watcher leaving (a panel unmounted) keeps the page's subscription.
    stopFirst();
    stopFirst();
    expect(fake.emitted.filter((e) => e.event === 'process:unwatch')).toEqual([]);
    fake.push('process:events', { processId: PROCESS, events: [{ seq: 9 }] });
    expect(first).toEqual([{ seq: 8 }]);
    expect(second).toEqual([{ seq: 8 }, { seq: 9 }]);

    stopSecond();
    expect(fake.emitted.filter((e) => e.event === 'process:unwatch')).toEqual([
      { event: 'process:unwatch', payload: { processId: PROCESS } },
    ]);
  });

  it('gives each room participant a connection of its own', () => {
    const opened = fake.opened.length;
    openRoomSocket();
    openRoomSocket();
    expect(fake.opened.slice(opened)).toEqual([{ forceNew: true }, { forceNew: true }]);
  });
});
