// `npx tsx scripts/generate-timelock-vector.ts [--reseal]`: writes fixtures/vectors/kleroterion-timelock-1.json,
// a small kleroterion-draw/2 draw whose witness is timelocked to recorded quicknet round 1000. Sealing is
// randomised, so the file is committed and the tests only read it. Without --reseal, the ciphertext already
// in the file is kept (it must still open to the same plaintext) and only the commitment and record are
// rebuilt around it; --reseal seals a fresh one.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { sealTimelock } from '../client/src/witness/sealTimelock';
import { sha256HexOfText } from '../shared/crypto/hash';
import { canonicalize } from '../shared/crypto/jcs';
import {
  beaconRandomness,
  beaconSource,
  organiserSecretSource,
  timelockWitnessSource,
} from '../shared/lottery/commitReveal';
import { drawRecord } from '../shared/lottery/drawRecord';
import { DRAW_PROTOCOL_V2 } from '../shared/lottery/protocol';
import { buildMerkleTree, poolRootHex } from '../shared/lottery/merkle';
import { seedInput } from '../shared/lottery/seed';
import { openTimelock } from '../shared/lottery/timelockOpen';
import drand from '../fixtures/vectors/drand-quicknet.json';

const round = 1000;
const signature = drand.rounds.find((r) => r.round === round)?.signature as string;
const poolIds = [
  '2RXW7N257N',
  '4FYWZ789Q9',
  '6XQYQ2JASH',
  '9KME78P4TN',
  'DR4NRFFVK4',
  'HS7G4XPJZB',
  'P5AFQS2SHY',
  'WTHYPZXBBY',
];
const organiserSecret = 'a3f1c2e4b5d60718293a4b5c6d7e8f90123456789abcdef0fedcba9876543210';
const witnessPlaintext = '5be0c4a1d7e2f39816a4c2b0e9d8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0';
const vectorUrl = new URL('../fixtures/vectors/kleroterion-timelock-1.json', import.meta.url);
const reseal = process.argv.includes('--reseal') || !existsSync(vectorUrl);
const ciphertext = reseal
  ? await sealTimelock(witnessPlaintext, round)
  : (JSON.parse(readFileSync(vectorUrl, 'utf8')) as { ciphertext: string }).ciphertext;

const commitment = {
  // A timelock source exists only under kleroterion-draw/2 (docs/lottery-spec.md, section 3).
  protocol: DRAW_PROTOCOL_V2,
  title: 'Timelock witness example',
  committedAt: '2023-08-23T15:30:00Z',
  poolRoot: poolRootHex(poolIds),
  poolSize: poolIds.length,
  seats: 3,
  alternates: 1,
  sources: [
    organiserSecretSource(sha256HexOfText(organiserSecret)),
    timelockWitnessSource('Camille (sealed)', ciphertext, round),
    beaconSource(round),
  ],
};
const opening = await openTimelock(ciphertext, round, signature);
if (!opening.ok || opening.plaintext !== witnessPlaintext)
  throw new Error('the sealed witness does not open');
const values = [organiserSecret, witnessPlaintext, beaconRandomness(signature)];
const beacons = [
  { source: 1, round, signature },
  { source: 2, round, signature },
];
const record = drawRecord({
  commitment,
  canonicalIds: poolIds,
  tree: buildMerkleTree(poolIds),
  values,
  beacons,
  timelockOpenings: new Map([[1, opening]]),
});

const vector = {
  protocol: DRAW_PROTOCOL_V2,
  note: 'known-answer vector for a timelock source: source 1 is sealed with tlock-js 0.9 (age v1, one "tlock" stanza) to drand quicknet round 1000, whose recorded signature (fixtures/vectors/drand-quicknet.json) opens it; poolIds are already in canonical order',
  round,
  signature,
  ciphertext,
  plaintext: witnessPlaintext,
  poolIds,
  commitment,
  commitmentHash: record.commitmentHash,
  values,
  seedInput: seedInput(record.commitmentHash, values),
  seed: record.seed,
  record,
};
writeFileSync(vectorUrl, `${JSON.stringify(vector, null, 1)}\n`);
process.stdout.write(`${canonicalize(record).length} bytes of record, seed ${record.seed}\n`);
