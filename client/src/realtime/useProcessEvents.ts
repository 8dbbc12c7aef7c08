// Follows a process's public log over Socket.IO and calls back when new events are durable.
// Components use this hook; none of them emits socket events itself.

import { useEffect, useRef } from 'react';
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../../shared/protocol';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
let shared: ClientSocket | undefined;

function socket(): ClientSocket {
  shared ??= io({ transports: ['websocket', 'polling'] });
  return shared;
}

export function useProcessEvents(processId: string | undefined, onEvents: () => void): void {
  const callback = useRef(onEvents);
  callback.current = onEvents;
  useEffect(() => {
    if (processId === undefined) return undefined;
    const s = socket();
    const watch = () => void s.emitWithAck('process:watch', { processId }).catch(() => undefined);
    const handler = (payload: { processId: string }) => {
      if (payload.processId === processId) callback.current();
    };
    s.on('process:events', handler);
    s.on('connect', watch);
    if (s.connected) watch();
    return () => {
      s.off('process:events', handler);
      s.off('connect', watch);
      void s.emitWithAck('process:unwatch', { processId }).catch(() => undefined);
    };
  }, [processId]);
}
