// The calls-for-projects service: applications in, reviewers' pre-screening, the organiser's settlement
// and the hand-over of admissible applications to a jury process as its dossiers. Public facts go to the
// call's hash chain; personal data and review texts go to private tables in the same transaction. The
// messages (confirmation, reviewer link, decision) are queued in the transaction of the write that causes them.

import { sha256HexOfText } from '../../shared/crypto/hash';
import { bytesToHex } from '../../shared/crypto/bytes';
import { checkApplication, HONEYPOT_FIELD } from '../../shared/calls/applicationForm';
import type { CallEvent, Reason } from '../../shared/calls/callEvents';
import {
  decideAddReviewer,
  decideAssign,
  decideConflict,
  decideCreateCall,
  decideExport,
  decideReceive,
  decideReview,
  decideSettle,
  type CallDecision,
} from '../../shared/calls/callCommands';
import { applyCallEvent, activeReviewers, type CallState } from '../../shared/calls/callState';
import {
  callStatus,
  publicCallView,
  reviewProgress,
  settlementOrder,
} from '../../shared/calls/callViews';
import { normalised, publicContent, type PublicContent } from '../../shared/calls/publicContent';
import { consolidate, disagree, Review } from '../../shared/calls/review';
import type { Dossier } from '../../shared/dossier/dossier';
import { decideDossiers } from '../../shared/process/processCommands';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import { describeIssues } from '../../shared/lottery/protocol';
import { hashToken, newToken } from '../auth/tokens';
import type { MailLanguage, MailQueue } from '../mail/mailQueue';
import { createCallMails } from './callMails';
import { ReviewerInput, Settlement } from './callInputs';
import type { Db } from '../db/openDatabase';
import type { Clock, Log, Random } from '../ports';
import { createChainStore } from '../store/chainStore';
import type { Ceremony } from './ceremony';
import {
  createApplicationsRepository,
  type ApplicationRecord,
} from '../repositories/applicationsRepository';
import { createReviewersRepository } from '../repositories/reviewersRepository';
import { createReviewsRepository } from '../repositories/reviewsRepository';
import { createSettlementsRepository } from '../repositories/settlementsRepository';

/** The page language an application is sent from (a field beside the form, not part of it). */
export const APPLICATION_LANGUAGE_FIELD = 'language';

