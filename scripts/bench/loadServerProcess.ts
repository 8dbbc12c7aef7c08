// Parent side of the `bench:load` server child: forks scripts/bench/loadServer.ts, talks to it over IPC,
// and samples its resident memory (VmRSS in /proc/<pid>/status) every second.

import { FromLoadServer, type ToLoadServer } from './loadServerMessages';
import { readRssMb } from './procStatus';
import { forkTs } from './tsChild';

type Answer<K extends FromLoadServer['kind']> = Extract<FromLoadServer, { kind: K }>;

export interface RssFigures {
  minMb: number;
  maxMb: number;
  lastMb: number;
}

export interface LoadServer extends Omit<Answer<'ready'>, 'kind'> {
  pid: number;
  observe(socketIds: string[]): Promise<Answer<'observing'>>;
  counts(): Promise<Answer<'counts'>>;
  stats(scope: 'interval' | 'total'): Promise<Answer<'stats'>>;
  /** RSS figures since the start; undefined without /proc. */
  rss(): RssFigures | undefined;
  /** RSS figures since the previous call. */
  rssInterval(): RssFigures | undefined;
  stop(): Promise<void>;
}

export async function startLoadServer(options: {
  dossiers: number;
  jurors: number;
  cpuProfileDir?: string;
  onEmitted: (event: string, at: number) => void;
  onCrash: (reason: string) => void;
}): Promise<LoadServer> {
  const child = forkTs<ToLoadServer, FromLoadServer>(
    new URL('./loadServer.ts', import.meta.url),
    [String(options.dossiers), String(options.jurors)],
    FromLoadServer,
    {
      execArgv:
        options.cpuProfileDir === undefined
          ? []
          : ['--cpu-prof', '--cpu-prof-dir', options.cpuProfileDir],
      onMessage: (message) => {
        if (message.kind === 'emitted') options.onEmitted(message.event, message.at);
      },
      onCrash: options.onCrash,
    },
  );
  const { kind: _kind, ...ready } = await child.request('ready');

  const total = { minMb: Infinity, maxMb: 0, lastMb: 0 };
  let interval = { ...total };
  const sample = () => {
    const mb = readRssMb(child.pid);
    if (mb === undefined) return;
    for (const figures of [total, interval]) {
      figures.minMb = Math.min(figures.minMb, mb);
      figures.maxMb = Math.max(figures.maxMb, mb);
      figures.lastMb = mb;
    }
  };
  sample();
  const sampler = setInterval(sample, 1000);
  const figuresOf = (figures: RssFigures) => (figures.maxMb === 0 ? undefined : { ...figures });

  return {
    ...ready,
    pid: child.pid,
    observe: (socketIds) => child.request('observing', { kind: 'observe', socketIds }),
    counts: () => child.request('counts', { kind: 'counts' }),
    stats: (scope) => child.request('stats', { kind: 'stats', scope }),
    rss: () => figuresOf(total),
    rssInterval: () => {
      const figures = figuresOf(interval);
      interval = { minMb: Infinity, maxMb: 0, lastMb: total.lastMb };
      return figures;
    },
    async stop() {
      clearInterval(sampler);
      await child.stop({ kind: 'stop' });
    },
  };
}
