// Follows a process's public log by folding each pushed event with the shared reducer, as the server does,
// instead of fetching the whole view again: a thousand viewers of a public page cost the server one push per
// event, not a thousand requests. The page starts from the server's fold of the public log (the `fold`
// route: log.json folded by the same shared code), so its first load carries neither the events' schemas
// nor the reducers and their BLS check: those load with the first push (foldPushedEntries.ts). The fold is
// fetched again (one request, spread over a window) only when the fold cannot go on: a gap in the
// sequence, a reconnection that missed events, an entry that does not fit, or a publication releasing what
// was held back. What the page shows is the server's word until a reader clicks "Vérifier", which
// downloads log.json and folds it here with every check (shared/process/verifyPublication.ts).

import { useEffect, useState } from 'react';
import type { PublicLogFold } from '../../../shared/process/publicLogFold';
import { ApiError } from '../api/apiClient';
import type * as foldPushedEntries from './foldPushedEntries';
import { pageCoalescedCall, PUBLIC_RELOAD_SPREAD_MS } from './useProcessEvents';
import { watchProcess } from './socket';
import { api } from '../api/api';

export type PublicLogLoad =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'failed' }
  | { kind: 'ready'; fold: PublicLogFold };

/** The code that folds pushes, downloaded with the first one. */
type FoldingCode = typeof foldPushedEntries;

const fetchFold = (processId: string) => api('public.fold', { params: { id: processId } });

export function usePublicLog(processId: string): PublicLogLoad {
  const [load, setLoad] = useState<PublicLogLoad>({ kind: 'loading' });
  useEffect(() => {
    let isCurrent = true;
    let fold: PublicLogFold | undefined;
    /** The head the server reported when the page started watching: the fold must reach it. */
    let announcedSeq = 0;
    // Pushes that arrive while the fold is being fetched wait, then fold on top of it.
    let waiting: (readonly unknown[])[] | undefined = [];
    /** The pushes' folds, one after the other, in the order the pushes arrived. */
    let folding = Promise.resolve();
    const show = (next: PublicLogFold) => {
      fold = next;
      if (isCurrent) setLoad({ kind: 'ready', fold: next });
    };
    const foldPush = async (raw: readonly unknown[]) => {
      let code: FoldingCode;
      try {
        code = await import('./foldPushedEntries');
      } catch {
        // The chunk could not be downloaded: the fold, fetched again, holds this push.
        return refetch.request();
      }
      if (!isCurrent) return;
      if (waiting !== undefined) return void waiting.push(raw);
      // No fold yet (its fetch failed): the next fetch holds this push.
      if (fold === undefined) return refetch.request();
      const next = code.foldPushedEntries(fold, raw);
      if (next.ok) show(next.fold);
      else refetch.request();
    };
    const enqueue = (raw: readonly unknown[]) => {
      folding = folding.then(() => foldPush(raw));
    };
    const fetchAgain = async () => {
      waiting ??= [];
      try {
        const fetched = await fetchFold(processId);
        const pushed = waiting;
        waiting = undefined;
        show(fetched);
        // Entries already in the fetched fold are skipped when the pushes are folded on top.
        pushed.forEach(enqueue);
        // Events appended between this fetch and the start of watching were never pushed.
        if (fetched.lastSeq < announcedSeq) refetch.request();
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
      if (waiting !== undefined) return void waiting.push(raw);
      enqueue(raw);
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
