// The calls-for-projects service: applications in, reviewers' pre-screening, the organiser's settlement
// and the hand-over of admissible applications to a jury process as its dossiers. Public facts go to the
// call's hash chain; personal data and review texts go to private tables in the same transaction. The
// messages (confirmation, reviewer link, decision) are queued in the transaction of the write that causes them.

import { sha256HexOfText } from '../../shared/crypto/hash';
import { bytesToHex } from '../../shared/crypto/bytes';
import {
  checkApplication,
  HONEYPOT_FIELD,
  type ApplicationForm,
} from '../../shared/calls/applicationForm';
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
import { consolidate, disagree, Review, type Axis } from '../../shared/calls/review';
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

interface ApplicationRow {
  call_id: string;
  ref: string;
  lead_name: string;
  email: string;
  form: string;
  submitted_at: string;
  language: MailLanguage;
}

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

  const insertApplication = db.prepare(
    'INSERT INTO applications (call_id, ref, token_hash, lead_name, email, phone, form, name_key, description_key, submitted_at, language) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const findByName = db.prepare('SELECT ref FROM applications WHERE call_id = ? AND name_key = ?');
  const findByDescription = db.prepare(
    'SELECT ref FROM applications WHERE call_id = ? AND description_key = ?',
  );
  // The link mailed on submission, or a later one (the decision mail's).
  const applicationByToken = db.prepare(
    `SELECT * FROM applications WHERE token_hash = ?
     UNION ALL SELECT a.* FROM application_links l JOIN applications a USING (call_id, ref) WHERE l.token_hash = ?
     LIMIT 1`,
  );
  const insertLink = db.prepare(
    'INSERT INTO application_links (token_hash, call_id, ref, created_at) VALUES (?, ?, ?, ?)',
  );
  const applicationByRef = db.prepare('SELECT * FROM applications WHERE call_id = ? AND ref = ?');
  const allApplications = db.prepare('SELECT * FROM applications WHERE call_id = ?');
  const insertReviewer = db.prepare(
    'INSERT INTO reviewers (call_id, reviewer_id, name, email, token_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const reviewerByToken = db.prepare(
    'SELECT call_id, reviewer_id, name FROM reviewers WHERE token_hash = ?',
  );
  const reviewersOf = db.prepare(
    'SELECT reviewer_id, name, email FROM reviewers WHERE call_id = ? ORDER BY reviewer_id',
  );
  const upsertReview = db.prepare(
    `INSERT INTO reviews (call_id, ref, reviewer_id, review, submitted_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (call_id, ref, reviewer_id) DO UPDATE SET review = excluded.review, submitted_at = excluded.submitted_at`,
  );
  const reviewsOf = db.prepare(
    'SELECT ref, reviewer_id, review FROM reviews WHERE call_id = ? ORDER BY ref, reviewer_id',
  );
  const insertSettlement = db.prepare(
    'INSERT INTO settlements (call_id, ref, reason_text, assessment) VALUES (?, ?, ?, ?)',
  );
  const settlementOf = db.prepare(
    'SELECT reason_text, assessment FROM settlements WHERE call_id = ? AND ref = ?',
  );

  function requireCall(callId: string): CallState {
    const state = store.state(callId);
    if (state === undefined) throw new KleroterionError(ErrorCode.NotFound, `no call ${callId}`);
    return state;
  }
  const append = (callId: string, decision: CallDecision, privateWrites?: () => void) =>
    store.append(callId, decision.events, clock.now(), privateWrites).state;

  function reviewsByRef(callId: string): Map<string, Map<string, Review>> {
    const map = new Map<string, Map<string, Review>>();
    for (const row of reviewsOf.all(callId) as {
      ref: string;
      reviewer_id: string;
      review: string;
    }[]) {
      const inner = map.get(row.ref) ?? new Map<string, Review>();
      inner.set(row.reviewer_id, JSON.parse(row.review) as Review);
      map.set(row.ref, inner);
    }
    return map;
  }
  const formOf = (row: ApplicationRow) => JSON.parse(row.form) as ApplicationForm;

  function requireReviewer(token: string) {
    const row = reviewerByToken.get(hashToken(token)) as
      { call_id: string; reviewer_id: string; name: string } | undefined;
    if (row === undefined)
      throw new KleroterionError(ErrorCode.TokenInvalid, 'this reviewer link is not valid');
    return row;
  }

  /** The dossier the jury receives for an admissible application. */
  function dossierOf(state: CallState, row: ApplicationRow): Dossier {
    const settlement = settlementOf.get(state.id, row.ref) as
      { reason_text: string; assessment: string | null } | undefined;
    const application = state.applications[row.ref]!;
    const reviews = reviewsByRef(state.id).get(row.ref) ?? new Map<string, Review>();
    const assessment =
      settlement?.assessment != null
        ? (JSON.parse(settlement.assessment) as Pick<Review, Axis>)
        : consolidate(
            activeReviewers(application)
              .map((r) => reviews.get(r)!)
              .filter(Boolean),
          );
    return {
      id: row.ref,
      ...publicContent(formOf(row)),
      prescreening: { admissible: true, ...assessment },
    };
  }

  function reviewAs(callId: string, reviewerId: string, ref: string, input: unknown) {
    const state = requireCall(callId);
    const parsed = Review.safeParse(input);
    if (!parsed.success)
      throw new KleroterionError(ErrorCode.ValidationFailed, describeIssues(parsed.error));
    append(state.id, decideReview(state, ref, reviewerId, parsed.data), () =>
      upsertReview.run(
        state.id,
        ref,
        reviewerId,
        JSON.stringify(parsed.data),
        clock.now().toISOString(),
      ),
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
      const sameName = findByName.get(callId, nameKey) as { ref: string } | undefined;
      const sameText = findByDescription.get(callId, descriptionKey) as { ref: string } | undefined;
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
        insertApplication.run(
          callId,
          ref,
          hashToken(token),
          form.leadName,
          form.email,
          form.phone ?? null,
          JSON.stringify(form),
          nameKey,
          descriptionKey,
          now.toISOString(),
          language,
        );
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
      const hash = hashToken(token);
      const row = applicationByToken.get(hash, hash) as ApplicationRow | undefined;
      if (row === undefined)
        throw new KleroterionError(ErrorCode.TokenInvalid, 'this application link is not valid');
      const state = requireCall(row.call_id);
      const closed = callStatus(state, clock.now()) === 'closed';
      const settled = state.applications[row.ref]?.settled;
      const settlement = settlementOf.get(row.call_id, row.ref) as
        { reason_text: string } | undefined;
      return {
        call: { id: state.id, title: state.settings.title, closesAt: state.settings.closesAt },
        ref: row.ref,
        submittedAt: row.submitted_at,
        form: formOf(row),
        // The status is shown once the call has closed, as the call announces.
        status: !closed
          ? 'received'
          : settled === undefined
            ? 'under-review'
            : settled.admissible
              ? 'admissible'
              : 'not-admissible',
        reason: closed && settled !== undefined ? (settlement?.reason_text ?? null) : null,
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
        insertReviewer.run(
          callId,
          reviewer,
          parsed.data.name,
          parsed.data.email,
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
      const state = requireCall(reviewer.call_id);
      const reviews = reviewsByRef(state.id);
      const rows = new Map(
        (allApplications.all(state.id) as ApplicationRow[]).map((row) => [row.ref, row]),
      );
      const mine = state.order.filter((ref) =>
        activeReviewers(state.applications[ref]!).includes(reviewer.reviewer_id),
      );
      return {
        call: { id: state.id, title: state.settings.title, status: callStatus(state, clock.now()) },
        reviewer: { id: reviewer.reviewer_id, name: reviewer.name },
        applications: mine.map((ref) => ({
          ref,
          // Reviewers read the project, never the applicant's contact details.
          content: publicContent(formOf(rows.get(ref)!)),
          review: reviews.get(ref)?.get(reviewer.reviewer_id) ?? null,
          settled: state.applications[ref]!.settled !== undefined,
        })),
      };
    },
    declareConflict(token: string, ref: string) {
      const reviewer = requireReviewer(token);
      const state = requireCall(reviewer.call_id);
      append(state.id, decideConflict(state, ref, reviewer.reviewer_id));
      return { ok: true };
    },
    submitReview(token: string, ref: string, input: unknown) {
      const reviewer = requireReviewer(token);
      return reviewAs(reviewer.call_id, reviewer.reviewer_id, ref, input);
    },
    /** Records a review by `reviewerId` (the caller has authenticated them, e.g. by their link). */
    reviewAs,

    /** The organiser's view: progress, reviewers, and applications with disagreements first. */
    organiserView(callId: string) {
      const state = requireCall(callId);
      const reviews = reviewsByRef(callId);
      const rows = new Map(
        (allApplications.all(callId) as ApplicationRow[]).map((row) => [row.ref, row]),
      );
      return {
        call: publicCallView(state, clock.now()),
        settings: state.settings,
        reviewers: (
          reviewersOf.all(callId) as { reviewer_id: string; name: string; email: string }[]
        ).map((r) => ({ id: r.reviewer_id, name: r.name, email: r.email })),
        progress: reviewProgress(state),
        applications: settlementOrder(state).map((ref) => {
          const application = state.applications[ref]!;
          const row = rows.get(ref)!;
          const byReviewer = reviews.get(ref) ?? new Map<string, Review>();
          const active = activeReviewers(application);
          const opinions = active
            .map((r) => application.reviews[r]?.opinion)
            .filter((o): o is NonNullable<typeof o> => o !== undefined);
          const settlement = settlementOf.get(callId, ref) as
            { reason_text: string; assessment: string | null } | undefined;
          const form = formOf(row);
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
            reasonText: settlement?.reason_text ?? null,
            /** What the jury reads, as settled (admissible applications only). */
            assessment:
              settlement?.assessment == null
                ? null
                : (JSON.parse(settlement.assessment) as Pick<Review, Axis>),
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
      const row = applicationByRef.get(callId, ref) as ApplicationRow;
      const form = formOf(row);
      // A fresh link for the mail: only hashes are stored, so the first one cannot be sent again.
      const token = newToken(random);
      append(callId, decision, () => {
        insertSettlement.run(
          callId,
          ref,
          settlement.reasonText,
          settlement.assessment === undefined ? null : JSON.stringify(settlement.assessment),
        );
        insertLink.run(hashToken(token), callId, ref, now.toISOString());
        // An erased address gets no mail.
        mails.decision({
          callId,
          to: row.email,
          token,
          language: row.language,
          data: {
            leadName: row.lead_name,
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
      const dossiers = refs.map((ref) =>
        dossierOf(state, applicationByRef.get(callId, ref) as ApplicationRow),
      );
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
