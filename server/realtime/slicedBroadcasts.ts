// Writes a broadcast to many sockets in slices across turns of the event loop, a few milliseconds of writes
// per turn, so that HTTP requests and acks are served between the slices instead of waiting behind a
// thousand socket writes. Every socket still receives the broadcasts in the order they were made: a
// broadcast to a socket that still has writes waiting goes behind them.

import type { Namespace } from 'socket.io';

type Adapter = Namespace['adapter'];
type BroadcastOptions = Parameters<Adapter['broadcast']>[1];

/** Sockets per slice: the unit of work between two checks of the time spent in this turn. */
export const BROADCAST_SLICE_SIZE = 50;
/**
 * Writes stop for this turn once they have taken this long; the next slice waits for the next turn. About
 * 300 sockets fit in one turn on the reference machine (one room's observers), 1,000 take two or three.
 */
export const BROADCAST_TURN_BUDGET_MS = 8;

export interface SlicedBroadcasts {
  /** Slices waiting to be written. */
  pending(): number;
  /** Drops what is still waiting and gives the adapter back its own broadcast (the server is closing). */
  stop(): void;
}

/** The sockets a broadcast reaches, as the adapter itself resolves rooms and exceptions. */
function targetsOf(adapter: Adapter, options: BroadcastOptions): string[] {
  const except = new Set<string>();
  for (const room of options.except ?? [])
    for (const id of adapter.rooms.get(room) ?? []) except.add(id);
  const members =
    options.rooms.size > 0
      ? [...options.rooms].map((room) => adapter.rooms.get(room) ?? new Set<string>())
      : [adapter.sids.keys()];
  const ids = new Set<string>();
  for (const room of members) for (const id of room) if (!except.has(id)) ids.add(id);
  return [...ids];
}

/**
 * Makes `adapter` write broadcasts that reach more than `sliceSize` sockets in slices (each socket is in a
 * room named by its own id, so a slice is a broadcast to those rooms). Slices are written at once until
 * `budgetMs` is spent, then one turn of the event loop later, and so on. A small broadcast whose sockets
 * have nothing waiting is written at once. A socket that leaves a room after its broadcast was sliced still
 * receives that broadcast.
 */
export function sliceBroadcasts(
  adapter: Adapter,
  options: {
    sliceSize?: number;
    budgetMs?: number;
    now?: () => number;
    schedule?: (run: () => void) => void;
  } = {},
): SlicedBroadcasts {
  const sliceSize = options.sliceSize ?? BROADCAST_SLICE_SIZE;
  const budgetMs = options.budgetMs ?? BROADCAST_TURN_BUDGET_MS;
  const now = options.now ?? (() => performance.now());
  const schedule = options.schedule ?? ((run: () => void) => void setImmediate(run));
  const write = adapter.broadcast.bind(adapter);
  const queue: { targets: string[]; run: () => void }[] = [];
  /** socket id → slices waiting that include it. */
  const waiting = new Map<string, number>();
  let isScheduled = false;
  let isStopped = false;

  const drain = (): void => {
    isScheduled = false;
    const start = now();
    while (queue.length > 0 && !isStopped) {
      const slice = queue.shift() as (typeof queue)[number];
      for (const id of slice.targets) {
        const left = (waiting.get(id) ?? 1) - 1;
        if (left === 0) waiting.delete(id);
        else waiting.set(id, left);
      }
      slice.run();
      if (now() - start >= budgetMs) break;
    }
    if (queue.length > 0 && !isStopped) {
      isScheduled = true;
      schedule(drain);
    }
  };

  const sliced = (packet: unknown, broadcastOptions: BroadcastOptions): void => {
    if (isStopped) return;
    const targets = targetsOf(adapter, broadcastOptions);
    // Invariant: nothing overtakes a write still waiting for the same socket.
    if (targets.length <= sliceSize && targets.every((id) => !waiting.has(id)))
      return write(packet, broadcastOptions);
    for (let start = 0; start < targets.length; start += sliceSize) {
      const slice = targets.slice(start, start + sliceSize);
      for (const id of slice) waiting.set(id, (waiting.get(id) ?? 0) + 1);
      const rooms = new Set(slice);
      queue.push({
        targets: slice,
        run: () => write(packet, { ...broadcastOptions, rooms, except: new Set() }),
      });
    }
    if (!isScheduled) drain();
  };
  adapter.broadcast = sliced;
  return {
    pending: () => queue.length,
    stop() {
      isStopped = true;
      queue.length = 0;
      waiting.clear();
      if (adapter.broadcast === sliced) adapter.broadcast = write;
    },
  };
}
