// Calls back when new events of a process are durable, for pages whose state is a server-side view that
// pushed entries cannot update (the socket is client/src/realtime/socket.ts). Components use this hook.

import { useEffect, useRef } from 'react';
import { coalescedCall } from './coalescedCall';
import { watchProcess } from './socket';

/** Public pages spread their reloads over this window after new events. */
export const PUBLIC_RELOAD_SPREAD_MS = 1500;

/** Timers of the page, for coalescedCall. */
const browserTimers = {
  set: (callback: () => void, delayMs: number) => window.setTimeout(callback, delayMs),
  clear: (handle: unknown) => window.clearTimeout(handle as number),
};

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

/**
 * Calls `reload` after `value` changes (not at the first render), the calls of a burst merged into one made
 * within `spreadMs`: for a part of a page that needs the server's answer whenever the page's own fold moves.
 */
export function useReloadOnChange(value: unknown, reload: () => void, spreadMs: number): void {
  const callback = useRef(reload);
  callback.current = reload;
  const call = useRef<ReturnType<typeof pageCoalescedCall> | undefined>(undefined);
  useEffect(() => {
    const coalesced = pageCoalescedCall(() => callback.current(), spreadMs);
    call.current = coalesced;
    return () => {
      coalesced.cancel();
      call.current = undefined;
    };
  }, [spreadMs]);
  const previous = useRef(value);
  useEffect(() => {
    if (Object.is(previous.current, value)) return;
    previous.current = value;
    call.current?.request();
  }, [value]);
}
