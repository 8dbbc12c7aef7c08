// A confidential deliberation: until `results.published`, the public sees that the jury is at work and
// how far it is, never a grade, an aggregate, a rank or a winner; the public log shows only the heads of
// the events that follow `deliberation.opened`. Pure: used by the server, the client and the verifiers.
// Spec: docs/deliberation.md, section "Confidential deliberation"; docs/event-log.md, "Withheld entries".

import type { ChainedEvent } from '../events/eventChain';
import type { Checkpoint, PublicLogEntry } from '../events/publicLogEntry';
import type { ProcessState } from '../process/processState';
import type { AggregationRule } from '../scoring/rule';
import { RoomEventType } from './roomEvents';

const PUBLISHED = 'results.published';

/** Whether the public must not see the deliberation's contents yet (confidential and not published). */
export const isWithheldNow = (state: ProcessState): boolean =>
  state.room?.confidential === true && state.outcome.published === undefined;

/**
 * The seq of the first event held back from the public log, or undefined when nothing is (no
 * deliberation, a public one, or results published). An absent `confidential` field reads as public.
 */
export function firstWithheldSeq(log: readonly ChainedEvent[]): number | undefined {
  const opened = log.find((event) => event.type === RoomEventType.Opened);
  if (opened === undefined) return undefined;
  if ((opened.payload as { confidential?: unknown }).confidential !== true) return undefined;
  if (log.some((event) => event.type === PUBLISHED)) return undefined;
  return opened.seq + 1;
}

/** The log as the public may see it now: every event after `deliberation.opened` reduced to its head. */
export function publicLogOf(log: readonly ChainedEvent[]): PublicLogEntry[] {
  const from = firstWithheldSeq(log);
  if (from === undefined) return [...log];
  return log.map((event) =>
    event.seq < from ? event : { seq: event.seq, hash: event.hash, withheld: true as const },
  );
}

/**
 * What the watchers of a process's public log are sent for newly appended events: withheld entries while
 * a confidential deliberation is in progress; at its publication, every event it had withheld, in full.
 * @param state the process after the append
 * @param log reads the whole chain (only at a confidential publication)
 */
export function pushedEntries(
  state: ProcessState,
  appended: readonly ChainedEvent[],
  log: () => readonly ChainedEvent[],
): PublicLogEntry[] {
  if (isWithheldNow(state))
    return appended.map((event) =>
      event.type === RoomEventType.Opened
        ? event
        : { seq: event.seq, hash: event.hash, withheld: true as const },
    );
  if (state.room?.confidential === true && appended.some((event) => event.type === PUBLISHED)) {
    const chain = log();
    const opened = chain.find((event) => event.type === RoomEventType.Opened);
    return chain.filter((event) => opened !== undefined && event.seq > opened.seq);
  }
  return [...appended];
}

/** What anyone may know of a confidential deliberation in progress: counts only. */
export interface DeliberationProgress {
  dossiers: number;
  /** Dossiers whose scoring has closed (their ballots are sealed). */
  examined: number;
  remaining: number;
}

export function deliberationProgress(state: ProcessState): DeliberationProgress {
  const room = state.room;
  const total = room?.dossierIds.length ?? state.dossiers?.dossiers.length ?? 0;
  const examined = new Set((room?.closed ?? []).map((entry) => entry.dossierId)).size;
  return { dossiers: total, examined, remaining: Math.max(0, total - examined) };
}

/** The public results answer while a confidential deliberation is in progress. */
export interface WithheldResults {
  withheld: true;
  process: { id: string; title: string; status: string };
  progress: DeliberationProgress;
  /** The rule fixed when the room opened: public before anyone grades (it is in `deliberation.opened`). */
  rule: AggregationRule;
  /** The public log's head: it grows as the jury works; the verifiers check the published chain extends it. */
  head: { seq: number; hash: string };
}

/**
 * Problems with a list of checkpoints against a released chain: each must name an event of the chain
 * and carry that event's hash. Empty when every checkpoint is on the chain.
 */
export function checkpointProblems(
  log: readonly ChainedEvent[],
  checkpoints: readonly Checkpoint[],
): string[] {
  return checkpoints.flatMap((checkpoint) => {
    const event = log[checkpoint.seq - 1];
    if (event === undefined || event.seq !== checkpoint.seq)
      return [`checkpoint ${checkpoint.seq} is beyond the end of the chain`];
    return event.hash === checkpoint.hash
      ? []
      : [`the chain's hash at event ${checkpoint.seq} is not the head shown at ${checkpoint.at}`];
  });
}
