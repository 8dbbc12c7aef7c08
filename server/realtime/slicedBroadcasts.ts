// Writes a broadcast to many sockets in slices, one slice per turn of the event loop, so that HTTP requests
// and acks are served between the slices instead of waiting behind a thousand socket writes. Every socket
// still receives the broadcasts in the order they were made: the slices of one broadcast all go out before
// any slice of the next, and a small broadcast waits behind a large one still in progress.

import type { Namespace } from 'socket.io';

type Adapter = Namespace['adapter'];
type BroadcastOptions = Parameters<Adapter['broadcast']>[1];

/** Sockets written per turn of the event loop (about 1 to 3 ms of writes on the reference machine). */
export const BROADCAST_SLICE_SIZE = 100;

export interface SlicedBroadcasts {
  /** Slices waiting to be written. */
  pending(): number;
  /** Drops what is still waiting (the server is closing). */
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
 * room named by its own id, so a slice is a broadcast to those rooms). The first slice is written at once.
 * A socket that leaves a room after its broadcast was sliced still receives that broadcast.
 */
export function sliceBroadcasts(
  adapter: Adapter,
  options: { sliceSize?: number; schedule?: (run: () => void) => void } = {},
): SlicedBroadcasts {
  const sliceSize = options.sliceSize ?? BROADCAST_SLICE_SIZE;
  const schedule = options.schedule ?? ((run: () => void) => void setImmediate(run));
  const write = adapter.broadcast.bind(adapter);
  const queue: (() => void)[] = [];
  let isDraining = false;
  let isStopped = false;
  const drain = (): void => {
    queue.shift()?.();
    if (queue.length > 0 && !isStopped) schedule(drain);
    else isDraining = false;
  };
  adapter.broadcast = (packet: unknown, broadcastOptions: BroadcastOptions) => {
    if (isStopped) return;
    const targets = targetsOf(adapter, broadcastOptions);
    // Invariant: nothing overtakes a sliced broadcast still in progress.
    if (!isDraining && targets.length <= sliceSize) return write(packet, broadcastOptions);
    for (let start = 0; start < targets.length; start += sliceSize) {
      const rooms = new Set(targets.slice(start, start + sliceSize));
      queue.push(() => write(packet, { ...broadcastOptions, rooms, except: new Set() }));
    }
    if (!isDraining && queue.length > 0) {
      isDraining = true;
      drain();
    }
  };
  return {
    pending: () => queue.length,
    stop() {
      isStopped = true;
      queue.length = 0;
    },
  };
}
