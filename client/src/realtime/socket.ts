// The browser's Socket.IO connections, typed by the socket contract (shared/protocol.ts): the only module
// of the client that opens a socket. Pages follow a process's public log through one shared connection;
// a room participant gets a connection of its own (see openRoomSocket). Hooks use these; components never.

import { io, type Socket } from 'socket.io-client';
import type { Ack, ClientToServerEvents, ServerToClientEvents } from '../../../shared/protocol';

/** A connection speaking the socket contract. */
export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** What an acknowledged request answers (shared/protocol.ts): its data, or a coded error. */
export type AckAnswer<T> = Parameters<Ack<T>>[0];

const TRANSPORTS = ['websocket', 'polling'];

let logConnection: ClientSocket | undefined;

/** The connection every watcher of a public log shares, opened with the first watcher. */
function sharedConnection(): ClientSocket {
  logConnection ??= io({ transports: TRANSPORTS });
  return logConnection;
}

/**
 * A new connection for one participant of a deliberation room. It is not the shared one: a room knows
 * its participant by the connection that joined (juror, facilitator, projector, observer), and the server
 * closes a revoked seat's or projector link's connections, which must not stop the page's log watchers.
 */
export function openRoomSocket(): ClientSocket {
  return io({ transports: TRANSPORTS, forceNew: true });
}

/** How many watchers follow each process on the shared connection: the last one to stop unwatches. */
const watchers = new Map<string, number>();

/**
 * Follows a process's public log: `onEntries` gets each push as it arrives, `onWatching` the head the server
 * reported when the page (re)started watching (after a reconnection, pushes may have been missed).
 * Several watchers of one process share its subscription. Returns what stops following.
 */
export function watchProcess(
  processId: string,
  onEntries: (entries: readonly unknown[]) => void,
  onWatching: (head: { lastSeq: number; head: string }) => void = () => undefined,
): () => void {
  const s = sharedConnection();
  const watch = () =>
    void s
      .emitWithAck('process:watch', { processId })
      .then((answer) => {
        if (answer.ok) onWatching(answer.data);
      })
      .catch(() => undefined);
  const handler = (payload: { processId: string; events: readonly unknown[] }) => {
    if (payload.processId === processId) onEntries(payload.events);
  };
  watchers.set(processId, (watchers.get(processId) ?? 0) + 1);
  s.on('process:events', handler);
  s.on('connect', watch);
  if (s.connected) watch();
  let isWatching = true;
  return () => {
    if (!isWatching) return;
    isWatching = false;
    s.off('process:events', handler);
    s.off('connect', watch);
    const left = (watchers.get(processId) ?? 1) - 1;
    if (left > 0) return void watchers.set(processId, left);
    // The server's subscription is the connection's, not the watcher's: only the last watcher leaves it.
    watchers.delete(processId);
    void s.emitWithAck('process:unwatch', { processId }).catch(() => undefined);
  };
}
