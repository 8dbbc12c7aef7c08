// The ceremony's commit and reveal commands: the organiser's secret and the sources are committed (with
// each volunteer's receipt queued in the same transaction), then each source's value is revealed.

import { bytesToHex } from '../../../shared/crypto/bytes';
import { sha256HexOfText } from '../../../shared/crypto/hash';
import { chooseDrandRound } from '../../../shared/lottery/commitReveal';
import type { TimelockOpening } from '../../../shared/lottery/timelock';
import { decideStratifiedCommit } from '../../../shared/process/decideStratifiedCommit';
import {
  decideCommit,
  decideReveal,
  type WitnessInput,
} from '../../../shared/process/processCommands';
import type { ProcessState } from '../../../shared/process/processState';
import { receiptStageOnes } from '../../registration/receiptStageOnes';
import { stageOneLinkOf } from '../../registration/stageOneLinkOf';
import { receiptFor } from '../poolTrees';
import { queueReceiptMails } from '../receiptMails';
import type { CeremonyContext } from './ceremonyContext';

/** Generates the organiser's secret, returns it once, and keeps only its hash (in the commitment). */
export function commitDraw(
  context: CeremonyContext,
  processId: string,
  input: {
    witnesses: WitnessInput[];
    drandRound?: number;
    drandDelaySeconds?: number;
    /** Commit to the process's computed stratified lottery (kleroterion-stratified/1). */
    stratified?: boolean;
  },
): { state: ProcessState; organiserSecret: string } {
  const { db, clock, random, mailQueue, options, pools, stratifications } = context;
  const state = context.requireState(processId);
  const now = clock.now();
  // Refused before anything is written: a too-short delay leaves the chain as it was.
  const drandRound = chooseDrandRound({
    now,
    drandRound: input.drandRound,
    drandDelaySeconds: input.drandDelaySeconds,
    minDrandDelaySeconds: options.minDrandDelaySeconds,
  });
  const secret = bytesToHex(random.bytes(32));
  const stageOne =
    state.pool === undefined ? undefined : stageOneLinkOf(db, processId, state.pool.size);
  const commitInput = {
    organiserSecretHash: sha256HexOfText(secret),
    witnesses: input.witnesses,
    drandRound,
    now,
    minDrandDelaySeconds: options.minDrandDelaySeconds,
    ...(stageOne === undefined ? {} : { stageOne }),
  };
  const decision =
    input.stratified === true
      ? decideStratifiedCommit(
          state,
          commitInput,
          stratifications.materialise(processId, state).plan,
        )
      : decideCommit(state, commitInput);
  // A pool of registered invitees: each receipt also proves its holder's invitation. Read from the stage-one
  // record before the transaction, which then only queues the mails.
  const invitations =
    stageOne === undefined || decision.refusal !== undefined
      ? undefined
      : receiptStageOnes(db, processId, stageOne.recordHash);
  // Each volunteer's own receipt is queued with the commitment that seals the pool (not on a refusal).
  const next = context.commit(processId, decision, () => {
    if (decision.refusal !== undefined) return;
    const { tree } = pools.poolOf(processId, state);
    queueReceiptMails({
      db,
      mailQueue,
      state,
      receiptOf: (id, index) =>
        receiptFor(state, tree, id, index, options.publicUrl, invitations?.get(id)),
      checkUrl: `${options.publicUrl}/p/${processId}#receipt-heading`,
    });
  });
  return { state: next, organiserSecret: secret };
}

export function reveal(
  context: CeremonyContext,
  processId: string,
  source: number,
  revealed: { value: string } | { signature: string },
  timelockOpening?: TimelockOpening,
): ProcessState {
  return context.commit(
    processId,
    decideReveal(context.requireState(processId), source, revealed, timelockOpening),
  );
}

/**
 * Opens a timelock source's ciphertext with the given signature of its round, before `reveal` checks
 * and records it; undefined when the source is not a timelock (nothing to open).
 */
export async function openTimelockSource(
  context: CeremonyContext,
  processId: string,
  source: number,
  signature: string,
): Promise<TimelockOpening | undefined> {
  const target = context.requireState(processId).commitment?.commitment.sources[source];
  if (target?.timelock === undefined) return undefined;
  const { openTimelock } = await import('../../../shared/lottery/timelockOpen');
  const { ciphertext, round } = target.timelock;
  return openTimelock(ciphertext, round, signature.trim().toLowerCase());
}
