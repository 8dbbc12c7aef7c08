// The public-page traffic of `bench:load`: GET requests on a fixed schedule (open loop: a request leaves
// on time whether or not the previous ones have answered), cycling through the given paths.

import type { LoadMetrics } from './loadMetrics';

export interface HttpLoad {
  /** Stops scheduling and waits for the requests in flight. Returns the generator's worst lateness (ms). */
  stop(): Promise<{ maxLagMs: number }>;
}

export function startHttpLoad(
  base: string,
  paths: string[],
  rps: number,
  metrics: LoadMetrics,
): HttpLoad {
  const inFlight = new Set<Promise<void>>();
  let maxLagMs = 0;
  let isStopped = false;
  let timer: NodeJS.Timeout | undefined;
  const start = performance.now();
  let sent = 0;

  const request = async (path: string) => {
    const begin = performance.now();
    const label = path.replace(/[0-9a-f]{16}/, ':id');
    try {
      const response = await fetch(`${base}${path}`);
      await response.arrayBuffer();
      metrics.recordHttp(label, performance.now() - begin);
      if (response.status < 200 || response.status > 299)
        metrics.countError(`HTTP ${response.status} (${label})`);
    } catch (error) {
      metrics.countError(`HTTP request failed (${(error as Error).message})`);
    } finally {
      metrics.httpRequests++;
    }
  };

  const tick = () => {
    if (isStopped) return;
    const now = performance.now();
    // Every request whose time has come leaves now, even if the generator was late.
    while (start + (sent * 1000) / rps <= now) {
      maxLagMs = Math.max(maxLagMs, now - (start + (sent * 1000) / rps));
      const path = paths[sent % paths.length] as string;
      sent++;
      const pending = request(path);
      inFlight.add(pending);
      void pending.then(() => inFlight.delete(pending));
    }
    timer = setTimeout(tick, Math.max(0, start + (sent * 1000) / rps - performance.now()));
  };
  if (rps > 0 && paths.length > 0) tick();

  return {
    async stop() {
      isStopped = true;
      clearTimeout(timer);
      await Promise.all(inFlight);
      return { maxLagMs };
    },
  };
}
