// Folding pushed entries on top of the page's fold: the events' schemas and the shared reducers (with the
// BLS check of tie-lottery reveals), in their own chunk, which usePublicLog loads with the first push.

import { z } from 'zod';
import {
  PublicLogEntry,
  foldPublicLog,
  type FoldOutcome,
  type PublicLogFold,
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
