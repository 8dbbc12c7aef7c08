// Follows a process whose whole state the page holds (the organiser's console) by folding each pushed
// event onto it with the shared reducer, as the server folds its chain, instead of fetching the state again.
// The state route is asked again only when a push cannot be folded: withheld entries (a confidential
// deliberation in progress: its contents reach the public feed only at publication, and the organiser's
// state needs them), a gap or a reconnection that missed events, an entry that does not fit.

import { useEffect, useRef } from 'react';
import type { ProcessState } from '../../../shared/process/processState';
import type * as foldPushedEntries from './foldPushedEntries';
import { watchProcess } from './socket';

/** The code that folds pushes, downloaded with the first one (the chunk the public page loads too). */
type FoldingCode = typeof foldPushedEntries;

/**
 * Folds the pushes of `processId` onto `state` and hands each new state to `onFolded`; calls `refetch` when
 * a push cannot be folded or events were missed. `state` is the page's current state (undefined while it
 * loads: a push then asks for the state again).
 */
export function useFoldedProcess(
  processId: string,
  state: ProcessState | undefined,
  onFolded: (next: ProcessState) => void,
  refetch: () => void,
): void {
  // Pushes fold one after the other onto the newest state, the page's or the last folded one.
  const latest = useRef(state);
  if (
    state !== undefined &&
    (latest.current?.id !== state.id || state.lastSeq >= latest.current.lastSeq)
  )
    latest.current = state;
  const callbacks = useRef({ onFolded, refetch });
  callbacks.current = { onFolded, refetch };
  /** The head the server reported when watching (re)started: a state fetched before it may lack events. */
  const announcedSeq = useRef(0);
  const lastSeq = state?.lastSeq;
  useEffect(() => {
    if (lastSeq !== undefined && lastSeq < announcedSeq.current) callbacks.current.refetch();
  }, [lastSeq]);
  useEffect(() => {
    let isCurrent = true;
    let folding = Promise.resolve();
    announcedSeq.current = 0;
    const foldPush = async (raw: readonly unknown[]) => {
      let code: FoldingCode;
      try {
        code = await import('./foldPushedEntries');
      } catch {
        // The chunk could not be downloaded: the state, fetched again, holds this push.
        return callbacks.current.refetch();
      }
      if (!isCurrent) return;
      const current = latest.current;
      // No state yet, or still the previous process's: the fetch under way or asked for here holds this push.
      if (current === undefined || current.id !== processId) return callbacks.current.refetch();
      const next = code.foldPushedOntoState(current, raw);
      if (!next.ok) return callbacks.current.refetch();
      // A push already held by the state (an action's answer came first) changes nothing.
      if (next.state === current) return;
      latest.current = next.state;
      callbacks.current.onFolded(next.state);
    };
    const stop = watchProcess(
      processId,
      (raw) => {
        folding = folding.then(() => foldPush(raw));
      },
      ({ lastSeq }) => {
        // (Re)started watching: events appended while not watching were never pushed.
        announcedSeq.current = Math.max(announcedSeq.current, lastSeq);
        const current = latest.current;
        if (current?.id === processId && lastSeq > current.lastSeq) callbacks.current.refetch();
      },
    );
    return () => {
      isCurrent = false;
      stop();
    };
  }, [processId]);
}
