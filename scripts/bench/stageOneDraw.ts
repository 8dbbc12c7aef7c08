// `npm run bench:stage-one-draw`: stage one drawn as the organiser console draws it, over a synthetic
// register (seeded; STAGE_ONE_ROWS rows, default 1,000,000, in 100 départements of skewed sizes) imported
// by the real import code into a real SQLite file: commit k invitations (STAGE_ONE_K, default 10,000,
// proportional), reveal the organiser's secret and a recorded drand round, then draw: the record is built
// over the register's proof trees, run through its verifier and the register's roots check, and its picks
// kept. Prints seconds per step and peak resident memory. The import itself is `bench:register`'s subject.

import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import drand from '../../fixtures/vectors/drand-quicknet.json';
import { quicknetRoundTime } from '../../shared/lottery/drand';
import { recordedRoundsSource } from '../../server/beacon/recordedRounds';
import { openDatabase } from '../../server/db/openDatabase';
import { createMailQueue } from '../../server/mail/mailQueue';
import { importRegister } from '../../server/register/registerImport';
import { createRegistrationService } from '../../server/registration/registrationService';
import { writeSyntheticRegister } from './syntheticRegister';

const ROWS = Number(process.env['STAGE_ONE_ROWS'] ?? 1_000_000);
const K = Number(process.env['STAGE_ONE_K'] ?? 10_000);
const DEPARTEMENTS = 100;
const round = drand.rounds[0]!;

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(2);
const dir = mkdtempSync(join(tmpdir(), 'kleroterion-stage-one-'));
try {
  const csv = join(dir, 'register.csv');
  await writeSyntheticRegister(csv, ROWS, DEPARTEMENTS);
  const db = openDatabase(join(dir, 'data'));
  let start = performance.now();
  const summary = await importRegister(db, createReadStream(csv, { highWaterMark: 1 << 20 }), {
    processId: 'bench',
    fileName: 'register.csv',
    stratumColumn: 'departement',
    totalBytes: statSync(csv).size,
  });
  console.log(
    `Register: ${summary.rowCount.toLocaleString('en')} rows in ${summary.strata.length} strata imported in ${seconds(start)} s (not counted)`,
  );
  // Committed 10 minutes before the round is produced, revealed once it exists.
  let now = new Date((quicknetRoundTime(round.round) - 600) * 1000);
  const clock = { now: () => now };
  const service = createRegistrationService({
    db,
    clock,
    random: { bytes: (n) => crypto.getRandomValues(new Uint8Array(n)) },
    mailQueue: createMailQueue(db, clock),
    publicUrl: () => 'https://jury.example.fr',
    log: { info: () => undefined, warn: () => undefined, error: () => undefined },
    pool: { requireTitle: () => 'bench', importRegisteredPool: () => undefined },
    drand: { minDelaySeconds: 0, source: recordedRoundsSource(drand.rounds) },
  });
  start = performance.now();
  const { organiserSecret } = service.ceremony.commit('bench', {
    invitations: K,
    witnesses: [],
    drandRound: round.round,
  });
  console.log(`Commit: ${K.toLocaleString('en')} invitations, proportional: ${seconds(start)} s`);
  start = performance.now();
  await service.ceremony.reveal('bench', { source: 0, value: organiserSecret });
  now = new Date((quicknetRoundTime(round.round) + 60) * 1000);
  await service.ceremony.reveal('bench', { source: 1 });
  console.log(
    `Reveal: the secret and the drand round (fetched, checked offline): ${seconds(start)} s`,
  );
  start = performance.now();
  const drawn = await service.ceremony.draw('bench');
  console.log(
    `Draw: ${drawn.drawn?.invitations.toLocaleString('en')} invitations with their proofs, the record verified against the register and kept: ${seconds(start)} s`,
  );
  db.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(
  `Peak memory (resident): ${(process.resourceUsage().maxRSS / 1024 / 1024).toFixed(2)} GiB`,
);
