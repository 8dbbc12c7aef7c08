// The outcome service: results, tie settlement, publication, the audit bundle and the exports. Reads the
// public log through the ceremony, and the private ballots table only for seat links (published when the
// rule allows it) and for the organiser's own per-seat export. Its parts, by command group, are in
// outcome/: the bundle and ballots every part reads (outcomeBundle.ts), the reads and exports
// (resultReads.ts), the tie settlement and publication (settlementCommands.ts), the procès-verbal
// (procesVerbalPdfs.ts).

import type { ChainedEvent } from '../../shared/events/eventChain';
import type { Db } from '../db/openDatabase';
import type { Clock, Random } from '../ports';
import type { EventStore } from '../store/eventStore';
import type { Ceremony } from './ceremony';
import { createOutcomeBundle } from './outcome/outcomeBundle';
import { createProcesVerbalPdfs } from './outcome/procesVerbalPdfs';
import { createResultReads } from './outcome/resultReads';
import { createSettlementCommands } from './outcome/settlementCommands';

export type { Viewer } from './outcome/outcomeBundle';

export function createOutcome(deps: {
  db: Db;
  store: EventStore;
  ceremony: Ceremony;
  clock: Clock;
  random: Random;
  minDrandDelaySeconds: number;
  /** The public chain of the call whose dossiers this process received, if any. */
  callLogFor: (processId: string) => ChainedEvent[] | null;
}) {
  const bundle = createOutcomeBundle(deps);
  return {
    ...createResultReads({ ceremony: deps.ceremony, bundle }),
    ...createSettlementCommands(deps),
    ...createProcesVerbalPdfs({ ...deps, bundle }),
  };
}

export type Outcome = ReturnType<typeof createOutcome>;
