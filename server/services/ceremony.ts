// The ceremony service: each request is parsed, decided by the pure commands in shared/, appended with its
// private writes in one transaction, and only then acknowledged and broadcast. Its commands live in
// ceremony/, one file per command group; this factory binds them to one shared context.

import type { Decision } from '../../shared/process/processCommands';
import type { ProcessState } from '../../shared/process/processState';
import { bindContext } from './bindContext';
import {
  createCeremonyContext,
  type CeremonyDeps,
  type CeremonyListener,
} from './ceremony/ceremonyContext';
import { commitDraw, openTimelockSource, reveal } from './ceremony/committing';
import { draw } from './ceremony/drawing';
import {
  importDossiers,
  importRegisteredPool,
  importVolunteers,
  receipts,
} from './ceremony/importing';
import {
  answer,
  declineReasons,
  expireOverdue,
  invitation,
  sendInvitations,
} from './ceremony/inviting';
import {
  changeSettings,
  createProcess,
  describeService,
  limits,
  listProcesses,
} from './ceremony/processSetup';

export type { CeremonyOptions } from './ceremony/ceremonyContext';

export function createCeremony(deps: CeremonyDeps) {
  const context = createCeremonyContext(deps);
  return {
    onEvents(listener: CeremonyListener): () => void {
      context.listeners.add(listener);
      return () => context.listeners.delete(listener);
    },
    state: context.requireState,
    /** Appends an already-decided set of events (used by the room service), then notifies listeners. */
    appendDecision: (
      processId: string,
      decision: Decision,
      privateWrites?: () => void,
    ): ProcessState => context.commit(processId, decision, privateWrites),
    ...bindContext(context, {
      list: listProcesses,
      limits,
      create: createProcess,
      changeSettings,
      describeService,
      declineReasons,
      importVolunteers,
      importRegisteredPool,
      receipts,
      importDossiers,
      commitDraw,
      reveal,
      openTimelockSource,
      draw,
      sendInvitations,
      invitation,
      answer,
      expireOverdue,
    }),
  };
}

export type Ceremony = ReturnType<typeof createCeremony>;
