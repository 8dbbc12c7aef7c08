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
 * Follows a process's public log: `onEntries` gets each push as it arrives, `onWatching` the head the server
 * reported when the page (re)started watching (after a reconnection, pushes may have been missed).
 * Returns what stops following.
 */
export function watchProcess(
  processId: string,
  onEntries: (entries: readonly unknown[]) => void,
  onWatching: (head: { lastSeq: number; head: string }) => void = () => undefined,
): () => void {
  const s = socket();
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
  s.on('process:events', handler);
  s.on('connect', watch);
  if (s.connected) watch();
  return () => {
    s.off('process:events', handler);
    s.off('connect', watch);
    void s.emitWithAck('process:unwatch', { processId }).catch(() => undefined);
  };
}

/** A coalesced call on the page's timers (see coalescedCall). */
export function pageCoalescedCall(call: () => void, spreadMs: number) {
  return coalescedCall(call, { spreadMs, random: Math.random, timers: browserTimers });
}

/**
 * Calls back when new events of the process are durable. With `spreadMs`, the callbacks of a burst are
 * merged into one, made after a random delay below `spreadMs`, so that the many viewers of a public page
 * do not all reload at the same instant. With `isRelevant`, pushes that hold no relevant entry are ignored.
 */
export function useProcessEvents(
  processId: string | undefined,
  onEvents: () => void,
  options: { spreadMs?: number; isRelevant?: (entries: readonly unknown[]) => boolean } = {},
): void {
  const callback = useRef(onEvents);
  callback.current = onEvents;
  const isRelevant = useRef(options.isRelevant);
  isRelevant.current = options.isRelevant;
  const spreadMs = options.spreadMs ?? 0;
  useEffect(() => {
    if (processId === undefined) return undefined;
    const reload = pageCoalescedCall(() => callback.current(), spreadMs);
    const stop = watchProcess(processId, (entries) => {
      if (isRelevant.current === undefined || isRelevant.current(entries)) reload.request();
    });
    return () => {
      reload.cancel();
      stop();
    };
  }, [processId, spreadMs]);
}
