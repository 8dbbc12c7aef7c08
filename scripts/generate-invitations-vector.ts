// Regenerates fixtures/vectors/kleroterion-invitations-1.json, the known-answer vector of a stratified
// stage-one draw (docs/lottery-spec.md, section 17): three strata of fictional pseudonymous ids, one
// committed secret, the proportional allocation, the seeds, each stratum's picks and the whole record.
// Everything is derived from fixed inputs, so the file is the same byte for byte on every run.
// Run: npx tsx scripts/generate-invitations-vector.ts

import { fileURLToPath } from 'node:url';
import { bytesToHex } from '../shared/crypto/bytes';
import { sha256, sha256HexOfText } from '../shared/crypto/hash';
import { canonicalize } from '../shared/crypto/jcs';
import { largestRemainder } from '../shared/invitations/allocation';
import { INVITATIONS_PROTOCOL } from '../shared/invitations/commitment';
import { drawInvitations } from '../shared/invitations/draw';
import { stratumSeedInput } from '../shared/invitations/stratumSeed';
import { buildMerkleTree, merkleRoot } from '../shared/lottery/merkle';
import { compareUtf8 } from '../shared/lottery/poolId';
import { openRandomStream } from '../shared/lottery/randomStream';
import { seedInput } from '../shared/lottery/seed';
import { writeFileAtomic } from './lib/files';

const OUT = fileURLToPath(
  new URL('../fixtures/vectors/kleroterion-invitations-1.json', import.meta.url),
);
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const SECRET = 'kleroterion-invitations/1 vector: organiser secret';
const INVITATIONS = 6;
const STRATA = [
  { name: 'Ain', size: 7 },
  { name: 'Aisne', size: 8 },
  { name: 'Allier', size: 6 },
];

/** A 10-character Crockford base32 id from the first 50 bits of SHA-256("vector id " + n). */
function vectorId(n: number): string {
  const digest = sha256(new TextEncoder().encode(`vector id ${n}`));
  let bits = 0n;
  for (const byte of digest.slice(0, 7)) bits = (bits << 8n) | BigInt(byte);
  bits >>= 6n; // 56 − 50
  let id = '';
  for (let i = 9; i >= 0; i--) id += CROCKFORD.charAt(Number((bits >> BigInt(5 * i)) & 31n));
  return id;
}

export function buildInvitationsVector(): unknown {
  let next = 0;
  const pools = STRATA.map((s) => {
    const ids = Array.from({ length: s.size }, () => vectorId(next++)).sort(compareUtf8);
    return { name: s.name, ids, tree: buildMerkleTree(ids) };
  });
  const allocation = largestRemainder(
    INVITATIONS,
    STRATA.map((s) => ({ name: s.name, poolSize: s.size })),
  );
  const commitment = {
    protocol: INVITATIONS_PROTOCOL,
    title: 'Vector: invitations by département',
    committedAt: '2026-12-01T10:00:00Z',
    invitations: INVITATIONS,
    allocation: 'proportional',
    strata: pools.map((pool, i) => ({
      name: pool.name,
      poolRoot: bytesToHex(merkleRoot(pool.tree)),
      poolSize: pool.ids.length,
      invitations: allocation[i] as number,
    })),
    sources: [{ label: 'organiser', commitment: sha256HexOfText(SECRET) }],
  };
  const values = [SECRET];
  const record = drawInvitations({
    commitment,
    pools: new Map(pools.map((pool) => [pool.name, pool])),
    values,
    beacons: [],
  });
  const total = STRATA.reduce((n, s) => n + s.size, 0);
  return {
    description:
      'kleroterion-invitations/1 known-answer vector (docs/lottery-spec.md, section 17): 3 strata, 21 fictional ids, 6 invitations, proportional allocation, one committed secret',
    pools: pools.map((pool) => ({ name: pool.name, ids: pool.ids })),
    allocation: STRATA.map((s, i) => ({
      name: s.name,
      quota: `${INVITATIONS}·${s.size}/${total}`,
      floor: Math.floor((INVITATIONS * s.size) / total),
      remainder: (INVITATIONS * s.size) % total,
      invitations: allocation[i],
    })),
    commitment,
    commitmentJcs: canonicalize(commitment),
    commitmentHash: record.commitmentHash,
    values,
    seedInput: seedInput(record.commitmentHash, values),
    seed: record.seed,
    strata: record.strata.map((draw) => ({
      name: draw.name,
      seedInput: stratumSeedInput(record.seed, draw.name),
      seed: draw.seed,
      firstWords: firstWords(draw.seed, 3),
      picks: draw.selection.map((pick) => ({ rank: pick.rank, index: pick.index, id: pick.id })),
    })),
    record,
  };
}

function firstWords(seedHex: string, n: number): string[] {
  const stream = openRandomStream(Uint8Array.from(Buffer.from(seedHex, 'hex')));
  return Array.from({ length: n }, () => stream.nextWord().toString());
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileAtomic(OUT, `${JSON.stringify(buildInvitationsVector(), null, 2)}\n`);
  process.stdout.write(`wrote ${OUT}\n`);
}
