// The engine of `bench:load` (and of its CI-sized test): starts the server child, seats the jury, starts
// the observers child, runs the scoring, the public-page traffic and the periodic reports for the
// duration, then checks that every observer received every broadcast the server sent to the public.

import { cpus, loadavg } from 'node:os';
import type { LatencySummary } from './latencyHistogram';
import { watchLoopDelay, type LoopDelay } from './loopDelay';
import { seatJury } from './loadJury';
import { LoadMetrics } from './loadMetrics';
import type { LoadOptions } from './loadOptions';
import { startHttpLoad } from './loadHttp';
import { startObservers, type ObserversProcess } from './loadObserversProcess';
import { startLoadServer, type RssFigures } from './loadServerProcess';
import { readCpuSeconds } from './procStatus';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface LoadFigures {
  /** Seconds since the measured run began. */
  seconds: number;
  scoreAcks: LatencySummary;
  facilitatorAcks: LatencySummary;
  http: LatencySummary;
  httpByPath: Record<string, LatencySummary>;
  /** Server emit to observer arrival, by event name. */
  delivery: Record<string, LatencySummary>;
  /** Since the start, by kind. */
  errors: Record<string, number>;
  rss: RssFigures | undefined;
  /** The server's V8 heap in use when the figures were taken. */
  heapUsedMb: number;
  /** How long each broadcast to the observers kept the server busy (its socket writes). */
  serverBroadcast: LatencySummary;
  eventsAppended: number;
  ballots: number;
  reveals: number;
  httpRequests: number;
  /** Messages received by all observers together. */
  received: number;
  /** Event-loop delay of each process. */
  loopDelay: { server: LoopDelay; observers: LoopDelay; main: LoopDelay };
}

export interface LoadSummary extends LoadFigures {
  options: LoadOptions;
  serverPid: number;
  httpPaths: string[];
  /** Broadcasts the server addressed to the observers' rooms, by event name. */
  broadcasts: Record<string, number>;
  observers: number;
  /** Observers that received exactly every broadcast and the whole log, in order. */
  completeObservers: number;
  httpMaxLagMs: number;
  dossiersLeft: number;
  /** CPU seconds used during the measured run, per process (undefined without /proc). */
  cpuSeconds: { server?: number; observers?: number; main: number };
  cores: number;
  /** The machine's 1-minute load average when the run began and when it ended. */
  loadAverage: { start: number; end: number };
}

