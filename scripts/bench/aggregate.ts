// `npm run bench:aggregate`: (1) the whole aggregation, from the folded log to the shortlist (tally,
// merit profiles, majority judgment with its tie-break chain, quorum, floor, cut, sensitivity table), for
// 200 dossiers × 15 jurors × 5 criteria; (2) verifying an audit bundle of 40 deliberated dossiers from its
// bytes (draw, chain, replay of every event, recomputation of every section).
// Targets: ≤ 20 ms and ≤ 1 s. Grades are drawn with seedrandom, so every run measures the same data.

import seedrandom from 'seedrandom';
import { utf8ToBytes } from '../../shared/crypto/bytes';
import { canonicalize } from '../../shared/crypto/jcs';
import { buildBundle } from '../../shared/audit/bundle';
import { verifyBundleBytes } from '../../shared/audit/verifyBundle';
import { MAJORITY_GRADES } from '../../shared/scoring/gradingScale';
import { resultsOf } from '../../shared/scoring/processResults';
import { decidePublish } from '../../shared/scoring/resultCommands';
import { syntheticDeliberation } from '../../shared/testing/syntheticProcess';

const random = seedrandom('kleroterion bench:aggregate');
/** Each dossier has a quality; each juror grades around it. */
function gradesFor(dossiers: number) {
  const quality = Array.from({ length: dossiers }, () => 1 + random() * 5);
  return (d: number) =>
    MAJORITY_GRADES[
      Math.max(0, Math.min(6, Math.round((quality[d] as number) + (random() - 0.5) * 3)))
    ] as string;
}

function timeIt(runs: number, body: () => void): { median: number; p95: number; min: number } {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    body();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return {
    median: times[Math.floor(times.length / 2)] as number,
    p95: times[Math.floor(times.length * 0.95)] as number,
    min: times[0] as number,
  };
}
const ms = (x: number) => `${x.toFixed(2)} ms`;

const big = gradesFor(200);
const setup = performance.now();
const { builder } = syntheticDeliberation({ seats: 15, dossiers: 200, grade: (d) => big(d) });
console.log(
  `Built a genuine log of 200 deliberated dossiers (${builder.log.length} events) in ${ms(performance.now() - setup)}`,
);
const state = builder.current;
let shortlist: string[] = [];
const aggregate = timeIt(50, () => {
  shortlist = resultsOf(state)!.shortlist;
});
console.log(
  `Aggregate 200 dossiers × 15 jurors × 5 criteria (50 runs): median ${ms(aggregate.median)}, p95 ${ms(aggregate.p95)}, best ${ms(aggregate.min)}   target ≤ 20 ms`,
);
console.log(`  shortlist: ${shortlist.length} dossier(s)`);

const forty = gradesFor(40);
const small = syntheticDeliberation({ seats: 15, dossiers: 40, grade: (d) => forty(d) }).builder;
small.then(decidePublish);
const bytes = utf8ToBytes(`${canonicalize(buildBundle(small.current, small.log, null))}\n`);
let ok = false;
let checks = 0;
const verify = timeIt(10, () => {
  const report = verifyBundleBytes(bytes);
  ok = report.ok;
  checks = report.checks.length;
});
console.log(
  `Verify a 40-dossier audit bundle (${(bytes.length / 1024).toFixed(0)} KiB, ${small.log.length} events, 10 runs): median ${ms(verify.median)}, p95 ${ms(verify.p95)}, best ${ms(verify.min)}   target ≤ 1000 ms`,
);
console.log(`  ${checks} checks, ${ok ? 'all passed' : 'SOME FAILED'}`);
if (!ok) process.exitCode = 1;
