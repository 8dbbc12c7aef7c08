// The calls-for-projects service: applications in, reviewers' pre-screening, the organiser's settlement
// and the hand-over of admissible applications to a jury process as its dossiers. Public facts go to the
// call's hash chain; personal data and review texts go to private tables in the same transaction. The
// messages (confirmation, reviewer link, decision) are queued in the transaction of the write that causes
// them. Inputs arrive parsed by the HTTP contract (shared/api/groups/calls.contract.ts); each command
// group is in calls/: applications, reviews, settlements, over the context of calls/callContext.ts.

import { bytesToHex } from '../../shared/crypto/bytes';
import { decideCreateCall } from '../../shared/calls/callCommands';
import type { CallSettings } from '../../shared/calls/callEvents';
import type { CallState } from '../../shared/calls/callState';
import { publicCallView } from '../../shared/calls/callViews';
import type {
  ApplicationSubmission,
  ReviewerInput,
  Settlement,
} from '../../shared/api/groups/calls.contract';
import type { Review } from '../../shared/calls/review';
import { applicationOf, submitApplication } from './calls/applications';
import { createCallContext, type CallDeps } from './calls/callContext';
import {
  addReviewer,
  assignReviewers,
  declareConflict,
  reviewAs,
  reviewerViewOf,
  submitReview,
} from './calls/reviews';
import { exportToProcess, organiserViewOf, settle } from './calls/settlements';

export { APPLICATION_LANGUAGE_FIELD } from './calls/applications';

export function createCalls(deps: CallDeps) {
  const ctx = createCallContext(deps);
  const { store, clock, random } = ctx;

  return {
    store,
    list: () => store.ids().map((id) => publicCallView(store.state(id)!, clock.now())),
    create(settings: CallSettings): CallState {
      const callId = bytesToHex(random.bytes(8));
      return ctx.append(callId, decideCreateCall(callId, settings));
    },
    publicView: (callId: string) => publicCallView(ctx.requireCall(callId), clock.now()),
    log: (callId: string) => (ctx.requireCall(callId), store.events(callId)),
    /** The public chain of the call that exported its dossiers to `processId`, or null. */
    logExportedTo(processId: string) {
      const callId = store.ids().find((id) => store.state(id)?.exported?.processId === processId);
      return callId === undefined ? null : store.events(callId);
    },

    /** An application from the public form; returns its reference. Nothing is kept on refusal. */
    submit: (callId: string, body: ApplicationSubmission) => submitApplication(ctx, callId, body),
    /** The applicant's own view through their private link. */
    application: (token: string) => applicationOf(ctx, token),

    addReviewer: (callId: string, input: ReviewerInput) => addReviewer(ctx, callId, input),
    assign: (callId: string) => assignReviewers(ctx, callId),
    /** A reviewer's own queue: their applications, with their reviews so far. */
    reviewerView: (token: string) => reviewerViewOf(ctx, token),
    /** Refuses an unknown reviewer link (TOKEN_INVALID). */
    checkReviewerLink: (token: string): void => void ctx.requireReviewer(token),
    declareConflict: (token: string, ref: string) => declareConflict(ctx, token, ref),
    submitReview: (token: string, ref: string, review: Review) =>
      submitReview(ctx, token, ref, review),
    /** Records a review by `reviewerId` (the caller has authenticated them, e.g. by their link). */
    reviewAs: (callId: string, reviewerId: string, ref: string, review: Review) =>
      reviewAs(ctx, callId, reviewerId, ref, review),

    /** The organiser's view: progress, reviewers, and applications with disagreements first. */
    organiserView: (callId: string) => organiserViewOf(ctx, callId),
    settle: (callId: string, ref: string, settlement: Settlement) =>
      settle(ctx, callId, ref, settlement),
    /** Sends the admissible applications to a jury process as its dossiers, in one transaction. */
    exportToProcess: (callId: string, processId: string) => exportToProcess(ctx, callId, processId),
  };
}

export type Calls = ReturnType<typeof createCalls>;
