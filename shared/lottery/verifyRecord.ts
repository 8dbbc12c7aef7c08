// The public verifier: re-derives every step of a draw record and reports one numbered check per step.
// Spec: docs/lottery-spec.md, section 10 "Verification".

import { bytesToHex } from '../crypto/bytes';
import { checkCommitmentHash, checkSources } from './checkSources';
import { buildMerkleTree, merkleRoot, verifyInclusion, type MerkleTree } from './merkle';
import { DrawRecord, PickRole, describeIssues } from './protocol';
import type { TimelockOpening } from './timelock';
import { deriveSeed } from './seed';
import { selectIndices } from './select';
import type { Check, VerificationReport } from '../verificationReport';

export interface VerifyOptions {
  /** The full pool in canonical order, when the verifier holds it (e.g. `verify --pool`). */
  canonicalPool?: readonly string[];
  /** The tree over `canonicalPool`, if the caller already built it; otherwise it is built here. */
  poolTree?: MerkleTree;
  /** Timelock sources opened beforehand (openRecordTimelocks), by source position. */
  timelockOpenings?: ReadonlyMap<number, TimelockOpening>;
}

/**
 * Verifies a parsed record (any JSON value). Never throws on bad input: a malformed record yields a
 * failed "record-structure" check and nothing else is attempted.
 */
export function verifyRecord(input: unknown, options: VerifyOptions = {}): VerificationReport {
  const checks: Check[] = [];
  const add = (name: string, ok: boolean, detail: string): boolean => {
    checks.push({ number: checks.length + 1, name, ok, detail });
    return ok;
  };

  const parsed = DrawRecord.safeParse(input);
  if (!parsed.success) {
    add('record-structure', false, `record is malformed: ${describeIssues(parsed.error)}`);
    return { ok: false, checks };
  }
  const record = parsed.data;
  const { commitment } = record;
  // The hash covers the commitment exactly as published, unknown fields included.
  const rawCommitment = (input as { commitment: unknown }).commitment;
  add(
    'record-structure',
    true,
    `well-formed ${record.protocol} record, ${commitment.sources.length} sources, ${record.selection.length} picks`,
  );

  checkCommitmentHash(rawCommitment, record.commitmentHash, add);

  checkSources(record, add, options.timelockOpenings);

  const seed = deriveSeed(record.commitmentHash, record.values);
  const seedHex = bytesToHex(seed);
  add(
    'seed',
    seedHex === record.seed,
    seedHex === record.seed
      ? `seed = ${seedHex}`
      : `seed is ${seedHex}, the record says ${record.seed}`,
  );

  const expected = selectIndices(
    seed,
    commitment.poolSize,
    commitment.seats,
    commitment.alternates,
  );
  add(
    'selection-size',
    record.selection.length === expected.length,
    `${record.selection.length} picks; min(seats + alternates, poolSize) = ${expected.length}`,
  );
  const length = Math.max(expected.length, record.selection.length);
  for (let i = 0; i < length; i++) {
    const pick = record.selection[i];
    const index = expected[i];
    const role = i < commitment.seats ? PickRole.Seat : PickRole.Alternate;
    if (pick === undefined || index === undefined) {
      add(
        `pick-${i + 1}`,
        false,
        pick === undefined ? `pick ${i + 1} is missing` : `pick ${i + 1} is not part of the draw`,
      );
      continue;
    }
    const problems: string[] = [];
    if (pick.rank !== i + 1) problems.push(`rank is ${pick.rank}, expected ${i + 1}`);
    if (pick.index !== index) problems.push(`index is ${pick.index}, the draw gives ${index}`);
    if (pick.role !== role) problems.push(`role is ${pick.role}, expected ${role}`);
    add(
      `pick-${i + 1}`,
      problems.length === 0,
      problems.length === 0
        ? `rank ${i + 1} (${role}) is pool index ${index}`
        : `pick ${i + 1}: ${problems.join('; ')}`,
    );
    const included = verifyInclusion(
      pick.id,
      pick.index,
      commitment.poolSize,
      pick.proof,
      commitment.poolRoot,
    );
    add(
      `proof-${i + 1}`,
      included,
      included
        ? `id ${JSON.stringify(pick.id)} is at index ${pick.index} under the committed pool root`
        : `the proof does not place id ${JSON.stringify(pick.id)} at index ${pick.index} under the pool root`,
    );
  }

  if (options.canonicalPool !== undefined)
    checkPool(record, options.canonicalPool, options.poolTree, add);
  return { ok: checks.every((check) => check.ok), checks };
}

function checkPool(
  record: DrawRecord,
  pool: readonly string[],
  tree: MerkleTree | undefined,
  add: (name: string, ok: boolean, detail: string) => boolean,
): void {
  const root = bytesToHex(merkleRoot(tree ?? buildMerkleTree(pool)));
  add(
    'pool-size',
    pool.length === record.commitment.poolSize,
    `the pool file holds ${pool.length} ids; committed poolSize is ${record.commitment.poolSize}`,
  );
  add(
    'pool-root',
    root === record.commitment.poolRoot,
    root === record.commitment.poolRoot
      ? `the pool file's root is the committed root ${root}`
      : `the pool file's root is ${root}, the committed root is ${record.commitment.poolRoot}`,
  );
  const wrong = record.selection.filter((pick) => pool[pick.index] !== pick.id);
  add(
    'pool-ids',
    wrong.length === 0,
    wrong.length === 0
      ? `all ${record.selection.length} picked ids are at their index in the pool file`
      : `ids not at their index in the pool file: ${wrong.map((pick) => `rank ${pick.rank}`).join(', ')}`,
  );
}
