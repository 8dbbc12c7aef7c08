// What the public page shows of a process: the public state only, never personal data (there is none in
// the state), shaped for display.
// Spec: docs/event-log.md, section "Public page".

import { quicknetRoundTime } from '../lottery/drandQuicknet';
import type { ProcessState } from './processState';

export function publicView(state: ProcessState) {
  const commitment = state.commitment;
  const drand = commitment?.commitment.sources.find(
    (source) => source.beacon !== undefined,
  )?.beacon;
  return {
    id: state.id,
    title: state.settings.title,
    status: state.status,
    createdAt: state.createdAt,
    settings: state.settings,
    pool:
      state.pool === undefined
        ? undefined
        : { size: state.pool.size, root: state.pool.root, importedAt: state.pool.importedAt },
    commitment:
      commitment === undefined
        ? undefined
        : {
            ...commitment,
            drandRoundTime:
              drand === undefined
                ? undefined
                : new Date(quicknetRoundTime(drand.round) * 1000).toISOString(),
          },
    values: state.values.map((value, i) =>
      state.revealed[i] === true ? { revealed: true, value } : { revealed: false },
    ),
    record: state.record,
    drawnAt: state.drawnAt,
    seats: state.seats,
    waitingAlternates: state.waitingAlternates,
    changes: state.changes,
    redrawAttempts: state.redrawAttempts,
    dossiers: state.dossiers,
    lastSeq: state.lastSeq,
    head: state.head,
  };
}
export type PublicView = ReturnType<typeof publicView>;
