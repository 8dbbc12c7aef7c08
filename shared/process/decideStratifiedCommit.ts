// The stratified option of a process's commitment: the same sources as a plain draw, and instead of the
// pool alone, the kleroterion-stratified/1 commitment to the respondents' features and the M panels.
// Spec: docs/lottery-spec.md, section 16; docs/stratification.md, section "In the organiser console".

import { ErrorCode } from '../errors';
import type { Quota } from '../stratify/quotas';
import { STRATIFIED_PROTOCOL } from '../stratify/stratifiedProtocol';
import {
  commitmentHeader,
  commitSources,
  decideCommitted,
  refuse,
  type CommitInput,
  type Decision,
} from './processCommands';
import { ProcessStatus, type ProcessState } from './processState';
import { ProcessStratifiedCommitment } from './processStratified';

/** What the computed lottery contributes to the commitment (§16). */
export interface StratifiedPlan {
  respondentsRoot: string;
  respondentCount: number;
  quotas: Quota[];
  panelSize: number;
  panelsRoot: string;
  panelCount: number;
}

/** Alternates per seat: enough for the process's alternates, spread evenly over the seats. */
export const alternatesPerSeat = (seats: number, alternates: number): number =>
  Math.ceil(alternates / seats);

/**
 * @throws {KleroterionError} TRANSITION_REFUSED out of order or when the lottery is not over this pool
 * with this many seats; VALIDATION_FAILED for a drand round too early.
 */
export function decideStratifiedCommit(
  state: ProcessState,
  input: CommitInput,
  plan: StratifiedPlan,
): Decision {
  if (state.status !== ProcessStatus.Draft)
    refuse(`cannot commit: the process is ${state.status} (needs draft)`);
  const pool = state.pool ?? refuse('cannot commit: no volunteers imported');
  if (plan.panelSize !== state.settings.seats)
    refuse(
      `cannot commit: the lottery has panels of ${plan.panelSize}, the process has ${state.settings.seats} seats; compute it again`,
    );
  if (plan.respondentCount !== pool.size)
    refuse(
      `cannot commit: the lottery has ${plan.respondentCount} respondents, the pool ${pool.size}; compute it again`,
    );
  // kleroterion-stratified/1's verifier does not open timelocks yet: such a draw could never be checked.
  if (input.witnesses.some((witness) => 'timelock' in witness))
    refuse(
      'cannot commit: a stratified draw does not take timelocked witnesses yet; give their secret’s hash instead',
      ErrorCode.ValidationFailed,
    );
  const perSeat = alternatesPerSeat(state.settings.seats, state.settings.alternates);
  const candidate = {
    protocol: STRATIFIED_PROTOCOL,
    ...commitmentHeader(state, pool, input),
    alternates: perSeat * state.settings.seats,
    ...plan,
    alternatesPerSeat: perSeat,
    sources: commitSources(input),
  };
  return decideCommitted(candidate, ProcessStratifiedCommitment);
}
