// The ceremony's invitations: the drawn are invited (a token each, its mail queued in the same
// transaction), answer through their link, and a seat left unanswered passes to the next alternate.

import { ErrorCode, KleroterionError } from '../../../shared/errors';
import type { Invitation } from '../../../shared/api/contract';
import {
  decideAnswer,
  decideInvitations,
  overdueSeats,
  type Decision,
} from '../../../shared/process/processCommands';
import { EventType } from '../../../shared/process/processEvents';
import { SeatStatus, type ProcessState } from '../../../shared/process/processState';
import { hashToken, newToken } from '../../auth/tokens';
import { invitationMail } from '../../mail/messages/invitation';
import type { CeremonyContext } from './ceremonyContext';

/** Queues the invitation mail of one InvitationSent event; call it inside that event's transaction. */
function queueInvitationMail(
  context: CeremonyContext,
  processId: string,
  state: ProcessState,
  invitation: { seat: number; id: string; deadline: string; token: string },
): void {
  const { options } = context;
  const volunteer = context.volunteers.contact(processId, invitation.id);
  // An erased address gets no mail.
  if (volunteer === undefined || volunteer.email === '') return;
  const mail = invitationMail(
    {
      name: volunteer.name,
      processTitle: state.settings.title,
      seat: invitation.seat,
      deadline: invitation.deadline,
      link: `${options.publicUrl}/i/${invitation.token}`,
      publicPage: `${options.publicUrl}/p/${processId}`,
      service: state.service,
    },
    volunteer.language,
  );
  context.mailQueue.enqueue({
    kind: 'invitation',
    to: volunteer.email,
    language: volunteer.language,
    ...mail,
    processId,
    recipientRef: invitation.id,
  });
}

/**
 * Creates the invitation tokens of a decision's InvitationSent events and queues their mails, inside
 * its transaction: an invitation is mailed exactly when it is recorded.
 */
function withInvitations(
  context: CeremonyContext,
  processId: string,
  state: ProcessState,
  decision: Decision,
): () => void {
  const { clock, random, invitations } = context;
  const tokens = decision.events.flatMap((event) =>
    event.type === EventType.InvitationSent
      ? [{ ...event.payload, token: newToken(random, 16) }]
      : [],
  );
  return () => {
    for (const invitation of tokens) {
      invitations.record(
        hashToken(invitation.token),
        { processId, seat: invitation.seat, pseudonym: invitation.id },
        clock.now().toISOString(),
      );
      queueInvitationMail(context, processId, state, invitation);
    }
  };
}

export function sendInvitations(
  context: CeremonyContext,
  processId: string,
  deadline: Date,
): ProcessState {
  const state = context.requireState(processId);
  const decision = decideInvitations(state, deadline, context.clock.now());
  return context.commit(processId, decision, withInvitations(context, processId, state, decision));
}

/** What an invitation link opens: the seat it was sent for, and whether its holder still holds it. */
export function invitation(context: CeremonyContext, token: string): Invitation {
  const row = context.invitations.findByTokenHash(hashToken(token));
  if (row === undefined)
    throw new KleroterionError(ErrorCode.TokenInvalid, 'this invitation link is not valid');
  const state = context.requireState(row.processId);
  const seat = state.seats[row.seat - 1];
  const isCurrent = seat?.holder === row.pseudonym;
  return {
    processId: row.processId,
    title: state.settings.title,
    seat: row.seat,
    id: row.pseudonym,
    status: isCurrent ? (seat?.status ?? SeatStatus.Vacant) : 'replaced',
    deadline: isCurrent ? seat?.deadline : undefined,
    service: state.service,
  };
}

/** A decline may carry a reason: kept privately for the organiser, in the same transaction. */
export function answer(
  context: CeremonyContext,
  token: string,
  choice: 'accept' | 'decline',
  reason?: string,
): ProcessState {
  const { clock, options } = context;
  const opened = invitation(context, token);
  if (opened.status !== SeatStatus.Invited)
    throw new KleroterionError(
      ErrorCode.InvitationAnswered,
      'this invitation has already been answered',
    );
  const state = context.requireState(opened.processId);
  const decision = decideAnswer(state, opened.seat, choice, clock.now(), options.replyWindowMs);
  const invitationWrites = withInvitations(context, opened.processId, state, decision);
  const reasonText = choice === 'decline' ? reason?.trim() : undefined;
  return context.commit(opened.processId, decision, () => {
    invitationWrites();
    if (reasonText !== undefined && reasonText !== '')
      context.declineReasons.record(opened.processId, {
        seat: opened.seat,
        id: opened.id,
        reason: reasonText,
        declinedAt: clock.now().toISOString(),
      });
  });
}

/** Passes every overdue seat to the next alternate. Run periodically and before reading invitations. */
export function expireOverdue(context: CeremonyContext): number {
  const { store, clock, options } = context;
  let expired = 0;
  for (const processId of store.processIds()) {
    for (const seat of overdueSeats(context.requireState(processId), clock.now())) {
      const state = context.requireState(processId);
      const decision = decideAnswer(state, seat, 'expire', clock.now(), options.replyWindowMs);
      context.commit(processId, decision, withInvitations(context, processId, state, decision));
      expired++;
    }
  }
  return expired;
}

/** For the organiser only: the reasons invitees gave when declining (private, never logged). */
export function declineReasons(
  context: CeremonyContext,
  processId: string,
): { seat: number; id: string; reason: string; declinedAt: string }[] {
  context.requireState(processId);
  return context.declineReasons.list(processId);
}
