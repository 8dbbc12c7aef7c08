// `npm run bench:register`: a synthetic register of 10,000,000 rows (seeded; ~100 départements of skewed
// sizes), streamed to a temporary CSV file, imported by the real import code into a real SQLite file,
// committed (whole register and each stratum), then stage one drawn: 10,000 invitations by
// kleroterion-draw/1 with their inclusion proofs, and the whole record verified.
// Prints seconds per phase and peak resident memory. Targets (issue 18): import + commit + draw ≤ 60 s,
// peak ≤ 1.5 GiB. REGISTER_ROWS=… changes the size; REGISTER_PROOFS=… the number of proofs.

import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bytesToHex } from '../../shared/crypto/bytes';
import { sha256HexOfText } from '../../shared/crypto/hash';
import { DRAW_PROTOCOL, type DrawRecord } from '../../shared/lottery/protocol';
import { commitmentHashOf, deriveSeed } from '../../shared/lottery/seed';
import { selectIndices } from '../../shared/lottery/select';
import { verifyRecord } from '../../shared/lottery/verifyRecord';
import { openDatabase } from '../../server/db/openDatabase';
import { importRegister, type RegisterProgress } from '../../server/register/registerImport';
import type { RegisterProofTree } from '../../server/register/registerTree';
import { writeSyntheticRegister } from './syntheticRegister';

const ROWS = Number(process.env['REGISTER_ROWS'] ?? 10_000_000);
const PROOFS = Number(process.env['REGISTER_PROOFS'] ?? 10_000);
const DEPARTEMENTS = 100;

const dir = mkdtempSync(join(tmpdir(), 'kleroterion-register-'));
try {
  const csv = join(dir, 'register.csv');
  const t = performance.now();
  await writeSyntheticRegister(csv, ROWS, DEPARTEMENTS);
  const bytes = statSync(csv).size;
  console.log(
    `Generated ${ROWS.toLocaleString('en')} rows (${(bytes / 2 ** 20).toFixed(0)} MiB) in ${((performance.now() - t) / 1000).toFixed(1)} s (not counted)`,
  );

  const db = openDatabase(join(dir, 'data'));
  const phases = new Map<RegisterProgress['phase'], number>();
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const summary = await importRegister(db, createReadStream(csv, { highWaterMark: 1 << 20 }), {
    processId: 'bench',
    fileName: 'register.csv',
    stratumColumn: 'departement',
    totalBytes: bytes,
    // The trees the draw's proofs need, built by the commit's one pass over the ids.
    proofTrees: { whole: true, strata: true },
    onProgress: (p) => {
      if (!phases.has(p.phase)) phases.set(p.phase, performance.now());
    },
  });
  const imported = performance.now();
  const at = (phase: RegisterProgress['phase']) => phases.get(phase) ?? imported;
  console.log(
    `Import: read, checked and stored ${summary.rowCount.toLocaleString('en')} rows: ${((at('indexing') - start) / 1000).toFixed(1)} s`,
  );
  console.log(
    `Import: ids sorted (the writer thread indexes them meanwhile): ${((at('committing') - at('indexing')) / 1000).toFixed(1)} s`,
  );
  console.log(
    `Commit: roots and proof trees of the register and its ${summary.strata.length} strata (and the index awaited): ${((at('done') - at('committing')) / 1000).toFixed(1)} s (root ${summary.root})`,
  );

  const whole = summary.trees.whole as RegisterProofTree;
  if (whole.rootHex() !== summary.root)
    throw new Error('the proof tree’s root differs from the commitment');
  for (const s of summary.strata)
    if (summary.trees.strata.get(s.name)?.rootHex() !== s.root)
      throw new Error(`stratum ${s.name}: root differs`);
  // Stage one's draw, unstratified: kleroterion-draw/1 with k seats and no alternates over the register.
  const drawStart = performance.now();
  const secret = 'bench:register organiser secret';
  const commitment = {
    protocol: DRAW_PROTOCOL,
    title: 'bench:register stage one',
    poolRoot: summary.root,
    poolSize: whole.size,
    seats: PROOFS,
    alternates: 0,
    sources: [{ label: 'organiser', commitment: sha256HexOfText(secret) }],
  };
  const commitmentHash = commitmentHashOf(commitment);
  const seed = deriveSeed(commitmentHash, [secret]);
  const record: DrawRecord = {
    protocol: DRAW_PROTOCOL,
    commitment,
    commitmentHash,
    values: [secret],
    seed: bytesToHex(seed),
    selection: selectIndices(seed, whole.size, PROOFS, 0).map((index, i) => ({
      rank: i + 1,
      index,
      id: whole.idAt(index),
      role: 'seat' as const,
      proof: whole.proof(index),
    })),
    beacons: [],
  };
  const drawn = performance.now();
  const report = verifyRecord(record);
  if (!report.ok)
    throw new Error(`the draw's record fails ${report.checks.find((c) => !c.ok)?.name}`);
  const done = performance.now();
  console.log(
    `Draw: ${PROOFS.toLocaleString('en')} invitations with their proofs: ${((drawn - drawStart) / 1000).toFixed(2)} s; the whole record verified (${report.checks.length} checks): ${((done - drawn) / 1000).toFixed(2)} s`,
  );
  const cpu = process.cpuUsage(cpuStart);
  console.log(
    `Import + commit + draw: ${((drawn - start) / 1000).toFixed(1)} s (target ≤ 60 s); CPU time, all threads: ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s`,
  );
  db.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
// maxRSS is in kibibytes: the process's peak.
console.log(
  `Peak memory (resident): ${(process.resourceUsage().maxRSS / 1024 / 1024).toFixed(2)} GiB (target ≤ 1.5 GiB)`,
);
