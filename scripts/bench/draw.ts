// `npm run bench:draw`: times each stage of a kleroterion-draw/1 record over a synthetic 1,000,000-id pool,
// selection from N = 50,000,000, stage one (20,000 invitations from 50,000,000 ids, plain and over 101
// strata), and compares our pool-root hashing rate with `openssl speed`.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import seedrandom from 'seedrandom';
import { canonicalize } from '../../shared/crypto/jcs';
import { sha256HexOfText } from '../../shared/crypto/hash';
import { organiserSecretSource } from '../../shared/lottery/commitReveal';
import { drawRecord } from '../../shared/lottery/drawRecord';
import { auditPathHex, buildMerkleTree, merkleRoot } from '../../shared/lottery/merkle';
import { canonicalPool } from '../../shared/lottery/poolId';
import { parsePoolText } from '../../shared/lottery/poolText';
import { deriveSeed } from '../../shared/lottery/seed';
import { selectIndices } from '../../shared/lottery/select';
import { bytesToHex } from '../../shared/crypto/bytes';
import { largestRemainder } from '../../shared/invitations/allocation';
import { stratumIndices } from '../../shared/invitations/draw';
import { loadPool } from '../lib/poolLoader';

const POOL_SIZE = 1_000_000;
const SEATS = 15;
const ALTERNATES = 30;
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function syntheticPool(size: number): string {
  const random = seedrandom('kleroterion-bench-draw');
  const ids = new Set<string>();
  while (ids.size < size) {
    let id = '';
    for (let i = 0; i < 10; i++) id += CROCKFORD[Math.floor(random() * 32)];
    ids.add(id);
  }
  return `${[...ids].join('\n')}\n`;
}

function time<T>(fn: () => T): [T, number] {
  const start = process.hrtime.bigint();
  const result = fn();
  return [result, Number(process.hrtime.bigint() - start) / 1e6];
}

const ms = (value: number) => `${value.toFixed(1).padStart(8)} ms`;
const rate = (value: number) => `${(value / 1e6).toFixed(2)} M/s`;

