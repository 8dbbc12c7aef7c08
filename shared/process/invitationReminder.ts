// When an invitee who has not answered is reminded: a set time before their reply deadline (48 hours),
// or half-way through the reply window when the window is shorter than twice that. Spec: docs/operations.md,
// section "Messages".

/** How long before the deadline the reminder goes, when the window allows it. */
export const REMINDER_BEFORE_DEADLINE_MS = 48 * 3600 * 1000;

/**
 * The instant the reminder is due, from when the invitation was sent and its deadline.
 * @throws {RangeError} when either date is not a date.
 */
export function reminderDueAt(invitedAt: string, deadline: string): Date {
  const sent = Date.parse(invitedAt);
  const due = Date.parse(deadline);
  if (Number.isNaN(sent) || Number.isNaN(due))
    throw new RangeError(`reminderDueAt: not a date (${invitedAt}, ${deadline})`);
  const window = Math.max(0, due - sent);
  return new Date(due - Math.min(REMINDER_BEFORE_DEADLINE_MS, window / 2));
}
