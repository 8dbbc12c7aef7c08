import { describe, expect, it } from 'vitest';
import { REMINDER_BEFORE_DEADLINE_MS, reminderDueAt } from './invitationReminder';

describe('when an invitee is reminded', () => {
  it('48 hours before the deadline when the window is long enough', () => {
    expect(reminderDueAt('2023-09-15T10:00:00Z', '2023-09-20T00:00:00Z').toISOString()).toBe(
      '2023-09-18T00:00:00.000Z',
    );
    expect(REMINDER_BEFORE_DEADLINE_MS).toBe(48 * 3600 * 1000);
  });

  it('half-way through a window shorter than four days, exactly at four days either way', () => {
    expect(reminderDueAt('2023-09-15T10:00:00Z', '2023-09-16T10:00:00Z').toISOString()).toBe(
      '2023-09-15T22:00:00.000Z',
    );
    expect(reminderDueAt('2023-09-15T00:00:00Z', '2023-09-19T00:00:00Z').toISOString()).toBe(
      '2023-09-17T00:00:00.000Z',
    );
  });

  it('at the deadline itself for a deadline already past when sent, and refuses a non-date', () => {
    expect(reminderDueAt('2023-09-15T10:00:00Z', '2023-09-15T09:00:00Z').toISOString()).toBe(
      '2023-09-15T09:00:00.000Z',
    );
    expect(() => reminderDueAt('hier', '2023-09-15T09:00:00Z')).toThrow(RangeError);
  });
});