export async function runLoad(
  options: LoadOptions,
  onProgress: (line: string) => void,
  onReport: (figures: LoadFigures) => void,
): Promise<LoadSummary> {
  const metrics = new LoadMetrics();
  const mainLoopDelay = watchLoopDelay();
  const dossiers = Math.min(1000, Math.ceil(options.durationSeconds / options.dossierSeconds) + 3);
  onProgress(`starting the server child (${options.jurors} seats, ${dossiers} dossiers)…`);
  let observers: ObserversProcess | undefined;
  const server = await startLoadServer({
    dossiers,
    jurors: options.jurors,
    ...(options.cpuProfileDir === undefined ? {} : { cpuProfileDir: options.cpuProfileDir }),
    onEmitted: (event, at) => observers?.emitted(event, at),
    onCrash: (reason) => metrics.countError(reason),
  });
  let closeJury = () => {};
  try {
    onProgress(`server pid ${server.pid} at ${server.url}, data in ${server.dataDir}`);
    const jury = await seatJury(server, options, metrics);
    closeJury = () => jury.close();
    onProgress(`connecting ${options.observers} observers (their own process)…`);
    observers = await startObservers(server.url, server.processId, options.observers, (reason) =>
      metrics.countError(reason),
    );
    const crowd = observers;
    // Quiet moment: the views announcing the jurors' arrival are out before counting starts.
    await sleep(500);
    const observing = await server.observe(crowd.socketIds);
    if (observing.outliers > 0)
      metrics.countError(`observers not in the same rooms (${observing.outliers})`);
    const startSeq = (await server.counts()).lastSeq;
    await crowd.reset();

    const httpPaths = [
      ...(server.hasClient ? [`/p/${server.processId}`] : []),
      `/api/public/processes/${server.processId}`,
    ];
    const startedAt = performance.now();
    const loadAtStart = loadavg()[0] as number;
    const cpuAtStart = {
      server: readCpuSeconds(server.pid),
      observers: readCpuSeconds(crowd.pid),
      main: process.cpuUsage(),
    };
    const figures = async (
      scope: 'interval' | 'total',
      rss: RssFigures | undefined,
    ): Promise<LoadFigures> => {
      const take = (window: LoadMetrics['scoreAcks']) =>
        scope === 'interval' ? window.takeInterval() : window.total.summary();
      const crowdReport = await crowd.report(scope);
      const serverStats = await server.stats(scope);
      return {
        seconds: (performance.now() - startedAt) / 1000,
        scoreAcks: take(metrics.scoreAcks),
        facilitatorAcks: take(metrics.facilitatorAcks),
        http: take(metrics.http),
        httpByPath: Object.fromEntries(
          [...metrics.httpByPath].map(([path, window]) => [path, take(window)]),
        ),
        delivery: crowdReport.delivery,
        errors: { ...Object.fromEntries(metrics.errors), ...crowdReport.errors },
        rss,
        heapUsedMb: serverStats.heapUsedMb,
        serverBroadcast: serverStats.broadcastMs,
        eventsAppended: (await server.counts()).lastSeq - startSeq,
        ballots: metrics.ballots,
        reveals: metrics.reveals,
        httpRequests: metrics.httpRequests,
        received: crowdReport.received,
        loopDelay: {
          server: serverStats.loopDelay,
          observers: crowdReport.loopDelay,
          main: mainLoopDelay.take(scope),
        },
      };
    };
    onProgress(
      `running ${options.durationSeconds} s: ${options.jurors} jurors, ${options.observers} observers, ${options.rps} req/s on ${httpPaths.join(' and ')}`,
    );
    const http = startHttpLoad(server.url, httpPaths, options.rps, metrics);
    const reporter = setInterval(
      () =>
        void figures('interval', server.rssInterval()).then(onReport, (error: unknown) =>
          metrics.countError(`report failed (${String(error)})`),
        ),
      options.reportSeconds * 1000,
    );
    const deadline = startedAt + options.durationSeconds * 1000;
    const { dossiersLeft } = await jury.deliberate(() => performance.now() >= deadline);
    clearInterval(reporter);
    const { maxLagMs } = await http.stop();

    // Everything the server sent must reach every observer; give the last messages time to land.
    let counts = await server.counts();
    let check = await crowd.check(counts.broadcasts, counts.lastSeq);
    for (let waited = 0; waited < 15_000 && check.complete < check.observers; waited += 200) {
      await sleep(200);
      counts = await server.counts();
      check = await crowd.check(counts.broadcasts, counts.lastSeq);
    }
    if (check.complete < check.observers)
      metrics.countError(`observers missing broadcasts (${check.observers - check.complete})`);
    if (check.unmatched > 0)
      metrics.countError(`arrivals matching no server broadcast (${check.unmatched})`);
    const cpuUsed = (pid: number, before: number | undefined) => {
      const after = readCpuSeconds(pid);
      return after === undefined || before === undefined ? {} : { used: after - before };
    };
    const serverCpu = cpuUsed(server.pid, cpuAtStart.server).used;
    const observersCpu = cpuUsed(crowd.pid, cpuAtStart.observers).used;
    const mainCpu = process.cpuUsage(cpuAtStart.main);
    const total = await figures('total', server.rss());
    return {
      ...total,
      options,
      serverPid: server.pid,
      httpPaths,
      broadcasts: counts.broadcasts,
      observers: check.observers,
      completeObservers: check.complete,
      httpMaxLagMs: maxLagMs,
      dossiersLeft,
      cpuSeconds: {
        ...(serverCpu === undefined ? {} : { server: serverCpu }),
        ...(observersCpu === undefined ? {} : { observers: observersCpu }),
        main: (mainCpu.user + mainCpu.system) / 1e6,
      },
      cores: cpus().length,
      loadAverage: { start: loadAtStart, end: loadavg()[0] as number },
    };
  } finally {
    closeJury();
    await observers?.close();
    await server.stop();
  }
}
