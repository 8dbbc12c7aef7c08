// Live updates over Socket.IO: anyone may follow a process's public log (it is public); every payload is
// parsed with zod before a handler sees it, and events are pushed only after they are durable.

import type { Server, Socket } from 'socket.io';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import {
  PROTOCOL_VERSION,
  ProcessWatch,
  processRoom,
  type ClientToServerEvents,
  type InterServerEvents,
  type ServerToClientEvents,
  type SocketData,
} from '../../shared/protocol';
import type { Ceremony } from '../services/ceremony';
import type { EventStore } from '../store/eventStore';
import type { Log } from '../ports';
import { acknowledged } from './acknowledged';
import { pushedEntries } from '../../shared/deliberation/confidentiality';

export type RealtimeServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  InterServerEvents,
  SocketData
>;
type RealtimeSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  InterServerEvents,
  SocketData
>;

export function attachRealtime(
  io: RealtimeServer,
  ceremony: Ceremony,
  store: Pick<EventStore, 'events'>,
  log: Pick<Log, 'error'>,
): () => void {
  io.on('connection', (socket: RealtimeSocket) => {
    socket.data.protocolVersion = PROTOCOL_VERSION;
    socket.on(
      'process:watch',
      acknowledged(
        ProcessWatch,
        ({ processId }) => {
          const state = ceremony.list().find((process) => process.id === processId);
          if (state === undefined)
            throw new KleroterionError(ErrorCode.ProcessNotFound, 'no such process');
          void socket.join(processRoom(state.id));
          return { lastSeq: state.lastSeq, head: state.head };
        },
        log,
      ),
    );
    socket.on(
      'process:unwatch',
      acknowledged(
        ProcessWatch,
        ({ processId }) => {
          void socket.leave(processRoom(processId));
          return null;
        },
        log,
      ),
    );
  });
  // A confidential deliberation's events go out withheld until publication (docs/event-log.md).
  return ceremony.onEvents((processId, events) =>
    io.to(processRoom(processId)).emit('process:events', {
      processId,
      events: pushedEntries(ceremony.state(processId), events, () => store.events(processId)),
    }),
  );
}
