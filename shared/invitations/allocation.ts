// How k invitations are spread over the strata: the largest-remainder (Hamilton) allocation, in integers
// only, and the checks a commitment's allocation must pass.
// Spec: docs/lottery-spec.md, section 17 "kleroterion-invitations/1", "Allocation".

import { compareUtf8 } from '../lottery/poolId';
import { Allocation, type InvitationsCommitment } from './commitment';

/** A stratum as the allocation sees it. */
export interface StratumSize {
  name: string;
  poolSize: number;
}

/**
 * Largest remainder over the stratum sizes: stratum s gets floor(k·N_s / N), then the seats left over go
 * one each to the strata with the largest remainders (k·N_s mod N), ties to the smaller name in UTF-8
 * byte order. Computed with exact integers (BigInt), never floating point. Returns one number per
 * stratum, in the order given.
 * @throws {RangeError} when there is no stratum, a size is not a positive integer, or k is negative.
 */
export function largestRemainder(k: number, strata: readonly StratumSize[]): number[] {
  if (strata.length === 0) throw new RangeError('the allocation needs at least one stratum');
  if (!Number.isSafeInteger(k) || k < 0) throw new RangeError(`k must be an integer ≥ 0, got ${k}`);
  for (const s of strata)
    if (!Number.isSafeInteger(s.poolSize) || s.poolSize < 1)
      throw new RangeError(`stratum ${JSON.stringify(s.name)} has size ${s.poolSize}`);
  const total = strata.reduce((sum, s) => sum + BigInt(s.poolSize), 0n);
  const kk = BigInt(k);
  const floors = strata.map((s) => (kk * BigInt(s.poolSize)) / total);
  const remainders = strata.map((s) => (kk * BigInt(s.poolSize)) % total);
  const left = Number(kk - floors.reduce((sum, f) => sum + f, 0n));
  const order = strata
    .map((_, i) => i)
    .sort((a, b) => {
      const ra = remainders[a] as bigint;
      const rb = remainders[b] as bigint;
      if (ra !== rb) return ra > rb ? -1 : 1;
      return compareUtf8((strata[a] as StratumSize).name, (strata[b] as StratumSize).name);
    });
  const result = floors.map(Number);
  for (const i of order.slice(0, left)) result[i] = (result[i] as number) + 1;
  return result;
}

/**
 * What is wrong with a commitment's allocation, one sentence per problem; empty when it is right: the
 * strata's invitations sum to `invitations`, none exceeds its pool, and a "proportional" allocation is
 * exactly the largest remainder.
 */
export function allocationProblems(commitment: InvitationsCommitment): string[] {
  const problems: string[] = [];
  const sum = commitment.strata.reduce((total, s) => total + s.invitations, 0);
  if (sum !== commitment.invitations)
    problems.push(
      `the strata's invitations sum to ${sum}, the commitment says ${commitment.invitations}`,
    );
  for (const s of commitment.strata)
    if (s.invitations > s.poolSize)
      problems.push(
        `stratum ${JSON.stringify(s.name)} has ${s.invitations} invitations for a pool of ${s.poolSize}`,
      );
  if (commitment.allocation === Allocation.Proportional) {
    const expected = largestRemainder(commitment.invitations, commitment.strata);
    const wrong = commitment.strata.filter((s, i) => s.invitations !== expected[i]);
    if (wrong.length > 0)
      problems.push(
        `not the largest-remainder allocation: ${wrong
          .map(
            (s) =>
              `${JSON.stringify(s.name)} has ${s.invitations}, expected ${expected[commitment.strata.indexOf(s)]}`,
          )
          .join('; ')}`,
      );
  }
  return problems;
}
