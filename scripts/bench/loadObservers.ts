// The public of `bench:load`: socket.io clients that follow the process as the public pages do, each on
// its own connection: `process:watch` (the public page's live log) and `room:join` without a token (the
// public room view). Each counts what it receives, times it, and checks the log arrives whole and in order.

import { io as connect, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/protocol';
import { wallClockMs, type DeliveryLatency } from './deliveryLatency';

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface Observer {
  socket: Client;
  /** Messages received since `resetCounts`, by event name. */
  received: Record<string, number>;
  /** Highest log sequence number received, and whether a gap or a repeat was seen since `resetCounts`. */
  lastSeq: number;
  hasGap: boolean;
}

export interface Observers {
  list: Observer[];
  /** Starts counting from zero (call while nothing is being broadcast). */
  resetCounts(): void;
  /** Disconnects everyone; disconnects are no longer counted as errors. */
  close(): void;
}

/** Opens a client socket (websocket only, its own connection, no reconnection) and waits for it. */
export function openSocket(url: string, cookie?: string): Promise<Client> {
  const socket: Client = connect(url, {
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    ...(cookie === undefined ? {} : { extraHeaders: { cookie } }),
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

/** Whether the observer got exactly the counted broadcasts and the log up to `lastSeq`, without gaps. */
export function hasEverything(
  observer: Observer,
  broadcasts: Record<string, number>,
  lastSeq: number,
): boolean {
  return (
    !observer.hasGap &&
    observer.lastSeq === lastSeq &&
    Object.entries(broadcasts).every(([event, n]) => (observer.received[event] ?? 0) === n) &&
    Object.keys(observer.received).every((event) => event in broadcasts)
  );
}

export async function connectObservers(
  url: string,
  processId: string,
  count: number,
  delivery: DeliveryLatency,
  countError: (kind: string) => void,
): Promise<Observers> {
  let isClosing = false;
  let isCounting = false;
  const list: Observer[] = [];
  const connectOne = async (): Promise<Observer> => {
    const socket = await openSocket(url);
    const observer: Observer = { socket, received: {}, lastSeq: 0, hasGap: false };
    const arrived = (event: string) => {
      const at = wallClockMs();
      if (!isCounting) return;
      const n = observer.received[event] ?? 0;
      observer.received[event] = n + 1;
      delivery.arrived(event, n, at);
    };
    socket.on('process:events', ({ events }) => {
      arrived('process:events');
      for (const event of events) {
        if (event.seq !== observer.lastSeq + 1) observer.hasGap = true;
        observer.lastSeq = event.seq;
      }
    });
    socket.on('room:view', () => arrived('room:view'));
    socket.on('room:progress', () => arrived('room:progress'));
    socket.on('disconnect', (reason) => {
      if (!isClosing) countError(`observer disconnected (${reason})`);
    });
    const watch = await socket.emitWithAck('process:watch', { processId });
    if (!watch.ok) throw new Error(`process:watch refused: ${watch.error.code}`);
    observer.lastSeq = watch.data.lastSeq;
    const join = await socket.emitWithAck('room:join', { processId });
    if (!join.ok) throw new Error(`room:join refused: ${join.error.code}`);
    return observer;
  };
  // In batches, as a crowd arriving rather than one burst of a thousand handshakes.
  for (let start = 0; start < count; start += 50) {
    const batch = Math.min(50, count - start);
    list.push(...(await Promise.all(Array.from({ length: batch }, connectOne))));
  }
  return {
    list,
    resetCounts() {
      isCounting = true;
      for (const observer of list) {
        observer.received = {};
        observer.hasGap = false;
      }
    },
    close() {
      isClosing = true;
      for (const observer of list) observer.socket.disconnect();
    },
  };
}
