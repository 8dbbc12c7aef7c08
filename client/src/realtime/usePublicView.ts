// A process's public view, as the public page and the witness page both show it: the public log followed
// live (usePublicLog.ts), and the view folded from its state once the first entry is there.

import { useMemo } from 'react';
import type { ProcessState } from '../../../shared/process/processState';
import type { PublicLogFold } from '../../../shared/process/publicLogFold';
import { publicView, type PublicView } from '../../../shared/process/publicView';
import { usePublicLog } from './usePublicLog';

export type PublicViewLoad =
  /** Loading, or loaded but with no entry folded yet: nothing to show so far. */
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'failed' }
  | { kind: 'ready'; fold: PublicLogFold & { state: ProcessState }; view: PublicView };

/** Follows a process's public log and folds its public view again each time the log moves on. */
export function usePublicView(processId: string): PublicViewLoad {
  const log = usePublicLog(processId);
  return useMemo((): PublicViewLoad => {
    if (log.kind !== 'ready') return { kind: log.kind };
    const { state } = log.fold;
    if (state === undefined) return { kind: 'loading' };
    return { kind: 'ready', fold: { ...log.fold, state }, view: publicView(state) };
  }, [log]);
}
