// What every command of the calls service works with: the call's hash chain, the private tables, the mails,
// and the look-ups that refuse an unknown call or reviewer link. Built once by createCalls (../calls.ts).

import type { CallDecision } from '../../../shared/calls/callCommands';
import type { CallEvent } from '../../../shared/calls/callEvents';
import { applyCallEvent, type CallState } from '../../../shared/calls/callState';
import { ErrorCode, KleroterionError } from '../../../shared/errors';
import { hashToken } from '../../auth/tokens';
import type { Db } from '../../db/openDatabase';
import type { MailQueue } from '../../mail/mailQueue';
import type { Clock, Log, Random } from '../../ports';
import { createApplicationsRepository } from '../../repositories/applicationsRepository';
import { createReviewersRepository } from '../../repositories/reviewersRepository';
import { createReviewsRepository } from '../../repositories/reviewsRepository';
import { createSettlementsRepository } from '../../repositories/settlementsRepository';
import { createChainStore } from '../../store/chainStore';
import type { Ceremony } from '../ceremony';
import { createCallMails } from './callMails';

export interface CallDeps {
  db: Db;
  ceremony: Ceremony;
  clock: Clock;
  random: Random;
  /** Every message is queued in the transaction of the write that causes it. */
  mailQueue: MailQueue;
  log: Log;
  /** Read at each mail: the test server learns its URL only once it listens. */
  publicUrl: () => string;
}

export function createCallContext(deps: CallDeps) {
  const { db, clock } = deps;
  const store = createChainStore<CallState, CallEvent>(
    db,
    { name: 'call_events', key: 'call_id' },
    applyCallEvent,
  );
  const reviewers = createReviewersRepository(db);

  return {
    ...deps,
    store,
    mails: createCallMails(deps.mailQueue, deps.publicUrl),
    applications: createApplicationsRepository(db),
    reviewers,
    reviews: createReviewsRepository(db),
    settlements: createSettlementsRepository(db),

    requireCall(callId: string): CallState {
      const state = store.state(callId);
      if (state === undefined) throw new KleroterionError(ErrorCode.NotFound, `no call ${callId}`);
      return state;
    },
    /** Appends a decision to the call's chain, with the private writes in the same transaction. */
    append: (callId: string, decision: CallDecision, privateWrites?: () => void): CallState =>
      store.append(callId, decision.events, clock.now(), privateWrites).state,
    requireReviewer(token: string) {
      const row = reviewers.findByTokenHash(hashToken(token));
      if (row === undefined)
        throw new KleroterionError(ErrorCode.TokenInvalid, 'this reviewer link is not valid');
      return row;
    },
  };
}

export type CallContext = ReturnType<typeof createCallContext>;
