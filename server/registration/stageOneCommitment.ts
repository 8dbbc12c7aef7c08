// The commitment of stage one's draw run in the console, from the register as imported and the organiser's
// choices, and what the console and the public page show of it. Spec: docs/lottery-spec.md, sections 3
// and 17.1–17.2 (unstratified stage one is kleroterion-draw/1 with seats = k and no alternates).

import type { StageOneCommitInput } from '../../shared/api/groups/registration.contract';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import { allocationProblems, largestRemainder } from '../../shared/invitations/allocation';
import {
  Allocation,
  INVITATIONS_PROTOCOL,
  InvitationsCommitment,
} from '../../shared/invitations/commitment';
import {
  Commitment,
  DRAW_PROTOCOL,
  describeIssues,
  type Source,
} from '../../shared/lottery/protocol';
import type { RegisterImport } from '../repositories/registerRepository';
import { invalid } from './stageOneAcceptance';

/** A stage-one commitment: stratified, or a plain draw over the whole register. */
export type StageOneCommitment = Commitment | InvitationsCommitment;

/**
 * The commitment for k invitations over the register as it is now: kleroterion-invitations/1 over its
 * strata (the proportional allocation, or the organiser's numbers for every stratum), or, without strata,
 * kleroterion-draw/1 with seats = k and no alternates over the whole register.
 * @throws {KleroterionError} INVALID_ARGUMENT (k above the register's size, a wrong allocation),
 * COMMITMENT_MALFORMED (a commitment its own schema refuses)
 */
export function stageOneCommitment(
  current: RegisterImport,
  input: StageOneCommitInput,
  sources: Source[],
  header: { title: string; process: string; committedAt: string },
): StageOneCommitment {
  const k = input.invitations;
  if (k > current.rowCount)
    throw invalid(
      `${k} invitations for a register of ${current.rowCount} entries: k must be at most the register's size`,
      'invitations',
    );
  if (current.strata.length === 0) {
    if (input.allocation !== undefined)
      throw invalid('the register has no strata: there is no allocation to set', 'allocation');
    const candidate = {
      protocol: DRAW_PROTOCOL,
      ...header,
      poolRoot: current.root,
      poolSize: current.rowCount,
      seats: k,
      alternates: 0,
      sources,
    };
    const parsed = Commitment.safeParse(candidate);
    if (!parsed.success)
      throw new KleroterionError(
        ErrorCode.CommitmentMalformed,
        `commitment: ${describeIssues(parsed.error)}`,
      );
    return candidate;
  }
  let numbers: number[];
  if (input.allocation === undefined)
    numbers = largestRemainder(
      k,
      current.strata.map((s) => ({ name: s.name, poolSize: s.size })),
    );
  else {
    const given = new Map(input.allocation.map((a) => [a.name, a.invitations]));
    if (given.size !== input.allocation.length)
      throw invalid('the allocation names a stratum twice', 'allocation');
    const unknown = input.allocation.find((a) => !current.strata.some((s) => s.name === a.name));
    if (unknown !== undefined)
      throw invalid(
        `the allocation names ${JSON.stringify(unknown.name)}, which is not a stratum of the register`,
        'allocation',
      );
    const missing = current.strata.find((s) => !given.has(s.name));
    if (missing !== undefined)
      throw invalid(
        `the allocation gives no number for stratum ${JSON.stringify(missing.name)}: give one for every stratum`,
        'allocation',
      );
    numbers = current.strata.map((s) => given.get(s.name) as number);
  }
  const candidate = {
    protocol: INVITATIONS_PROTOCOL,
    ...header,
    invitations: k,
    allocation: input.allocation === undefined ? Allocation.Proportional : Allocation.Set,
    strata: current.strata.map((s, i) => ({
      name: s.name,
      poolRoot: s.root,
      poolSize: s.size,
      invitations: numbers[i] as number,
    })),
    sources,
  };
  const parsed = InvitationsCommitment.safeParse(candidate);
  if (!parsed.success)
    throw new KleroterionError(
      ErrorCode.CommitmentMalformed,
      `commitment: ${describeIssues(parsed.error)}`,
    );
  const problems = allocationProblems(parsed.data);
  if (problems.length > 0) throw invalid(`allocation: ${problems.join('; ')}`, 'allocation');
  return candidate;
}

/** k, the allocation and the strata of a commitment (one stratum-less entry list for a plain draw). */
export function summaryOf(commitment: StageOneCommitment) {
  if (commitment.protocol === INVITATIONS_PROTOCOL) {
    const c = commitment as InvitationsCommitment;
    return {
      invitations: c.invitations,
      allocation: c.allocation,
      strata: c.strata.map((s) => ({
        name: s.name,
        poolSize: s.poolSize,
        invitations: s.invitations,
      })),
    };
  }
  const c = commitment as Commitment;
  return { invitations: c.seats, allocation: null, strata: [] };
}
