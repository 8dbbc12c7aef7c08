// What every ceremony command shares: its ports, the repositories of the private tables it writes, the pool
// trees kept in memory, and `commit`, which appends a decision with its private writes in one transaction.

import type { Db } from '../../db/openDatabase';
import { ErrorCode, KleroterionError } from '../../../shared/errors';
import type { ChainedEvent } from '../../../shared/events/eventChain';
import type { Decision } from '../../../shared/process/processCommands';
import type { ProcessState } from '../../../shared/process/processState';
import type { MailQueue } from '../../mail/mailQueue';
import type { Clock, Log, Random } from '../../ports';
import { createDeclineReasonsRepository } from '../../repositories/declineReasonsRepository';
import { createInvitationsRepository } from '../../repositories/invitationsRepository';
import { createVolunteersRepository } from '../../repositories/volunteersRepository';
import type { EventStore } from '../../store/eventStore';
import { createStratificationStore } from '../../stratify/stratificationStore';
import { createPoolTrees } from '../poolTrees';

export interface CeremonyOptions {
  /**
   * Public base URL used in receipts and invitation links, e.g. http://localhost:3000. A getter in
   * server/index.ts (known only once the server listens, with PORT=0): read it at each use, never copy it.
   */
  publicUrl: string;
  /** Minimum time between the commitment and the drand round it names. */
  minDrandDelaySeconds: number;
  /** How long an alternate called in after a decline has to answer. */
  replyWindowMs: number;
}

export interface CeremonyDeps {
  db: Db;
  store: EventStore;
  clock: Clock;
  random: Random;
  /** Every message is queued in the transaction of the write that causes it. */
  mailQueue: MailQueue;
  log: Log;
  options: CeremonyOptions;
}

export type CeremonyListener = (processId: string, events: ChainedEvent[]) => void;

export function createCeremonyContext(deps: CeremonyDeps) {
  const { db, store, clock, log } = deps;
  const listeners = new Set<CeremonyListener>();

  function requireState(processId: string): ProcessState {
    const state = store.state(processId);
    if (state === undefined)
      throw new KleroterionError(ErrorCode.ProcessNotFound, `no process ${processId}`);
    return state;
  }

  /** Appends a decision's events (plus private writes) durably, notifies listeners, then raises any refusal. */
  function commit(processId: string, decision: Decision, privateWrites?: () => void): ProcessState {
    const { appended, state } = store.append(
      processId,
      decision.events,
      clock.now(),
      privateWrites,
    );
    for (const listener of listeners) listener(processId, appended);
    if (decision.refusal !== undefined) {
      log.warn({ processId, code: decision.refusal.code }, 'refused and recorded');
      throw decision.refusal;
    }
    return state;
  }

  return {
    ...deps,
    listeners,
    requireState,
    commit,
    pools: createPoolTrees(db),
    stratifications: createStratificationStore(db),
    volunteers: createVolunteersRepository(db),
    invitations: createInvitationsRepository(db),
    declineReasons: createDeclineReasonsRepository(db),
  };
}

export type CeremonyContext = ReturnType<typeof createCeremonyContext>;
