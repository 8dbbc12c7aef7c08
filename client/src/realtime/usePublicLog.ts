// Follows a process's public log by folding each pushed event with the shared reducer, as the server does,
// instead of fetching the whole view again: a thousand viewers of a public page cost the server one push per
// event, not a thousand requests. The whole log is fetched once at the start, and again (one request,
// spread over a window) only when the fold cannot go on: a gap in the sequence, a reconnection that missed
// events, an entry that does not fit, or a publication releasing what was held back.

import { useEffect, useState } from 'react';
import { z } from 'zod';
import {
  EMPTY_PUBLIC_LOG,
  PublicLogEntry,
  foldPublicLog,
  type PublicLogFold,
} from '../../../shared/process/publicLogFold';
import { ApiError, apiBytes } from '../api/apiClient';
import { pageCoalescedCall, PUBLIC_RELOAD_SPREAD_MS, watchProcess } from './useProcessEvents';

export type PublicLogLoad =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'failed' }
  | { kind: 'ready'; fold: PublicLogFold };

const Entries = z.array(PublicLogEntry);

async function fetchLog(processId: string): Promise<PublicLogEntry[]> {
  const bytes = await apiBytes(`/api/public/processes/${encodeURIComponent(processId)}/log.json`);
  return Entries.parse(JSON.parse(new TextDecoder().decode(bytes)));
}

export function usePublicLog(processId: string): PublicLogLoad {
  const [load, setLoad] = useState<PublicLogLoad>({ kind: 'loading' });
  useEffect(() => {
    let isCurrent = true;
    let fold: PublicLogFold | undefined;
    /** The head the server reported when the page started watching: the fold must reach it. */
    let announcedSeq = 0;
    // Pushes that arrive while the log is being fetched wait, then fold on top of it.
    let waiting: PublicLogEntry[] | undefined = [];
    const show = (next: PublicLogFold) => {
      fold = next;
      if (isCurrent) setLoad({ kind: 'ready', fold: next });
    };
    const fetchAgain = async () => {
      waiting ??= [];
      try {
        const fetched = foldPublicLog(EMPTY_PUBLIC_LOG, await fetchLog(processId));
        if (!fetched.ok) throw new Error(`the public log does not fold (${fetched.reason})`);
        const pushed = waiting;
        waiting = undefined;
        const after = foldPublicLog(fetched.fold, pushed);
        show(after.ok ? after.fold : fetched.fold);
        // Events appended between this fetch and the start of watching were never pushed.
        if (!after.ok || (fold?.lastSeq ?? 0) < announcedSeq) refetch.request();
      } catch (error) {
        waiting = undefined;
        if (!isCurrent) return;
        if (error instanceof ApiError && error.status === 404) setLoad({ kind: 'missing' });
        else if (fold === undefined) setLoad({ kind: 'failed' });
      }
    };
    // Every viewer of the page meets the same gap at the same instant: their fetches are spread.
    const refetch = pageCoalescedCall(() => void fetchAgain(), PUBLIC_RELOAD_SPREAD_MS);
    const onEntries = (raw: readonly unknown[]) => {
      const entries = Entries.safeParse(raw);
      if (!entries.success) return refetch.request();
      if (waiting !== undefined) return void waiting.push(...entries.data);
      const next = foldPublicLog(fold ?? EMPTY_PUBLIC_LOG, entries.data);
      if (next.ok) show(next.fold);
      else refetch.request();
    };
    const stop = watchProcess(processId, onEntries, ({ lastSeq }) => {
      announcedSeq = Math.max(announcedSeq, lastSeq);
      if (fold !== undefined && waiting === undefined && lastSeq > fold.lastSeq) refetch.request();
    });
    void fetchAgain();
    return () => {
      isCurrent = false;
      refetch.cancel();
      stop();
    };
  }, [processId]);
  return load;
}
