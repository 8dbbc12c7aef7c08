// The reminder before the reply deadline: the app checks periodically (clock-driven) and, for each seat
// still waiting for its invitee's answer, queues one reminder once it is due, with a fresh personal link.
// The link's hash, the record that the reminder went and the queued message are one transaction.

import type { Db } from '../db/openDatabase';
import { createInvitationRemindersRepository } from '../repositories/invitationRemindersRepository';
import { createInvitationsRepository } from '../repositories/invitationsRepository';
import { createVolunteersRepository } from '../repositories/volunteersRepository';
import { hashToken, newToken } from '../auth/tokens';
import type { MailQueue } from '../mail/mailQueue';
import { invitationReminderMail } from '../mail/messages/invitationReminder';
import type { Clock, Log, Random } from '../ports';
import { reminderDueAt } from '../../shared/process/invitationReminder';
import { SeatStatus, type ProcessState } from '../../shared/process/processState';

export function createInvitationReminders(deps: {
  db: Db;
  /** Every process's current state. */
  processes: () => ProcessState[];
  clock: Clock;
  random: Random;
  mailQueue: MailQueue;
  log: Log;
  /** Read at each reminder: the test server learns its URL only once it listens. */
  publicUrl: () => string;
}) {
  const { db, processes, clock, random, mailQueue, log, publicUrl } = deps;
  const invitations = createInvitationsRepository(db);
  const reminders = createInvitationRemindersRepository(db);
  const volunteers = createVolunteersRepository(db);

  const remind = db.transaction(
    (state: ProcessState, seat: number, pseudonym: string, deadline: string) => {
      const now = clock.now().toISOString();
      reminders.record(state.id, seat, pseudonym, now);
      const volunteer = volunteers.contact(state.id, pseudonym);
      // An erased address gets no mail; the reminder is still recorded as done.
      if (volunteer === undefined || volunteer.email === '') return false;
      const token = newToken(random, 16);
      invitations.record(hashToken(token), { processId: state.id, seat, pseudonym }, now);
      mailQueue.enqueue({
        kind: 'invitationReminder',
        to: volunteer.email,
        language: volunteer.language,
        ...invitationReminderMail(
          {
            name: volunteer.name,
            processTitle: state.settings.title,
            seat,
            deadline,
            link: `${publicUrl()}/i/${token}`,
            service: state.service,
          },
          volunteer.language,
        ),
        processId: state.id,
        recipientRef: pseudonym,
      });
      return true;
    },
  );

  return {
    /** Queues every reminder now due; returns how many were queued. Run periodically. */
    remindDue(): number {
      const now = clock.now().getTime();
      let queued = 0;
      for (const state of processes()) {
        for (const seat of state.seats) {
          if (seat.status !== SeatStatus.Invited) continue;
          if (seat.holder === undefined || seat.deadline === undefined) continue;
          if (Date.parse(seat.deadline) <= now) continue;
          if (reminders.wasReminded(state.id, seat.seat, seat.holder)) continue;
          const sent = invitations.firstSentAt(state.id, seat.seat, seat.holder);
          if (sent === undefined) continue;
          if (reminderDueAt(sent, seat.deadline).getTime() > now) continue;
          if (remind(state, seat.seat, seat.holder, seat.deadline)) queued++;
        }
      }
      if (queued > 0) log.info({ reminders: queued }, 'invitation reminders queued');
      return queued;
    },
  };
}

export type InvitationReminders = ReturnType<typeof createInvitationReminders>;