export function createCalls(deps: {
  db: Db;
  ceremony: Ceremony;
  clock: Clock;
  random: Random;
  /** Every message is queued in the transaction of the write that causes it. */
  mailQueue: MailQueue;
  log: Log;
  /** Read at each mail: the test server learns its URL only once it listens. */
  publicUrl: () => string;
}) {
  const { db, ceremony, clock, random, mailQueue, log, publicUrl } = deps;
  const mails = createCallMails(mailQueue, publicUrl);
  const store = createChainStore<CallState, CallEvent>(
    db,
    { name: 'call_events', key: 'call_id' },
    applyCallEvent,
  );

  const applications = createApplicationsRepository(db);
  const reviewers = createReviewersRepository(db);
  const reviews = createReviewsRepository(db);
  const settlements = createSettlementsRepository(db);

  function requireCall(callId: string): CallState {
    const state = store.state(callId);
    if (state === undefined) throw new KleroterionError(ErrorCode.NotFound, `no call ${callId}`);
    return state;
  }
  const append = (callId: string, decision: CallDecision, privateWrites?: () => void) =>
    store.append(callId, decision.events, clock.now(), privateWrites).state;

  function requireReviewer(token: string) {
    const row = reviewers.findByTokenHash(hashToken(token));
    if (row === undefined)
      throw new KleroterionError(ErrorCode.TokenInvalid, 'this reviewer link is not valid');
    return row;
  }

  /** The dossier the jury receives for an admissible application. */
  function dossierOf(state: CallState, row: ApplicationRecord): Dossier {
    const settlement = settlements.find(state.id, row.ref);
    const application = state.applications[row.ref]!;
    const byReviewer = reviews.byRef(state.id).get(row.ref) ?? new Map<string, Review>();
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

  function reviewAs(callId: string, reviewerId: string, ref: string, input: unknown) {
    const state = requireCall(callId);
    const parsed = Review.safeParse(input);
    if (!parsed.success)
      throw new KleroterionError(ErrorCode.ValidationFailed, describeIssues(parsed.error));
    append(state.id, decideReview(state, ref, reviewerId, parsed.data), () =>
      reviews.save(state.id, ref, reviewerId, parsed.data, clock.now().toISOString()),
    );
    return { ok: true };
  }

  return {
    store,
    list: () => store.ids().map((id) => publicCallView(store.state(id)!, clock.now())),
    create(settings: unknown): CallState {
      const callId = bytesToHex(random.bytes(8));
      return append(callId, decideCreateCall(callId, settings));
    },
    publicView: (callId: string) => publicCallView(requireCall(callId), clock.now()),
    log: (callId: string) => (requireCall(callId), store.events(callId)),
    /** The public chain of the call that exported its dossiers to `processId`, or null. */
    logExportedTo(processId: string) {
      const callId = store.ids().find((id) => store.state(id)?.exported?.processId === processId);
      return callId === undefined ? null : store.events(callId);
    },

    /** An application from the public form; returns its reference. Nothing is kept on refusal. */
    submit(callId: string, body: unknown): { ref: string } {
      const state = requireCall(callId);
      const honeypot =
        typeof body === 'object' && body !== null
          ? (body as Record<string, unknown>)[HONEYPOT_FIELD]
          : undefined;
      if (honeypot !== undefined && honeypot !== '')
        throw new KleroterionError(ErrorCode.SpamSuspected, 'this submission looks automated', {
          field: HONEYPOT_FIELD,
        });
      // The page's language travels beside the form; the form itself stays strict.
      const { [APPLICATION_LANGUAGE_FIELD]: pageLanguage, ...formBody } =
        typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
      const language: MailLanguage = pageLanguage === 'en' ? 'en' : 'fr';
      const checked = checkApplication(typeof body === 'object' && body !== null ? formBody : body);
      if (!checked.ok)
        throw new KleroterionError(
          ErrorCode.ValidationFailed,
          `${checked.problems.length} field(s) to correct: ${checked.problems.map((p) => p.field).join(', ')}`,
          { problems: checked.problems, total: checked.problems.length },
        );
      const form = checked.form;
      const content: PublicContent = publicContent(form);
      const nameKey = normalised(form.projectName);
      const descriptionKey = sha256HexOfText(normalised(form.description));
      const sameName = applications.refWithNameKey(callId, nameKey);
      const sameText = applications.refWithDescriptionKey(callId, descriptionKey);
      const duplicate = sameName ?? sameText;
      if (duplicate !== undefined)
        throw new KleroterionError(
          ErrorCode.DuplicateApplication,
          sameName !== undefined
            ? 'an application with this project name was already submitted to this call'
            : 'an application with this description was already submitted to this call',
          { field: sameName !== undefined ? 'projectName' : 'description' },
        );
      const now = clock.now();
      const { decision, ref } = decideReceive(state, content, now);
      const token = newToken(random);
      append(callId, decision, () => {
        applications.insert({
          callId,
          ref,
          tokenHash: hashToken(token),
          leadName: form.leadName,
          email: form.email,
          phone: form.phone ?? null,
          form,
          nameKey,
          descriptionKey,
          submittedAt: now.toISOString(),
          language,
        });
        mails.confirmation({
          callId,
          callTitle: state.settings.title,
          ref,
          token,
          to: form.email,
          leadName: form.leadName,
          projectName: form.projectName,
          language,
        });
      });
      log.info({ callId, ref }, 'application received');
      return { ref };
    },

    /** The applicant's own view through their private link. */
    application(token: string) {
      const row = applications.findByTokenHash(hashToken(token));
      if (row === undefined)
        throw new KleroterionError(ErrorCode.TokenInvalid, 'this application link is not valid');
      const state = requireCall(row.callId);
      const closed = callStatus(state, clock.now()) === 'closed';
      const settled = state.applications[row.ref]?.settled;
      const settlement = settlements.find(row.callId, row.ref);
      return {
        call: { id: state.id, title: state.settings.title, closesAt: state.settings.closesAt },
        ref: row.ref,
        submittedAt: row.submittedAt,
        form: row.form,
        // The status is shown once the call has closed, as the call announces.
        status: !closed
          ? 'received'
          : settled === undefined
            ? 'under-review'
            : settled.admissible
              ? 'admissible'
              : 'not-admissible',
        reason: closed && settled !== undefined ? (settlement?.reasonText ?? null) : null,
        /** The category of refusal, from the one vocabulary (shared/calls/refusalReasons.ts). */
        reasonCategory: closed && settled !== undefined ? settled.reason : null,
      };
    },

    addReviewer(callId: string, input: unknown) {
      const state = requireCall(callId);
      const parsed = ReviewerInput.safeParse(input);
      if (!parsed.success)
        throw new KleroterionError(ErrorCode.ValidationFailed, describeIssues(parsed.error));
      const { decision, reviewer } = decideAddReviewer(state);
      const token = newToken(random);
      append(callId, decision, () => {
        reviewers.insert(
          { callId, reviewerId: reviewer, name: parsed.data.name, email: parsed.data.email },
          hashToken(token),
          clock.now().toISOString(),
        );
        mails.reviewerInvitation({
          callId,
          callTitle: state.settings.title,
          reviewer,
          name: parsed.data.name,
          to: parsed.data.email,
          token,
        });
      });
      return { reviewer };
    },
    assign: (callId: string) => append(callId, decideAssign(requireCall(callId))),

    /** A reviewer's own queue: their applications, with their reviews so far. */
    reviewerView(token: string) {
      const reviewer = requireReviewer(token);
      const state = requireCall(reviewer.callId);
      const reviewsOf = reviews.byRef(state.id);
      const rows = new Map(applications.all(state.id).map((row) => [row.ref, row]));
      const mine = state.order.filter((ref) =>
        activeReviewers(state.applications[ref]!).includes(reviewer.reviewerId),
      );
      return {
        call: { id: state.id, title: state.settings.title, status: callStatus(state, clock.now()) },
        reviewer: { id: reviewer.reviewerId, name: reviewer.name },
        applications: mine.map((ref) => ({
          ref,
          // Reviewers read the project, never the applicant's contact details.
          content: publicContent(rows.get(ref)!.form),
          review: reviewsOf.get(ref)?.get(reviewer.reviewerId) ?? null,
          settled: state.applications[ref]!.settled !== undefined,
        })),
      };
    },
    declareConflict(token: string, ref: string) {
      const reviewer = requireReviewer(token);
      const state = requireCall(reviewer.callId);
      append(state.id, decideConflict(state, ref, reviewer.reviewerId));
      return { ok: true };
    },
    submitReview(token: string, ref: string, input: unknown) {
      const reviewer = requireReviewer(token);
      return reviewAs(reviewer.callId, reviewer.reviewerId, ref, input);
    },
    /** Records a review by `reviewerId` (the caller has authenticated them, e.g. by their link). */
    reviewAs,

    /** The organiser's view: progress, reviewers, and applications with disagreements first. */
    organiserView(callId: string) {
      const state = requireCall(callId);
      const reviewsOf = reviews.byRef(callId);
      const rows = new Map(applications.all(callId).map((row) => [row.ref, row]));
      return {
        call: publicCallView(state, clock.now()),
        settings: state.settings,
        reviewers: reviewers
          .ofCall(callId)
          .map((r) => ({ id: r.reviewerId, name: r.name, email: r.email })),
        progress: reviewProgress(state),
        applications: settlementOrder(state).map((ref) => {
          const application = state.applications[ref]!;
          const row = rows.get(ref)!;
          const byReviewer = reviewsOf.get(ref) ?? new Map<string, Review>();
          const active = activeReviewers(application);
          const opinions = active
            .map((r) => application.reviews[r]?.opinion)
            .filter((o): o is NonNullable<typeof o> => o !== undefined);
          const settlement = settlements.find(callId, ref);
          const form = row.form;
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
                    active
                      .map((r) => byReviewer.get(r))
                      .filter((x): x is Review => x !== undefined),
                  )
                : null,
            settled: application.settled ?? null,
            reasonText: settlement?.reasonText ?? null,
            /** What the jury reads, as settled (admissible applications only). */
            assessment: settlement?.assessment ?? null,
          };
        }),
      };
    },
    settle(callId: string, ref: string, input: unknown) {
      const state = requireCall(callId);
      const parsed = Settlement.safeParse(input);
      if (!parsed.success)
        throw new KleroterionError(ErrorCode.ValidationFailed, describeIssues(parsed.error));
      const settlement = parsed.data;
      const now = clock.now();
      const decision = decideSettle(
        state,
        ref,
        settlement.admissible,
        settlement.reason as Reason | null,
        now,
      );
      const row = applications.find(callId, ref)!;
      const form = row.form;
      // A fresh link for the mail: only hashes are stored, so the first one cannot be sent again.
      const token = newToken(random);
      append(callId, decision, () => {
        settlements.insert(callId, ref, {
          reasonText: settlement.reasonText,
          assessment: settlement.assessment ?? null,
        });
        applications.addLink(hashToken(token), callId, ref, now.toISOString());
        // An erased address gets no mail.
        mails.decision({
          callId,
          to: row.email,
          token,
          language: row.language,
          data: {
            leadName: row.leadName,
            projectName: form.projectName,
            ref,
            callTitle: state.settings.title,
            admissible: settlement.admissible,
            reason: settlement.reason,
            reasonText: settlement.reasonText,
          },
        });
      });
      return { ok: true };
    },

    /** Sends the admissible applications to a jury process as its dossiers, in one transaction. */
    exportToProcess(callId: string, processId: string) {
      const state = requireCall(callId);
      const process = ceremony.state(processId);
      const decision = decideExport(state, processId);
      const refs = decision.events.flatMap((e) =>
        e.type === 'call.exported' ? e.payload.refs : [],
      );
      const dossiers = refs.map((ref) => dossierOf(state, applications.find(callId, ref)!));
      append(callId, decision, () =>
        ceremony.appendDecision(
          processId,
          decideDossiers(process, { cohort: state.settings.title, dossiers }),
        ),
      );
      return { exported: refs.length, processId };
    },
  };
}

export type Calls = ReturnType<typeof createCalls>;
