// A reader's fold of a process's public log, entry by entry, with the same reducer as the server's: the
// public page follows the pushed events instead of asking the server for the whole view after each one.
// Spec: docs/event-log.md, sections "Live updates" and "Stage".

import { GENESIS_HASH } from '../events/eventChain';
import { isWithheld, type PublicLogEntry } from '../events/publicLogEntry';
import { ResultEventType } from '../scoring/resultEvents';
import { applyEvent, type ProcessState } from './processState';

export { isWithheld, PublicLogEntry, WithheldEntry } from '../events/publicLogEntry';

export interface PublicLogFold {
  /** The process as folded from the entries that could be read (undefined before the first). */
  state: ProcessState | undefined;
  /** The last entry folded or counted, and its hash: the head of the chain as far as the reader knows. */
  lastSeq: number;
  head: string;
  /** Entries whose contents were held back: counted, not folded. */
  withheld: number;
}

export const EMPTY_PUBLIC_LOG: PublicLogFold = {
  state: undefined,
  lastSeq: 0,
  head: GENESIS_HASH,
  withheld: 0,
};

/**
 * Why the reader must fetch the whole log again instead of folding: a gap in the sequence, an entry that
 * does not link to the known head, an event the reducer refuses, or the release of a chain whose held-back
 * contents were skipped (at publication).
 */
export type RefoldReason = 'gap' | 'fork' | 'refused' | 'released';

export type FoldOutcome = { ok: true; fold: PublicLogFold } | { ok: false; reason: RefoldReason };

/**
 * Folds entries after `fold`. Entries already folded (seq ≤ lastSeq) are skipped, so a push that overlaps
 * a fetched log is harmless. Never throws: a problem is returned for the caller to fetch the log again.
 */
export function foldPublicLog(
  fold: PublicLogFold,
  entries: readonly PublicLogEntry[],
): FoldOutcome {
  let next = fold;
  for (const entry of entries) {
    if (entry.seq <= next.lastSeq) continue;
    if (entry.seq !== next.lastSeq + 1) return { ok: false, reason: 'gap' };
    if (isWithheld(entry)) {
      next = { ...next, lastSeq: entry.seq, head: entry.hash, withheld: next.withheld + 1 };
      continue;
    }
    if (entry.prevHash !== next.head) return { ok: false, reason: 'fork' };
    // Publication releases what was held back: the skipped contents must be read before going on.
    if (next.withheld > 0 && entry.type === ResultEventType.ResultsPublished)
      return { ok: false, reason: 'released' };
    try {
      next = {
        ...next,
        state: applyEvent(next.state, entry),
        lastSeq: entry.seq,
        head: entry.hash,
      };
    } catch {
      // InvalidEventError, or any error of a reducer fed a log it was not written for: fetch again.
      return { ok: false, reason: 'refused' };
    }
  }
  return { ok: true, fold: next };
}

/** Why a whole state cannot take pushed entries: as for a public fold, or contents held back from the public. */
export type StateFoldOutcome =
  { ok: true; state: ProcessState } | { ok: false; reason: RefoldReason | 'withheld' };

/**
 * Folds entries onto a process's whole state (the organiser's: the server's fold of every event). A pushed
 * entry that is not withheld is the chain's own event, so the same reducer gives the state the server
 * holds; a withheld entry hides contents that state needs, which only the server can give. Never throws.
 */
export function foldOntoState(
  state: ProcessState,
  entries: readonly PublicLogEntry[],
): StateFoldOutcome {
  const outcome = foldPublicLog(
    { state, lastSeq: state.lastSeq, head: state.head, withheld: 0 },
    entries,
  );
  if (!outcome.ok) return outcome;
  if (outcome.fold.withheld > 0) return { ok: false, reason: 'withheld' };
  return { ok: true, state: outcome.fold.state ?? state };
}
