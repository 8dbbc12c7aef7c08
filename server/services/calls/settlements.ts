// The organiser's side of the pre-screening: the call's applications in settlement order with their
// reviews, each application's settlement (its decision mailed with a fresh link) and the hand-over of the
// admissible ones to a jury process as its dossiers.

import type { Settlement } from '../../../shared/api/groups/calls.contract';
import { decideExport, decideSettle } from '../../../shared/calls/callCommands';
import { activeReviewers, type CallState } from '../../../shared/calls/callState';
import {
  publicCallView,
  reviewProgress,
  settlementOrder,
  type OrganiserCallView,
} from '../../../shared/calls/callViews';
import { publicContent } from '../../../shared/calls/publicContent';
import { consolidate, disagree, type Review } from '../../../shared/calls/review';
import type { Dossier } from '../../../shared/dossier/dossier';
import { decideDossiers } from '../../../shared/process/processCommands';
import { hashToken, newToken } from '../../auth/tokens';
import type { ApplicationRecord } from '../../repositories/applicationsRepository';
import type { CallContext } from './callContext';

/** The organiser's view: progress, reviewers, and applications with disagreements first. */
export function organiserViewOf(ctx: CallContext, callId: string): OrganiserCallView {
  const state = ctx.requireCall(callId);
  const reviewsOf = ctx.reviews.byRef(callId);
  const rows = new Map(ctx.applications.all(callId).map((row) => [row.ref, row]));
  return {
    call: publicCallView(state, ctx.clock.now()),
    settings: state.settings,
    reviewers: ctx.reviewers
      .ofCall(callId)
      .map((r) => ({ id: r.reviewerId, name: r.name, email: r.email })),
    progress: reviewProgress(state),
    applications: settlementOrder(state).map((ref) => {
      const application = state.applications[ref]!;
      const form = rows.get(ref)!.form;
      const byReviewer = reviewsOf.get(ref) ?? new Map<string, Review>();
      const active = activeReviewers(application);
      const opinions = active
        .map((r) => application.reviews[r]?.opinion)
        .filter((o): o is NonNullable<typeof o> => o !== undefined);
      const settlement = ctx.settlements.find(callId, ref);
      return {
        ref,
        title: form.projectName,
        leadType: form.leadType,
        /** The project as the applicant filled it in, without their contact details. */
        content: publicContent(form),
        reviewers: active,
        conflicts: application.conflicts,
        reviews: active.map((r) => ({ reviewer: r, review: byReviewer.get(r) ?? null })),
        disagreement: opinions.length >= 2 && disagree(opinions),
        consolidated:
          opinions.length >= 2
            ? consolidate(
                active.map((r) => byReviewer.get(r)).filter((x): x is Review => x !== undefined),
              )
            : null,
        settled: application.settled ?? null,
        reasonText: settlement?.reasonText ?? null,
        /** What the jury reads, as settled (admissible applications only). */
        assessment: settlement?.assessment ?? null,
      };
    }),
  };
}

/** Settles an application; the applicant's decision mail carries a fresh link to their application. */
export function settle(
  ctx: CallContext,
  callId: string,
  ref: string,
  settlement: Settlement,
): { ok: true } {
  const { applications, settlements } = ctx;
  const state = ctx.requireCall(callId);
  const now = ctx.clock.now();
  const decision = decideSettle(state, ref, settlement.admissible, settlement.reason, now);
  const row = applications.find(callId, ref)!;
  // A fresh link for the mail: only hashes are stored, so the first one cannot be sent again.
  const token = newToken(ctx.random);
  ctx.append(callId, decision, () => {
    settlements.insert(callId, ref, {
      reasonText: settlement.reasonText,
      assessment: settlement.assessment ?? null,
    });
    applications.addLink(hashToken(token), callId, ref, now.toISOString());
    // An erased address gets no mail.
    ctx.mails.decision({
      callId,
      to: row.email,
      token,
      language: row.language,
      data: {
        leadName: row.leadName,
        projectName: row.form.projectName,
        ref,
        callTitle: state.settings.title,
        admissible: settlement.admissible,
        reason: settlement.reason,
        reasonText: settlement.reasonText,
      },
    });
  });
  return { ok: true };
}

/** The dossier the jury receives for an admissible application. */
function dossierOf(ctx: CallContext, state: CallState, row: ApplicationRecord): Dossier {
  const settlement = ctx.settlements.find(state.id, row.ref);
  const application = state.applications[row.ref]!;
  const byReviewer = ctx.reviews.byRef(state.id).get(row.ref) ?? new Map<string, Review>();
  const assessment =
    settlement?.assessment != null
      ? settlement.assessment
      : consolidate(
          activeReviewers(application)
            .map((r) => byReviewer.get(r)!)
            .filter(Boolean),
        );
  return {
    id: row.ref,
    ...publicContent(row.form),
    prescreening: { admissible: true, ...assessment },
  };
}

/** Sends the admissible applications to a jury process as its dossiers, in one transaction. */
export function exportToProcess(
  ctx: CallContext,
  callId: string,
  processId: string,
): { exported: number; processId: string } {
  const { ceremony, applications } = ctx;
  const state = ctx.requireCall(callId);
  const process = ceremony.state(processId);
  const decision = decideExport(state, processId);
  const refs = decision.events.flatMap((e) => (e.type === 'call.exported' ? e.payload.refs : []));
  const dossiers = refs.map((ref) => dossierOf(ctx, state, applications.find(callId, ref)!));
  ctx.append(callId, decision, () =>
    ceremony.appendDecision(
      processId,
      decideDossiers(process, { cohort: state.settings.title, dossiers }),
    ),
  );
  return { exported: refs.length, processId };
}
