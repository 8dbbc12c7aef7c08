import { describe, expect, it } from 'vitest';
import {
  classifyDeliveryError,
  groupOfKind,
  summariseDeliveries,
  type DeliveryRecord,
} from './deliveries';

describe('classifyDeliveryError', () => {
  it.each([
    [null, undefined],
    ['', undefined],
    ['EAUTH 535 5.7.8 Authentication credentials invalid', 'authentication'],
    ['EENVELOPE 550 5.1.1 mailbox unavailable', 'refused'],
    ['554 rejected', 'refused'],
    ['EENVELOPE 451 4.3.0 try again later', 'temporary'],
    ['ECONNREFUSED', 'unreachable'],
    ['ECONNECTION', 'unreachable'],
    ['ETIMEDOUT', 'unreachable'],
    ['ESOCKET', 'unreachable'],
    ['Error', 'unknown'],
  ])('%s → %s', (reason, problem) => {
    expect(classifyDeliveryError(reason)).toBe(problem);
  });
});

describe('groupOfKind', () => {
  it('puts each known kind in its console group, and an unknown one under "other"', () => {
    expect(groupOfKind('applicationDecision')).toBe('applicants');
    expect(groupOfKind('invitationReminder')).toBe('reminders');
    expect(groupOfKind('toString')).toBe('other');
    expect(groupOfKind('somethingNew')).toBe('other');
  });
});

describe('summariseDeliveries', () => {
  const record = (id: number, kind: string, status: DeliveryRecord['status']): DeliveryRecord => ({
    id,
    kind,
    to: `r${id}@example.org`,
    recipientRef: null,
    status,
    attempts: status === 'queued' ? 0 : 1,
    lastError: status === 'failed' ? '550 no such user' : null,
    queuedAt: '2026-12-04T10:00:00.000Z',
    nextAttemptAt: null,
    sentAt: null,
  });

  it('counts per group and overall, in console order, failures first within a group', () => {
    const report = summariseDeliveries([
      record(1, 'receipt', 'sent'),
      record(2, 'invitation', 'sent'),
      record(3, 'invitation', 'queued'),
      record(4, 'invitation', 'failed'),
      record(5, 'receipt', 'failed'),
    ]);
    expect(report.counts).toEqual({ sent: 2, queued: 1, failed: 2 });
    expect(report.groups.map((g) => g.group)).toEqual(['invitations', 'receipts']);
    expect(report.groups[0]!.deliveries.map((d) => d.id)).toEqual([4, 3, 2]);
    expect(report.groups[1]!.counts).toEqual({ sent: 1, queued: 0, failed: 1 });
    expect(report.groups[1]!.deliveries[0]!.problem).toBe('refused');
  });

  it('reports nothing for a process with no message', () => {
    expect(summariseDeliveries([])).toEqual({
      counts: { sent: 0, queued: 0, failed: 0 },
      groups: [],
    });
  });
});
