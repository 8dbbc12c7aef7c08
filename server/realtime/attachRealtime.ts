// Live updates over Socket.IO: anyone may follow a process's public log (it is public); every payload is
// parsed with zod before a handler sees it, and events are pushed only after they are durable.

import type { Server, Socket } from 'socket.io';
import { ErrorCode } from '../../shared/errors';
import { describeIssues } from '../../shared/lottery/protocol';
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
): () => void {
  io.on('connection', (socket: RealtimeSocket) => {
    socket.data.protocolVersion = PROTOCOL_VERSION;
    socket.on('process:watch', (payload, ack) => {
      if (typeof ack !== 'function') return;
      const parsed = ProcessWatch.safeParse(payload);
      if (!parsed.success)
        return ack({
          ok: false,
          error: { code: ErrorCode.ValidationFailed, message: describeIssues(parsed.error) },
        });
      const state = ceremony.list().find((process) => process.id === parsed.data.processId);
      if (state === undefined)
        return ack({
          ok: false,
          error: { code: ErrorCode.ProcessNotFound, message: 'no such process' },
        });
      void socket.join(processRoom(state.id));
      return ack({ ok: true, data: { lastSeq: state.lastSeq, head: state.head } });
    });
    socket.on('process:unwatch', (payload, ack) => {
      if (typeof ack !== 'function') return;
      const parsed = ProcessWatch.safeParse(payload);
      if (!parsed.success)
        return ack({
          ok: false,
          error: { code: ErrorCode.ValidationFailed, message: describeIssues(parsed.error) },
        });
      void socket.leave(processRoom(parsed.data.processId));
      return ack({ ok: true, data: null });
    });
  });
  // A confidential deliberation's events go out withheld until publication (docs/event-log.md).
  return ceremony.onEvents((processId, events) =>
    io.to(processRoom(processId)).emit('process:events', {
      processId,
      events: pushedEntries(ceremony.state(processId), events, () => store.events(processId)),
    }),
  );
}
