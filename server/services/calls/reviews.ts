// The administration's pre-screening: reviewers added (their link mailed), applications assigned to them,
// each reviewer's queue, their reviews and their declared conflicts.

import type { ReviewerInput } from '../../../shared/api/groups/calls.contract';
import {
  decideAddReviewer,
  decideAssign,
  decideConflict,
  decideReview,
} from '../../../shared/calls/callCommands';
import { activeReviewers, type CallState } from '../../../shared/calls/callState';
import { callStatus, type ReviewerView } from '../../../shared/calls/callViews';
import { publicContent } from '../../../shared/calls/publicContent';
import type { Review } from '../../../shared/calls/review';
import { hashToken, newToken } from '../../auth/tokens';
import type { CallContext } from './callContext';

/** Adds a reviewer to a call and mails them their link; returns their id (R01, R02…). */
export function addReviewer(
  ctx: CallContext,
  callId: string,
  input: ReviewerInput,
): { reviewer: string } {
  const state = ctx.requireCall(callId);
  const { decision, reviewer } = decideAddReviewer(state);
  const token = newToken(ctx.random);
  ctx.append(callId, decision, () => {
    ctx.reviewers.insert(
      { callId, reviewerId: reviewer, name: input.name, email: input.email },
      hashToken(token),
      ctx.clock.now().toISOString(),
    );
    ctx.mails.reviewerInvitation({
      callId,
      callTitle: state.settings.title,
      reviewer,
      name: input.name,
      to: input.email,
      token,
    });
  });
  return { reviewer };
}

/** Balances the applications still waiting for reviewers over the call's reviewers. */
export const assignReviewers = (ctx: CallContext, callId: string): CallState =>
  ctx.append(callId, decideAssign(ctx.requireCall(callId)));

/** A reviewer's own queue: their applications, with their reviews so far. */
export function reviewerViewOf(ctx: CallContext, token: string): ReviewerView {
  const reviewer = ctx.requireReviewer(token);
  const state = ctx.requireCall(reviewer.callId);
  const reviewsOf = ctx.reviews.byRef(state.id);
  const rows = new Map(ctx.applications.all(state.id).map((row) => [row.ref, row]));
  const mine = state.order.filter((ref) =>
    activeReviewers(state.applications[ref]!).includes(reviewer.reviewerId),
  );
  return {
    call: { id: state.id, title: state.settings.title, status: callStatus(state, ctx.clock.now()) },
    reviewer: { id: reviewer.reviewerId, name: reviewer.name },
    applications: mine.map((ref) => ({
      ref,
      // Reviewers read the project, never the applicant's contact details.
      content: publicContent(rows.get(ref)!.form),
      review: reviewsOf.get(ref)?.get(reviewer.reviewerId) ?? null,
      settled: state.applications[ref]!.settled !== undefined,
    })),
  };
}

/** The reviewer of this link declares a conflict of interest: another reviewer takes the application. */
export function declareConflict(ctx: CallContext, token: string, ref: string): { ok: true } {
  const reviewer = ctx.requireReviewer(token);
  const state = ctx.requireCall(reviewer.callId);
  ctx.append(state.id, decideConflict(state, ref, reviewer.reviewerId));
  return { ok: true };
}

/** Records a review by `reviewerId` (the caller has authenticated them, e.g. by their link). */
export function reviewAs(
  ctx: CallContext,
  callId: string,
  reviewerId: string,
  ref: string,
  review: Review,
): { ok: true } {
  const state = ctx.requireCall(callId);
  ctx.append(state.id, decideReview(state, ref, reviewerId, review), () =>
    ctx.reviews.save(state.id, ref, reviewerId, review, ctx.clock.now().toISOString()),
  );
  return { ok: true };
}

/** A review through the reviewer's link. */
export function submitReview(
  ctx: CallContext,
  token: string,
  ref: string,
  review: Review,
): { ok: true } {
  const reviewer = ctx.requireReviewer(token);
  return reviewAs(ctx, reviewer.callId, reviewer.reviewerId, ref, review);
}
