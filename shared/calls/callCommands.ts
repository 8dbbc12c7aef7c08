// Pure decisions for a call for projects: the events a request produces, or a typed refusal.
// Spec: docs/calls.md.

import { ErrorCode, KleroterionError } from '../errors';
import { leastLoaded, reviewerLoad, assignPending } from './assignment';
import { CallEventType, type CallEvent, type CallSettings, type Reason } from './callEvents';
import { activeReviewers, isClosedAt, isOpenAt, nextRef, type CallState } from './callState';
import { contentDigest, type PublicContent } from './publicContent';
import { reviewDigest, type Review } from './review';

export interface CallDecision {
  events: CallEvent[];
}

const refuse = (message: string, code: ErrorCode = ErrorCode.TransitionRefused): never => {
  throw new KleroterionError(code, message);
};

/** A new call; its settings come parsed (CallSettings: the HTTP contract parses the organiser's form). */
export function decideCreateCall(callId: string, settings: CallSettings): CallDecision {
  return { events: [{ type: CallEventType.Created, payload: { callId, settings } }] };
}

const assignedEvents = (pairs: { ref: string; reviewers: string[] }[]): CallEvent[] =>
  pairs.map(({ ref, reviewers }) => ({
    type: CallEventType.Assigned,
    payload: { ref, reviewers },
  }));

/**
 * Adds a reviewer; the applications still waiting for two reviewers (received while the call had fewer)
 * are balanced over the reviewers in the same decision.
 */
export function decideAddReviewer(state: CallState): { decision: CallDecision; reviewer: string } {
  const reviewer = `R${String(state.reviewers.length + 1).padStart(2, '0')}`;
  if (state.reviewers.length >= 999) refuse('too many reviewers');
  const reviewers = [...state.reviewers, reviewer];
  return {
    decision: {
      events: [
        { type: CallEventType.ReviewerAdded, payload: { reviewer } },
        ...assignedEvents(assignPending(state, { reviewers })),
      ],
    },
    reviewer,
  };
}

/**
 * Receives an application during the window; returns its reference with the events: its receipt and,
 * when the call has two reviewers or more, its balanced assignment (with any still unassigned before it).
 */
export function decideReceive(
  state: CallState,
  content: PublicContent,
  now: Date,
): { decision: CallDecision; ref: string } {
  if (!isOpenAt(state.settings, now.toISOString()))
    refuse(
      Date.parse(state.settings.opensAt) > now.getTime()
        ? 'the call for projects is not open yet'
        : 'the call for projects is closed',
      ErrorCode.CallClosed,
    );
  if (state.order.length >= 999)
    refuse('this call has reached 999 applications', ErrorCode.CallClosed);
  const ref = nextRef(state);
  return {
    decision: {
      events: [
        { type: CallEventType.Received, payload: { ref, digest: contentDigest(content) } },
        ...assignedEvents(assignPending(state, { arriving: [ref] })),
      ],
    },
    ref,
  };
}

/**
 * Assigns every unassigned application to two reviewers, balancing the load. Receipt and new reviewers
 * already do it; this catches up applications received before automatic assignment existed.
 */
export function decideAssign(state: CallState): CallDecision {
  if (state.reviewers.length < 2) refuse('add at least two reviewers first');
  return { events: assignedEvents(assignPending(state)) };
}

function requireApplication(state: CallState, ref: string) {
  const application = state.applications[ref];
  if (application === undefined)
    throw new KleroterionError(ErrorCode.NotFound, `no application ${ref}`);
  return application;
}

/** A reviewer declares a conflict of interest: the least loaded other reviewer replaces them. */
export function decideConflict(state: CallState, ref: string, reviewer: string): CallDecision {
  const application = requireApplication(state, ref);
  if (!activeReviewers(application).includes(reviewer))
    refuse('you are not reviewing this application', ErrorCode.Forbidden);
  if (application.reviews[reviewer] !== undefined)
    refuse('you have already reviewed this application');
  if (application.settled !== undefined) refuse('this application is already settled');
  const [replacement] = leastLoaded(state.reviewers, reviewerLoad(state), application.reviewers, 1);
  if (replacement === undefined) return refuse('no other reviewer can take this application');
  return {
    events: [{ type: CallEventType.ConflictDeclared, payload: { ref, reviewer, replacement } }],
  };
}

export function decideReview(
  state: CallState,
  ref: string,
  reviewer: string,
  review: Review,
): CallDecision {
  const application = requireApplication(state, ref);
  if (!activeReviewers(application).includes(reviewer))
    refuse('you are not reviewing this application', ErrorCode.Forbidden);
  if (application.settled !== undefined) refuse('this application is already settled');
  return {
    events: [
      {
        type: CallEventType.ReviewSubmitted,
        payload: {
          ref,
          reviewer,
          opinion: review.opinion,
          digest: reviewDigest(ref, reviewer, review),
        },
      },
    ],
  };
}

export function decideSettle(
  state: CallState,
  ref: string,
  admissible: boolean,
  reason: Reason | null,
  now: Date,
): CallDecision {
  const application = requireApplication(state, ref);
  if (!isClosedAt(state.settings, now.toISOString()))
    refuse('applications are settled once the call is closed');
  if (application.settled !== undefined) refuse('this application is already settled');
  const active = activeReviewers(application);
  if (active.length < 2 || active.some((r) => application.reviews[r] === undefined))
    refuse('both reviews are needed before settling');
  if (admissible !== (reason === null))
    refuse(
      admissible
        ? 'an admissible application has no reason for refusal'
        : 'give the reason why it is not admissible',
      ErrorCode.ValidationFailed,
    );
  return { events: [{ type: CallEventType.Settled, payload: { ref, admissible, reason } }] };
}

export function decideExport(state: CallState, processId: string): CallDecision {
  if (state.exported !== undefined)
    refuse(`the dossiers were already sent to process ${state.exported.processId}`);
  const unsettled = state.order.filter((ref) => state.applications[ref]?.settled === undefined);
  if (unsettled.length > 0) refuse(`${unsettled.length} application(s) are not settled yet`);
  const refs = state.order.filter((ref) => state.applications[ref]?.settled?.admissible === true);
  if (refs.length === 0) refuse('no application is admissible');
  return { events: [{ type: CallEventType.Exported, payload: { processId, refs } }] };
}
