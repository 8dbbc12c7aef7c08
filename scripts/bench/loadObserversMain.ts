// Child process of `bench:load`: the observers, in their own process so that receiving a thousand sockets'
// traffic does not delay the jurors' and the HTTP client's measurements. argv: <url> <processId> <count>

import { DeliveryLatency } from './deliveryLatency';
import type { LatencySummary } from './latencyHistogram';
import { FromObservers, ToObservers } from './loadObserverMessages';
import { connectObservers, hasEverything } from './loadObservers';
import { watchLoopDelay } from './loopDelay';

const [url, processId, count] = process.argv.slice(2);
if (url === undefined || processId === undefined || !(Number(count) >= 0))
  throw new Error('usage: loadObserversMain.ts <url> <processId> <count>');

const send = (message: FromObservers) => process.send?.(FromObservers.parse(message));
const delivery = new DeliveryLatency();
const loopDelay = watchLoopDelay();
const errors: Record<string, number> = {};
const observers = await connectObservers(url, processId, Number(count), delivery, (kind) => {
  errors[kind] = (errors[kind] ?? 0) + 1;
});

process.on('message', (raw: unknown) => {
  const message = ToObservers.parse(raw);
  switch (message.kind) {
    case 'emitted':
      return delivery.emitted(message.event, message.at);
    case 'reset':
      observers.resetCounts();
      return send({ kind: 'reset' });
    case 'report': {
      const summaries: Record<string, LatencySummary> = {};
      for (const [event, window] of delivery.windows)
        summaries[event] =
          message.scope === 'interval' ? window.takeInterval() : window.total.summary();
      const received = observers.list.reduce(
        (sum, o) => sum + Object.values(o.received).reduce((a, b) => a + b, 0),
        0,
      );
      return send({
        kind: 'report',
        delivery: summaries,
        errors: { ...errors },
        received,
        loopDelay: loopDelay.take(message.scope),
      });
    }
    case 'check':
      return send({
        kind: 'check',
        complete: observers.list.filter((o) =>
          hasEverything(o, message.broadcasts, message.lastSeq),
        ).length,
        observers: observers.list.length,
        unmatched: delivery.unmatched(),
      });
    case 'close':
      observers.close();
      return process.exit(0);
  }
});

send({ kind: 'connected', socketIds: observers.list.map((o) => o.socket.id as string) });
