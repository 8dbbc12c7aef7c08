// Event-loop delay of one of the bench's processes (Node's monitorEventLoopDelay): how long a callback
// that was ready had to wait. In the server it is what an ack waits behind; in a client process it is the
// part of a measured latency that is the client's own queue.

import { monitorEventLoopDelay } from 'node:perf_hooks';
import { z } from 'zod';

export const LoopDelaySchema = z.strictObject({
  p50: z.number(),
  p99: z.number(),
  max: z.number(),
});
export type LoopDelay = z.infer<typeof LoopDelaySchema>;

export function watchLoopDelay(): { take(scope: 'interval' | 'total'): LoopDelay } {
  const total = monitorEventLoopDelay({ resolution: 10 });
  const interval = monitorEventLoopDelay({ resolution: 10 });
  total.enable();
  interval.enable();
  const ms = (ns: number) => ns / 1e6;
  return {
    take(scope) {
      const histogram = scope === 'total' ? total : interval;
      const delay = {
        p50: ms(histogram.percentile(50)),
        p99: ms(histogram.percentile(99)),
        max: ms(histogram.max),
      };
      if (scope === 'interval') interval.reset();
      return delay;
    },
  };
}
