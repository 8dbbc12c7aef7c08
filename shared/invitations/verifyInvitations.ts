// The public verifier of a kleroterion-invitations/1 record: re-derives the allocation, the seed, each
// stratum's seed and picks, checks every proof under its stratum's committed root and that no id is
// invited twice; with the strata's pool files, their roots, sizes, disjointness and the picked ids.
// Never throws on bad input. Spec: docs/lottery-spec.md, section 17, "Verification".

import { bytesToHex } from '../crypto/bytes';
import { checkCommitmentHash, checkSources, type AddCheck } from '../lottery/checkSources';
import { buildMerkleTree, merkleRoot, verifyInclusion, type MerkleTree } from '../lottery/merkle';
import { describeIssues } from '../lottery/protocol';
import { deriveSeedHex } from '../lottery/seed';
import type { Check, VerificationReport } from '../verificationReport';
import { allocationProblems } from './allocation';
import type { Stratum } from './commitment';
import { stratumIndices } from './draw';
import { InvitationsRecord, type StratumDraw } from './record';
import { stratumSeedHex } from './stratumSeed';

/** A stratum's pool as a verifier holds it: ids in canonical order, and its tree if already built. */
export interface StratumPoolFile {
  ids: readonly string[];
  tree?: MerkleTree;
}

export interface VerifyInvitationsOptions {
  /** The strata's pools by stratum name, when the verifier holds them (`verify --strata DIR`). */
  pools?: ReadonlyMap<string, StratumPoolFile>;
}

/** Verifies a parsed record (any JSON value) and reports one numbered check per step. */
export function verifyInvitations(
  input: unknown,
  options: VerifyInvitationsOptions = {},
): VerificationReport {
  const checks: Check[] = [];
  const add: AddCheck = (name, ok, detail) => {
    checks.push({ number: checks.length + 1, name, ok, detail });
    return ok;
  };
  const done = (): VerificationReport => ({ ok: checks.every((c) => c.ok), checks });

  const parsed = InvitationsRecord.safeParse(input);
  if (!parsed.success) {
    add('record-structure', false, `record is malformed: ${describeIssues(parsed.error)}`);
    return done();
  }
  const record = parsed.data;
  const { commitment } = record;
  const invited = record.strata.reduce((n, s) => n + s.selection.length, 0);
  add(
    'record-structure',
    true,
    `well-formed ${record.protocol} record, ${commitment.strata.length} strata, ${commitment.sources.length} sources, ${invited} invitations`,
  );
  checkCommitmentHash((input as { commitment: unknown }).commitment, record.commitmentHash, add);
  const problems = allocationProblems(commitment);
  add(
    'allocation',
    problems.length === 0,
    problems.length === 0
      ? `${commitment.invitations} invitations (${commitment.allocation}): ${commitment.strata.map((s) => `${s.name} ${s.invitations}/${s.poolSize}`).join(', ')}`
      : problems.join('; '),
  );
  checkSources(record, add);
  const seed = deriveSeedHex(record.commitmentHash, record.values);
  add(
    'seed',
    seed === record.seed,
    seed === record.seed ? `seed = ${seed}` : `seed is ${seed}, the record says ${record.seed}`,
  );
  // Each stratum is checked against the seed derived here, so a doctored seed cannot carry its picks.
  commitment.strata.forEach((stratum, s) => {
    checkStratum(seed, stratum, record.strata[s] as StratumDraw, s, add);
  });
  const holders = new Map<string, string[]>();
  for (const draw of record.strata)
    for (const pick of draw.selection)
      holders.set(pick.id, [...(holders.get(pick.id) ?? []), `${draw.name} rank ${pick.rank}`]);
  const repeated = [...holders].filter(([, where]) => where.length > 1);
  add(
    'distinct-ids',
    repeated.length === 0,
    repeated.length === 0
      ? `the ${invited} invited ids are all different`
      : `ids invited more than once: ${repeated.map(([id, where]) => `${JSON.stringify(id)} (${where.join(', ')})`).join('; ')}`,
  );
  if (options.pools !== undefined) checkPools(record, options.pools, add);
  return done();
}

