// The reminder before the reply deadline: the app checks periodically (clock-driven) and, for each seat
// still waiting for its invitee's answer, queues one reminder once it is due, with a fresh personal link.
// The link's hash, the record that the reminder went and the queued message are one transaction.

import type { Db } from '../db/openDatabase';
import { hashToken, newToken } from '../auth/tokens';
import type { MailLanguage, MailQueue } from '../mail/mailQueue';
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
  const invitedAt = db.prepare(
    'SELECT MIN(created_at) AS at FROM invitations WHERE process_id = ? AND seat = ? AND pseudonym = ?',
  );
  const wasReminded = db.prepare(
    'SELECT 1 FROM invitation_reminders WHERE process_id = ? AND seat = ? AND pseudonym = ?',
  );
  const recordReminder = db.prepare(
    'INSERT INTO invitation_reminders (process_id, seat, pseudonym, reminded_at) VALUES (?, ?, ?, ?)',
  );
  const insertInvitation = db.prepare(
    'INSERT INTO invitations (token_hash, process_id, seat, pseudonym, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const selectVolunteer = db.prepare(
    'SELECT name, email, language FROM volunteers WHERE process_id = ? AND pseudonym = ?',
  );

  const remind = db.transaction(
    (state: ProcessState, seat: number, pseudonym: string, deadline: string) => {
      const now = clock.now().toISOString();
      recordReminder.run(state.id, seat, pseudonym, now);
      const volunteer = selectVolunteer.get(state.id, pseudonym) as
        { name: string; email: string; language: MailLanguage } | undefined;
      // An erased address gets no mail; the reminder is still recorded as done.
      if (volunteer === undefined || volunteer.email === '') return false;
      const token = newToken(random, 16);
      insertInvitation.run(hashToken(token), state.id, seat, pseudonym, now);
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
          if (wasReminded.get(state.id, seat.seat, seat.holder) !== undefined) continue;
          const sent = (invitedAt.get(state.id, seat.seat, seat.holder) as { at: string | null })
            .at;
          if (sent === null) continue;
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