function opensslSha256Rate(): number | undefined {
  try {
    const out = execFileSync('openssl', ['speed', '-bytes', '16', '-seconds', '2', 'sha256'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const line = out.split('\n').find((l) => l.startsWith('sha256'));
    const match = line && /([\d.]+)k\s*$/.exec(line.trim());
    return match ? (Number(match[1]) * 1000) / 16 : undefined;
  } catch {
    return undefined;
  }
}

const dir = mkdtempSync(join(tmpdir(), 'kleroterion-bench-'));
try {
  const poolPath = join(dir, 'pool.txt');
  console.log(
    `Generating ${POOL_SIZE.toLocaleString('en')} deterministic ids (seedrandom "kleroterion-bench-draw")…`,
  );
  writeFileSync(poolPath, syntheticPool(POOL_SIZE));
  const commitmentFor = (root: string) => ({
    protocol: 'kleroterion-draw/1',
    poolRoot: root,
    poolSize: POOL_SIZE,
    seats: SEATS,
    alternates: ALTERNATES,
    sources: [organiserSecretSource(sha256HexOfText('bench-secret')), { label: 'announced value' }],
  });
  const values = ['bench-secret', '4 8 15 16 23 42'];

  const runs: Record<string, number>[] = [];
  const parallelRuns: Record<string, number>[] = [];
  for (let run = 0; run < 3; run++) {
    const start = process.hrtime.bigint();
    const loaded = await loadPool(poolPath, { parallel: true });
    const load = Number(process.hrtime.bigint() - start) / 1e6;
    const commitment = commitmentFor(bytesToHex(merkleRoot(loaded.tree)));
    const [record, assemble] = time(() =>
      canonicalize(
        drawRecord({
          commitment,
          canonicalIds: loaded.ids,
          tree: loaded.tree,
          values,
          beacons: [],
        }),
      ),
    );
    if (record.length === 0) throw new Error('empty record');
    parallelRuns.push({ load, record: assemble, total: load + assemble });
  }
  for (let run = 0; run < 3; run++) {
    const [ids, read] = time(() =>
      canonicalPool(parsePoolText(readFileSync(poolPath), poolPath), poolPath),
    );
    const [tree, root] = time(() => buildMerkleTree(ids));
    const rootHex = bytesToHex(merkleRoot(tree));
    const commitment = commitmentFor(rootHex);
    const [picks, select] = time(() =>
      selectIndices(
        deriveSeed(sha256HexOfText(canonicalize(commitment)), values),
        POOL_SIZE,
        SEATS,
        ALTERNATES,
      ),
    );
    const [, proofs] = time(() => picks.map((index) => auditPathHex(tree, index)));
    const [record, assemble] = time(() =>
      canonicalize(drawRecord({ commitment, canonicalIds: ids, tree, values, beacons: [] })),
    );
    if (record.length === 0) throw new Error('empty record');
    runs.push({ read, root, select, proofs, record: assemble, total: read + root + assemble });
  }
  const best = (key: string, from = runs) => Math.min(...from.map((r) => r[key] as number));

  console.log(
    `\nRecord over ${POOL_SIZE.toLocaleString('en')} ids, ${SEATS} seats + ${ALTERNATES} alternates (best of ${runs.length} runs)`,
  );
  console.log('Stages on one thread:');
  console.log(`  read + canonicalise     ${ms(best('read'))}`);
  console.log(
    `  pool root               ${ms(best('root'))}   (${rate(POOL_SIZE / (best('root') / 1000))} ids, ${rate((2 * POOL_SIZE - 1) / (best('root') / 1000))} SHA-256)`,
  );
  console.log(`  select ${SEATS} + ${ALTERNATES}          ${ms(best('select'))}`);
  console.log(`  ${SEATS + ALTERNATES} proofs               ${ms(best('proofs'))}`);
  console.log(
    `  whole record (draw)     ${ms(best('record'))}   (commitment check, seed, selection, proofs, JSON)`,
  );
  console.log(`  total, one thread        ${ms(best('total'))}`);
  console.log(
    `As the CLI runs it (this thread validates and sorts, then hashes the left subtree while a worker hashes the right):`,
  );
  console.log(`  read + canonicalise + root ${ms(best('load', parallelRuns)).trimStart()}`);
  console.log(`  draw + proofs + JSON       ${ms(best('record', parallelRuns)).trimStart()}`);
  console.log(
    `  TOTAL file → record        ${ms(best('total', parallelRuns)).trimStart()}   target ≤ 2000 ms`,
  );

  console.log(
    `\nSelection of ${SEATS + ALTERNATES} picks, sparse Fisher–Yates (median of 201 calls)`,
  );
  const seed = new Uint8Array(32).fill(42);
  for (const n of [1_000, 1_000_000, 50_000_000, Number.MAX_SAFE_INTEGER]) {
    const samples: number[] = [];
    for (let i = 0; i < 201; i++)
      samples.push(time(() => selectIndices(seed, n, SEATS, ALTERNATES))[1]);
    samples.sort((a, b) => a - b);
    const label = n === Number.MAX_SAFE_INTEGER ? '2^53 − 1' : n.toLocaleString('en');
    console.log(
      `  N = ${label.padEnd(14)} ${(samples[100] as number).toFixed(3).padStart(7)} ms${n === 50_000_000 ? '   target ≤ 5 ms' : ''}`,
    );
  }
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) console.log('  memory: run with --expose-gc to measure');
  for (const n of gc === undefined ? [] : [1_000, 50_000_000, Number.MAX_SAFE_INTEGER]) {
    gc?.();
    const before = process.memoryUsage().heapUsed;
    const kept = Array.from({ length: 100 }, () => selectIndices(seed, n, SEATS, ALTERNATES));
    const perCall = (process.memoryUsage().heapUsed - before) / kept.length;
    const label = n === Number.MAX_SAFE_INTEGER ? '2^53 − 1' : n.toLocaleString('en');
    console.log(
      `  heap allocated per selection (garbage included), N = ${label.padEnd(14)} ${(perCall / 1024).toFixed(2)} KiB`,
    );
  }

  stageOneFigures(seed, gc);

  const openssl = opensslSha256Rate();
  const ours = (2 * POOL_SIZE - 1) / (best('root') / 1000);
  console.log('\nSHA-256 rate on this machine');
  if (openssl === undefined) console.log('  openssl speed: not available on this machine');
  else {
    console.log(`  openssl speed -bytes 16 sha256   ${rate(openssl)} hashes`);
    console.log(
      `  our pool root (JS, 1 core)       ${rate(ours)} hashes = ${((100 * ours) / openssl).toFixed(1)}% of openssl`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Stage one (docs/lottery-spec.md, section 17): 20,000 invitations from a 50,000,000-entry register,
 * unstratified (kleroterion-draw/1, seats = k) and over 101 strata (kleroterion-invitations/1, one
 * stream per stratum). The selection's memory is O(k): only touched positions are kept.
 */
function stageOneFigures(seed: Uint8Array, gc: (() => void) | undefined): void {
  const k = 20_000;
  const n = 50_000_000;
  console.log(
    `\nStage one: ${k.toLocaleString('en')} invitations from ${n.toLocaleString('en')} ids`,
  );
  const plain: number[] = [];
  for (let i = 0; i < 11; i++) plain.push(time(() => selectIndices(seed, n, k, 0))[1]);
  plain.sort((a, b) => a - b);
  console.log(`  unstratified selection (median of 11)        ${ms(plain[5] as number)}`);
  // 101 strata of uneven sizes summing to n, like départements of very different populations.
  const weights = Array.from({ length: 101 }, (_, i) => 1 + ((i * 37) % 101));
  const total = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((w) => Math.floor((w * n) / total));
  sizes[0] = (sizes[0] as number) + n - sizes.reduce((a, b) => a + b, 0);
  const strata = sizes.map((poolSize, i) => ({
    name: `D${String(i).padStart(3, '0')}`,
    poolSize,
    poolRoot: '00'.repeat(32),
    invitations: 0,
  }));
  const [allocation, allocate] = time(() => largestRemainder(k, strata));
  strata.forEach((s, i) => (s.invitations = allocation[i] as number));
  const seedHex = bytesToHex(seed);
  const stratified: number[] = [];
  for (let i = 0; i < 11; i++)
    stratified.push(time(() => strata.map((s) => stratumIndices(seedHex, s)))[1]);
  stratified.sort((a, b) => a - b);
  console.log(`  proportional allocation over 101 strata      ${ms(allocate)}`);
  console.log(`  stratified selection, 101 streams (median)   ${ms(stratified[5] as number)}`);
  if (gc === undefined) return;
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept = selectIndices(seed, n, k, 0);
  console.log(
    `  heap allocated by one unstratified selection (garbage included) ${((process.memoryUsage().heapUsed - before) / 1024 / 1024).toFixed(2)} MiB for ${kept.length.toLocaleString('en')} picks`,
  );
}
