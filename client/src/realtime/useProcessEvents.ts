// Follows a process's public log over Socket.IO and calls back when new events are durable.
// Components use this hook; none of them emits socket events itself.

import { useEffect, useRef } from 'react';
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../../shared/protocol';
import { coalescedCall } from './coalescedCall';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
let shared: ClientSocket | undefined;

function socket(): ClientSocket {
  shared ??= io({ transports: ['websocket', 'polling'] });
  return shared;
}

/** Public pages spread their reloads over this window after new events. */
export const PUBLIC_RELOAD_SPREAD_MS = 1500;

/** Timers of the page, for coalescedCall. */
const browserTimers = {
  set: (callback: () => void, delayMs: number) => window.setTimeout(callback, delayMs),
  clear: (handle: unknown) => window.clearTimeout(handle as number),
};

/**
 * Calls back when new events of the process are durable. With `spreadMs`, the callbacks of a burst are
 * merged into one, made after a random delay below `spreadMs`, so that the many viewers of a public page
 * do not all reload at the same instant.
 */
export function useProcessEvents(
  processId: string | undefined,
  onEvents: () => void,
  options: { spreadMs?: number } = {},
): void {
  const callback = useRef(onEvents);
  callback.current = onEvents;
  const spreadMs = options.spreadMs ?? 0;
  useEffect(() => {
    if (processId === undefined) return undefined;
    const s = socket();
    const watch = () => void s.emitWithAck('process:watch', { processId }).catch(() => undefined);
    const reload = coalescedCall(() => callback.current(), {
      spreadMs,
      random: Math.random,
      timers: browserTimers,
    });
    const handler = (payload: { processId: string }) => {
      if (payload.processId === processId) reload.request();
    };
    s.on('process:events', handler);
    s.on('connect', watch);
    if (s.connected) watch();
    return () => {
      reload.cancel();
      s.off('process:events', handler);
      s.off('connect', watch);
      void s.emitWithAck('process:unwatch', { processId }).catch(() => undefined);
    };
  }, [processId, spreadMs]);
}
