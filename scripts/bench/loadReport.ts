// Text of the `bench:load` reports: one block every report interval and one at the end.

import type { LatencySummary } from './latencyHistogram';
import type { LoadFigures, LoadSummary } from './loadRun';

const cpu = (seconds: number | undefined) =>
  seconds === undefined ? 'n/a' : `${seconds.toFixed(1)} s`;
const ms = (value: number) => (value < 10 ? value.toFixed(1) : value.toFixed(0));
const latency = (s: LatencySummary | undefined, withP95 = true) =>
  s === undefined || s.count === 0
    ? 'no samples'
    : `p50 ${ms(s.p50)}${withP95 ? `  p95 ${ms(s.p95)}` : ''}  p99 ${ms(s.p99)}  max ${ms(s.max)} ms  (n=${s.count})`;

export function formatFigures(title: string, f: LoadFigures): string {
  const errors = Object.entries(f.errors);
  return [
    title,
    `  score acks          ${latency(f.scoreAcks)}`,
    `  facilitator acks    ${latency(f.facilitatorAcks)}`,
    `  HTTP                ${latency(f.http, false)}`,
    ...Object.entries(f.httpByPath).map(
      ([path, summary]) => `    ${path.padEnd(16)}  ${latency(summary, false)}`,
    ),
    `  server busy per broadcast to the observers (all its socket writes): ${latency(f.serverBroadcast, false)}`,
    `  delivery to observers, server emit → arrival:`,
    ...['process:events', 'room:view', 'room:progress'].map(
      (event) => `    ${event.padEnd(16)}  ${latency(f.delivery[event], false)}`,
    ),
    `  event-loop delay    ${(['server', 'observers', 'main'] as const).map((who) => `${who === 'main' ? 'jurors + HTTP' : who} p99 ${ms(f.loopDelay[who].p99)} max ${ms(f.loopDelay[who].max)} ms`).join(';  ')}`,
    `  errors              ${errors.length === 0 ? 'none' : errors.map(([kind, n]) => `${kind}: ${n}`).join('; ')}`,
    `  server RSS          ${f.rss === undefined ? 'n/a (no /proc)' : `min ${f.rss.minMb.toFixed(0)}  max ${f.rss.maxMb.toFixed(0)}  now ${f.rss.lastMb.toFixed(0)} MiB`}; V8 heap in use ${f.heapUsedMb.toFixed(0)} MiB`,
    `  totals so far       ${f.ballots} ballots, ${f.reveals} reveals, ${f.httpRequests} HTTP requests, ${f.eventsAppended} events appended, ${f.received} messages received by the observers`,
  ].join('\n');
}

export function formatSummary(s: LoadSummary): string {
  const broadcasts = Object.entries(s.broadcasts)
    .map(([event, n]) => `${event} ${n}`)
    .join(', ');
  return [
    formatFigures(`=== whole run, ${s.seconds.toFixed(0)} s ===`, s),
    `  broadcasts to the public: ${broadcasts || 'none'}; ${s.completeObservers}/${s.observers} observers received every one, and the whole log in order`,
    `  HTTP paths ${s.httpPaths.join(', ')}; the generator's worst lateness ${ms(s.httpMaxLagMs)} ms`,
    `  CPU used during the run: server ${cpu(s.cpuSeconds.server)}, observers ${cpu(s.cpuSeconds.observers)}, jurors + HTTP client ${cpu(s.cpuSeconds.main)} (of ${s.seconds.toFixed(0)} s × ${s.cores} cores)`,
    `  machine load average (1 min): ${s.loadAverage.start.toFixed(1)} at the start, ${s.loadAverage.end.toFixed(1)} at the end${s.loadAverage.start > s.cores || s.loadAverage.end > s.cores ? ' — the machine was shared, figures include waiting for a CPU' : ''}`,
    ...(s.dossiersLeft === 0
      ? ['  note: the dossiers ran out before the end of the duration']
      : []),
    `  targets: no errors ${Object.keys(s.errors).length === 0 ? 'met' : 'MISSED'}; score ack p99 ≤ 50 ms ${s.scoreAcks.p99 <= 50 ? 'met' : 'MISSED'}; HTTP p99 ≤ 100 ms ${s.http.p99 <= 100 ? 'met' : 'MISSED'}`,
  ].join('\n');
}
