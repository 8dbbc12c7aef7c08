// Folding pushed entries on top of the page's fold, or of the organiser's whole state: the events' schemas
// and the shared reducers (with the BLS check of tie-lottery reveals), in their own chunk, which
// usePublicLog and useFoldedProcess load with the first push.

import { z } from 'zod';
import type { ProcessState } from '../../../shared/process/processState';
import {
  PublicLogEntry,
  foldOntoState,
  foldPublicLog,
  type FoldOutcome,
  type PublicLogFold,
  type StateFoldOutcome,
} from '../../../shared/process/publicLogFold';

const Entries = z.array(PublicLogEntry);

/**
 * `raw` (a push, unparsed) folded after `fold`; pushed entries that are not log entries are refused as
 * 'malformed' (the page then fetches its fold again). Never throws.
 */
export function foldPushedEntries(
  fold: PublicLogFold,
  raw: readonly unknown[],
): FoldOutcome | { ok: false; reason: 'malformed' } {
  const entries = Entries.safeParse(raw);
  if (!entries.success) return { ok: false, reason: 'malformed' };
  return foldPublicLog(fold, entries.data);
}

/**
 * `raw` (a push, unparsed) folded onto a whole process state; a push that is not log entries is refused as
 * 'malformed', withheld entries as 'withheld' (the page then fetches the state again). Never throws.
 */
export function foldPushedOntoState(
  state: ProcessState,
  raw: readonly unknown[],
): StateFoldOutcome | { ok: false; reason: 'malformed' } {
  const entries = Entries.safeParse(raw);
  if (!entries.success) return { ok: false, reason: 'malformed' };
  return foldOntoState(state, entries.data);
}
