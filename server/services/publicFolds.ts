// The public log of each process folded as a reader folds it (shared/process/publicLogFold.ts), kept until
// the chain grows: the public page starts from it, so a reader's browser downloads neither the events'
// schemas nor the BLS check to show the page; "Vérifier" folds log.json itself and trusts none of this.

import { publicLogOf } from '../../shared/deliberation/confidentiality';
import {
  EMPTY_PUBLIC_LOG,
  foldPublicLog,
  type PublicLogFold,
} from '../../shared/process/publicLogFold';
import type { EventStore } from '../store/eventStore';

export interface PublicFolds {
  /**
   * The fold of the process's public log as log.json serves it now, given the chain's head (new entries
   * are folded only once the head moves).
   * @throws {Error} when the public log does not fold (a log the server's own reducer accepted always does).
   */
  of(processId: string, head: string): PublicLogFold;
}

export function createPublicFolds(store: Pick<EventStore, 'events'>): PublicFolds {
  const folds = new Map<string, PublicLogFold>();
  return {
    of(processId, head) {
      const known = folds.get(processId);
      // Every event has a public entry (withheld: {seq, hash}), so the fold's head is the chain's.
      if (known !== undefined && known.head === head) return known;
      const entries = publicLogOf(store.events(processId));
      // As a reader does: the new entries on top of the known fold, or all of them when that cannot go
      // on (the publication releasing what was held back).
      const onTop = known === undefined ? undefined : foldPublicLog(known, entries);
      const folded = onTop?.ok === true ? onTop : foldPublicLog(EMPTY_PUBLIC_LOG, entries);
      if (!folded.ok)
        throw new Error(`the public log of ${processId} does not fold (${folded.reason})`);
      folds.set(processId, folded.fold);
      return folded.fold;
    },
  };
}
