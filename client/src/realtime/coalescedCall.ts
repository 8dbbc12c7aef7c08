// Turns a burst of notifications into one call, made after a random delay within a spread. A public page
// watched by a thousand people reloads its view when new events arrive: without the spread they would all
// ask at the same instant, and a facilitator's run of actions would cost one reload per action.

export interface Timers {
  set(callback: () => void, delayMs: number): unknown;
  clear(handle: unknown): void;
}

export interface CoalescedCall {
  /** Asks for a call; calls asked for before it happens are merged into it. */
  request(): void;
  /** Drops a pending call (the component went away). */
  cancel(): void;
}

export function coalescedCall(
  call: () => void,
  options: { spreadMs: number; random: () => number; timers: Timers },
): CoalescedCall {
  let pending: unknown;
  return {
    request() {
      // No spread: nothing to merge or spread, the call is made at once.
      if (options.spreadMs <= 0) return call();
      if (pending !== undefined) return;
      const delay = Math.floor(options.random() * options.spreadMs);
      pending = options.timers.set(() => {
        pending = undefined;
        call();
      }, delay);
    },
    cancel() {
      if (pending === undefined) return;
      options.timers.clear(pending);
      pending = undefined;
    },
  };
}
