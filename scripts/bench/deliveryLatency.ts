// Delivery latency of broadcasts, server emit to client arrival, without timestamps in the protocol: the
// server's n-th broadcast of an event is the n-th message of that event each observer receives (both sides
// start counting at the same quiet instant), and both instants are wall-clock times on this machine.
// Arrivals that come before their emit time is known wait in a buffer.

import { LatencyWindow } from './latencyHistogram';

/** Now, in ms since the epoch with sub-millisecond precision, comparable across processes on this host. */
export const wallClockMs = (): number => performance.timeOrigin + performance.now();

export class DeliveryLatency {
  private readonly emits = new Map<string, number[]>();
  private readonly waiting = new Map<string, Map<number, number[]>>();
  readonly windows = new Map<string, LatencyWindow>();

  private windowOf(event: string): LatencyWindow {
    let window = this.windows.get(event);
    if (window === undefined) this.windows.set(event, (window = new LatencyWindow()));
    return window;
  }

  /** The server's next broadcast of `event` started at `at`. */
  emitted(event: string, at: number): void {
    const emits = this.emits.get(event) ?? [];
    this.emits.set(event, emits);
    const n = emits.push(at) - 1;
    const arrivals = this.waiting.get(event)?.get(n);
    if (arrivals === undefined) return;
    this.waiting.get(event)?.delete(n);
    for (const arrival of arrivals) this.windowOf(event).record(arrival - at);
  }

  /** A client received its n-th (0-based) message of `event` at `at`. */
  arrived(event: string, n: number, at: number): void {
    const emit = this.emits.get(event)?.[n];
    if (emit !== undefined) return this.windowOf(event).record(at - emit);
    const waiting = this.waiting.get(event) ?? new Map<number, number[]>();
    this.waiting.set(event, waiting);
    const arrivals = waiting.get(n) ?? [];
    waiting.set(n, arrivals);
    arrivals.push(at);
    return undefined;
  }

  /** Arrivals still waiting for their emit time (after the run: messages the server never counted). */
  unmatched(): number {
    let count = 0;
    for (const byIndex of this.waiting.values())
      for (const arrivals of byIndex.values()) count += arrivals.length;
    return count;
  }
}
