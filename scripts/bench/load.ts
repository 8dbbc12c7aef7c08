// `npm run bench:load`: 15 jurors scoring, 1,000 observers following the process live and 50 public-page
// requests per second, for 5 minutes, on this machine. Prints latencies (score acks, HTTP, delivery to the
// observers), errors by kind, the server's RSS and the events appended, every 30 s and at the end.
// Targets: no errors, score ack p99 ≤ 50 ms and HTTP p99 ≤ 100 ms with 1,000 observers (issue 13). Exit code 1 if there was any error.
// The server runs in its own process (scripts/bench/loadServer.ts); all clients run here.

import { spawnSync } from 'node:child_process';
import { LOAD_USAGE, parseLoadOptions, type LoadOptions } from './loadOptions';
import { formatFigures, formatSummary } from './loadReport';
import { runLoad } from './loadRun';

if (process.argv.includes('--help')) {
  console.log(LOAD_USAGE);
  process.exit(0);
}
let options: LoadOptions;
try {
  options = parseLoadOptions(process.argv.slice(2));
} catch (error) {
  console.error(`bench:load: ${(error as Error).message}\n${LOAD_USAGE}`);
  process.exit(2);
}

const fileLimit = spawnSync('sh', ['-c', 'ulimit -n; ulimit -Hn'], { encoding: 'utf8' })
  .stdout.trim()
  .split('\n');
const socketsPerSide = options.observers + options.jurors + 1;
console.log(
  `bench:load: ${options.jurors} jurors, ${options.observers} observers, ${options.rps} req/s (open loop), ${options.durationSeconds} s`,
);
console.log(
  `  juror pacing: ${options.thinkMs === 0 ? 'closed loop, each juror submits again as soon as its ack is back' : `each juror waits ${options.thinkMs} ms after its ack before the next ballot`}; a dossier stays in scoring at least ${options.dossierSeconds} s and until every juror has scored`,
);
console.log(
  `  open files: soft ${fileLimit[0]}, hard ${fileLimit[1]} (about ${socketsPerSide} sockets on each side; not raised)`,
);
if (Number(fileLimit[0]) < socketsPerSide + 100)
  console.log('  warning: the open-file limit is below the number of sockets this run needs');

const started = Date.now();
const summary = await runLoad(
  options,
  (line) => console.log(`  ${line}`),
  (figures) =>
    console.log(
      formatFigures(
        `--- at ${figures.seconds.toFixed(0)} s (latencies and RSS: last interval; counts: since the start) ---`,
        figures,
      ),
    ),
);
console.log(formatSummary(summary));
console.log(`  wall time ${((Date.now() - started) / 1000).toFixed(0)} s including set-up`);
process.exit(Object.keys(summary.errors).length === 0 ? 0 : 1);
