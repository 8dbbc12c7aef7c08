// Parent side of the `bench:load` observers child (scripts/bench/loadObserversMain.ts).

import { FromObservers, type ToObservers } from './loadObserverMessages';
import { forkTs } from './tsChild';

type Answer<K extends FromObservers['kind']> = Extract<FromObservers, { kind: K }>;

export interface ObserversProcess {
  pid: number;
  socketIds: string[];
  /** Passes on the server's report of a broadcast's emit time. */
  emitted(event: string, at: number): void;
  reset(): Promise<void>;
  report(scope: 'interval' | 'total'): Promise<Answer<'report'>>;
  check(broadcasts: Record<string, number>, lastSeq: number): Promise<Answer<'check'>>;
  close(): Promise<void>;
}

export async function startObservers(
  url: string,
  processId: string,
  count: number,
  onCrash: (reason: string) => void,
): Promise<ObserversProcess> {
  const child = forkTs<ToObservers, FromObservers>(
    new URL('./loadObserversMain.ts', import.meta.url),
    [url, processId, String(count)],
    FromObservers,
    { onCrash },
  );
  const { socketIds } = await child.request('connected');
  return {
    pid: child.pid,
    socketIds,
    emitted: (event, at) => child.send({ kind: 'emitted', event, at }),
    reset: async () => void (await child.request('reset', { kind: 'reset' })),
    report: (scope) => child.request('report', { kind: 'report', scope }),
    check: (broadcasts, lastSeq) => child.request('check', { kind: 'check', broadcasts, lastSeq }),
    close: () => child.stop({ kind: 'close' }),
  };
}