function checkStratum(
  seed: string,
  stratum: Stratum,
  draw: StratumDraw,
  s: number,
  add: AddCheck,
): void {
  const label = `stratum ${s} (${JSON.stringify(stratum.name)})`;
  const expectedSeed = stratumSeedHex(seed, stratum.name);
  add(
    `stratum-seed-${s}`,
    draw.seed === expectedSeed,
    draw.seed === expectedSeed
      ? `${label}: seed = ${expectedSeed}`
      : `${label}: the stratum seed is ${expectedSeed}, the record says ${draw.seed}`,
  );
  if (stratum.invitations > stratum.poolSize) {
    add(
      `stratum-picks-${s}`,
      false,
      `${label}: ${stratum.invitations} invitations cannot be drawn from ${stratum.poolSize} ids`,
    );
  } else if (draw.selection.length !== stratum.invitations) {
    // Judged before replaying the stream, so that a doctored count cannot make the verifier draw
    // billions of picks: the replay is never longer than the selection the file holds.
    add(
      `stratum-picks-${s}`,
      false,
      `${label}: ${draw.selection.length} picks, ${stratum.invitations} invitations committed`,
    );
  } else {
    const expected = stratumIndices(seed, stratum);
    const problems: string[] = [];
    draw.selection.forEach((pick, i) => {
      if (pick.rank !== i + 1) problems.push(`pick ${i + 1} has rank ${pick.rank}`);
      if (expected[i] !== undefined && pick.index !== expected[i])
        problems.push(`rank ${i + 1} is index ${pick.index}, the stream gives ${expected[i]}`);
    });
    add(
      `stratum-picks-${s}`,
      problems.length === 0,
      problems.length === 0
        ? `${label}: the ${expected.length} picks are the stream's`
        : `${label}: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? `; and ${problems.length - 5} more` : ''}`,
    );
  }
  const unproven = draw.selection.filter(
    (pick) => !verifyInclusion(pick.id, pick.index, stratum.poolSize, pick.proof, stratum.poolRoot),
  );
  add(
    `stratum-proofs-${s}`,
    unproven.length === 0,
    unproven.length === 0
      ? `${label}: each of the ${draw.selection.length} ids is proven at its index under the stratum's pool root`
      : `${label}: the proof does not place the id at its index for rank ${unproven
          .slice(0, 5)
          .map((pick) => pick.rank)
          .join(', ')}${unproven.length > 5 ? ` and ${unproven.length - 5} more` : ''}`,
  );
}

function checkPools(
  record: InvitationsRecord,
  pools: ReadonlyMap<string, StratumPoolFile>,
  add: AddCheck,
): void {
  record.commitment.strata.forEach((stratum, s) => {
    const pool = pools.get(stratum.name);
    if (pool === undefined) {
      add(`stratum-pool-${s}`, false, `no pool file for stratum ${JSON.stringify(stratum.name)}`);
      return;
    }
    const root = bytesToHex(merkleRoot(pool.tree ?? buildMerkleTree(pool.ids)));
    const ok = root === stratum.poolRoot && pool.ids.length === stratum.poolSize;
    add(
      `stratum-pool-${s}`,
      ok,
      `stratum ${s} (${JSON.stringify(stratum.name)}): the pool file holds ${pool.ids.length} ids with root ${root}; committed ${stratum.poolSize} ids with root ${stratum.poolRoot}`,
    );
  });
  const owner = new Map<string, string>();
  const shared: string[] = [];
  for (const stratum of record.commitment.strata)
    for (const id of pools.get(stratum.name)?.ids ?? []) {
      const other = owner.get(id);
      if (other !== undefined && shared.length < 5)
        shared.push(`${JSON.stringify(id)} (${other}, ${stratum.name})`);
      owner.set(id, stratum.name);
    }
  add(
    'pools-disjoint',
    shared.length === 0,
    shared.length === 0
      ? `no id is in two strata's pools (${owner.size} ids in all)`
      : `ids in two strata's pools: ${shared.join('; ')}`,
  );
  const wrong = record.strata.flatMap((draw) => {
    const ids = pools.get(draw.name)?.ids;
    return draw.selection
      .filter((pick) => ids?.[pick.index] !== pick.id)
      .map((pick) => `${draw.name} rank ${pick.rank}`);
  });
  add(
    'pool-ids',
    wrong.length === 0,
    wrong.length === 0
      ? `every invited id is at its index in its stratum's pool file`
      : `ids not at their index in their stratum's pool file: ${wrong.slice(0, 10).join(', ')}`,
  );
}
