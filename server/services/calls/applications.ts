// An application's way in: the public form's submission (checked field by field, refused as a duplicate or
// as spam, its confirmation mailed in the same transaction) and the applicant's own view through their link.

import type { ApplicationSubmission } from '../../../shared/api/groups/calls.contract';
import { checkApplication, HONEYPOT_FIELD } from '../../../shared/calls/applicationForm';
import { decideReceive } from '../../../shared/calls/callCommands';
import { callStatus, type ApplicationView } from '../../../shared/calls/callViews';
import { normalised, publicContent } from '../../../shared/calls/publicContent';
import { sha256HexOfText } from '../../../shared/crypto/hash';
import { ErrorCode, KleroterionError } from '../../../shared/errors';
import { hashToken, newToken } from '../../auth/tokens';
import type { MailLanguage } from '../../mail/mailQueue';
import type { CallContext } from './callContext';

/** The page language an application is sent from (a field beside the form, not part of it). */
export const APPLICATION_LANGUAGE_FIELD = 'language';

/** An application from the public form; returns its reference. Nothing is kept on refusal. */
export function submitApplication(
  ctx: CallContext,
  callId: string,
  body: ApplicationSubmission,
): { ref: string } {
  const { applications, clock, random, mails } = ctx;
  const state = ctx.requireCall(callId);
  const honeypot = body[HONEYPOT_FIELD];
  if (honeypot !== undefined && honeypot !== '')
    throw new KleroterionError(ErrorCode.SpamSuspected, 'this submission looks automated', {
      field: HONEYPOT_FIELD,
    });
  // The page's language travels beside the form; the form itself stays strict.
  const { [APPLICATION_LANGUAGE_FIELD]: pageLanguage, ...formBody } = body;
  const language: MailLanguage = pageLanguage === 'en' ? 'en' : 'fr';
  const checked = checkApplication(formBody);
  if (!checked.ok)
    throw new KleroterionError(
      ErrorCode.ValidationFailed,
      `${checked.problems.length} field(s) to correct: ${checked.problems.map((p) => p.field).join(', ')}`,
      { problems: checked.problems, total: checked.problems.length },
    );
  const form = checked.form;
  const nameKey = normalised(form.projectName);
  const descriptionKey = sha256HexOfText(normalised(form.description));
  const sameName = applications.refWithNameKey(callId, nameKey);
  const sameText = applications.refWithDescriptionKey(callId, descriptionKey);
  if ((sameName ?? sameText) !== undefined)
    throw new KleroterionError(
      ErrorCode.DuplicateApplication,
      sameName !== undefined
        ? 'an application with this project name was already submitted to this call'
        : 'an application with this description was already submitted to this call',
      { field: sameName !== undefined ? 'projectName' : 'description' },
    );
  const now = clock.now();
  const { decision, ref } = decideReceive(state, publicContent(form), now);
  const token = newToken(random);
  ctx.append(callId, decision, () => {
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
  ctx.log.info({ callId, ref }, 'application received');
  return { ref };
}

/** The applicant's own view through their private link. */
export function applicationOf(ctx: CallContext, token: string): ApplicationView {
  const row = ctx.applications.findByTokenHash(hashToken(token));
  if (row === undefined)
    throw new KleroterionError(ErrorCode.TokenInvalid, 'this application link is not valid');
  const state = ctx.requireCall(row.callId);
  const closed = callStatus(state, ctx.clock.now()) === 'closed';
  const settled = state.applications[row.ref]?.settled;
  const settlement = ctx.settlements.find(row.callId, row.ref);
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
}
