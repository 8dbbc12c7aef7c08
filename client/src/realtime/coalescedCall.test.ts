import { describe, expect, it } from 'vitest';
import { coalescedCall, type Timers } from './coalescedCall';

/** Manual timers: `advance` runs what is due. */
function manualTimers() {
  let now = 0;
  const queue: { at: number; callback: () => void; handle: number }[] = [];
  let next = 1;
  const timers: Timers = {
    set(callback, delayMs) {
      const handle = next++;
      queue.push({ at: now + delayMs, callback, handle });
      return handle;
    },
    clear(handle) {
      const i = queue.findIndex((entry) => entry.handle === handle);
      if (i >= 0) queue.splice(i, 1);
    },
  };
  const advance = (ms: number) => {
    now += ms;
    for (;;) {
      const due = queue.filter((entry) => entry.at <= now).sort((a, b) => a.at - b.at)[0];
      if (due === undefined) break;
      queue.splice(queue.indexOf(due), 1);
      due.callback();
    }
  };
  return { timers, advance, pending: () => queue.length, now: () => now };
}

describe('coalesced reloads on a public page', () => {
  it('merges a burst of notifications into one call, made within the spread', () => {
    const clock = manualTimers();
    let calls = 0;
    const reload = coalescedCall(() => calls++, {
      spreadMs: 1000,
      random: () => 0.75,
      timers: clock.timers,
    });
    reload.request();
    reload.request();
    clock.advance(500);
    reload.request();
    expect(calls).toBe(0);
    clock.advance(249);
    expect(calls).toBe(0);
    clock.advance(1);
    expect(calls).toBe(1);
    expect(clock.pending()).toBe(0);
    // A later notification asks for a new call.
    reload.request();
    clock.advance(1000);
    expect(calls).toBe(2);
  });

  it('spreads the viewers of one event over the whole window', () => {
    const clock = manualTimers();
    const times: number[] = [];
    const viewers = Array.from({ length: 10 }, (_, i) =>
      coalescedCall(() => times.push(clock.now()), {
        spreadMs: 1000,
        random: () => i / 10,
        timers: clock.timers,
      }),
    );
    for (const viewer of viewers) viewer.request();
    for (let step = 0; step < 10; step++) clock.advance(100);
    // Ten viewers with random draws 0, 0.1, … 0.9 reload at 0, 100, … 900 ms (each seen at the next step).
    expect(times).toEqual([100, 100, 200, 300, 400, 500, 600, 700, 800, 900]);
  });

  it('cancels a pending call when the page goes away', () => {
    const clock = manualTimers();
    let calls = 0;
    const reload = coalescedCall(() => calls++, {
      spreadMs: 1000,
      random: () => 0.5,
      timers: clock.timers,
    });
    reload.request();
    reload.cancel();
    clock.advance(2000);
    expect(calls).toBe(0);
  });

  it('calls at once, for every notification, when there is no spread', () => {
    const clock = manualTimers();
    let calls = 0;
    const reload = coalescedCall(() => calls++, {
      spreadMs: 0,
      random: () => 0.5,
      timers: clock.timers,
    });
    reload.request();
    reload.request();
    expect(calls).toBe(2);
    expect(clock.pending()).toBe(0);
  });
});
