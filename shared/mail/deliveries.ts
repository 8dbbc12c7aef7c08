// What the organiser's console shows of the mail queue: each message's delivery status, grouped by what it
// was for (invitations, reminders, receipts, applicants, reviewers), with counts and a plain reason.
// Spec: docs/operations.md, section "Envois (delivery status)". Pure: the server reads the queue.

import { z } from 'zod';

/** The console's groups, in the order it shows them. */
export const DeliveryGroup = {
  Invitations: 'invitations',
  Reminders: 'reminders',
  Receipts: 'receipts',
  Applicants: 'applicants',
  Reviewers: 'reviewers',
  Accounts: 'accounts',
  Other: 'other',
} as const;
export type DeliveryGroup = (typeof DeliveryGroup)[keyof typeof DeliveryGroup];
export const DELIVERY_GROUPS: readonly DeliveryGroup[] = Object.values(DeliveryGroup);

const GROUP_OF_KIND: Readonly<Record<string, DeliveryGroup>> = {
  invitation: DeliveryGroup.Invitations,
  invitationReminder: DeliveryGroup.Reminders,
  // Stage one: the invitation to register, sent with the letter where the register has an address.
  registrationInvitation: DeliveryGroup.Invitations,
  receipt: DeliveryGroup.Receipts,
  applicationConfirmation: DeliveryGroup.Applicants,
  applicationDecision: DeliveryGroup.Applicants,
  reviewerInvitation: DeliveryGroup.Reviewers,
  accountInvitation: DeliveryGroup.Accounts,
  passwordReset: DeliveryGroup.Accounts,
};

/** The console group of a mail kind; a kind added later and not listed here still shows, under "other". */
export function groupOfKind(kind: string): DeliveryGroup {
  return Object.hasOwn(GROUP_OF_KIND, kind) ? GROUP_OF_KIND[kind]! : DeliveryGroup.Other;
}

/** Why a message was not delivered, in words an organiser can act on (the console words each one). */
export const DeliveryProblem = {
  /** The receiving server refused the address or the message (SMTP 5xx): check the address. */
  Refused: 'refused',
  /** A temporary refusal (SMTP 4xx): retried later. */
  Temporary: 'temporary',
  /** The mail server could not be reached (connection refused, timeout, DNS, TLS). */
  Unreachable: 'unreachable',
  /** The mail server refused our credentials: the operator must fix KLEROTERION_SMTP_URL. */
  Authentication: 'authentication',
  Unknown: 'unknown',
} as const;
export type DeliveryProblem = (typeof DeliveryProblem)[keyof typeof DeliveryProblem];

/**
 * Classifies a recorded delivery error (a transport's reason, which holds no address: nodemailer's error
 * code and the SMTP reply code). Undefined when there is no error.
 */
export function classifyDeliveryError(lastError: string | null): DeliveryProblem | undefined {
  if (lastError === null || lastError.trim() === '') return undefined;
  if (/EAUTH|\b53[045]\b|authenticat/i.test(lastError)) return DeliveryProblem.Authentication;
  // Connection failures first: their names (ECONNREFUSED) would otherwise read as a refusal.
  if (
    /ECONNREFUSED|ECONNRESET|ECONNECTION|ETIMEDOUT|ESOCKET|ENOTFOUND|EHOSTUNREACH|EDNS|ETLS|EPIPE|timed? ?out|unreachable/i.test(
      lastError,
    )
  )
    return DeliveryProblem.Unreachable;
  // The SMTP reply code decides before nodemailer's envelope error name, which covers both.
  if (/\b5\d\d\b/.test(lastError)) return DeliveryProblem.Refused;
  if (/\b4\d\d\b/.test(lastError)) return DeliveryProblem.Temporary;
  if (/EENVELOPE|EMESSAGE|reject/i.test(lastError)) return DeliveryProblem.Refused;
  return DeliveryProblem.Unknown;
}

export const DeliveryStatus = { Queued: 'queued', Sent: 'sent', Failed: 'failed' } as const;
export type DeliveryStatus = (typeof DeliveryStatus)[keyof typeof DeliveryStatus];

/** One message as the organiser sees it: recipient, status, attempts, last error; never the body. */
export const DeliveryView = z.object({
  id: z.number().int().positive(),
  kind: z.string(),
  group: z.enum(DELIVERY_GROUPS as [DeliveryGroup, ...DeliveryGroup[]]),
  to: z.string(),
  recipientRef: z.string().nullable(),
  status: z.enum(['queued', 'sent', 'failed']),
  attempts: z.number().int().nonnegative(),
  lastError: z.string().nullable(),
  problem: z
    .enum(Object.values(DeliveryProblem) as [DeliveryProblem, ...DeliveryProblem[]])
    .nullable(),
  queuedAt: z.string(),
  nextAttemptAt: z.string().nullable(),
  sentAt: z.string().nullable(),
});
export type DeliveryView = z.infer<typeof DeliveryView>;

export const DeliveryCounts = z.object({
  sent: z.number().int().nonnegative(),
  queued: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
});
export type DeliveryCounts = z.infer<typeof DeliveryCounts>;

/** The answer of the deliveries routes: totals, then each non-empty group in console order. */
export const DeliveriesReport = z.object({
  counts: DeliveryCounts,
  groups: z.array(
    z.object({
      group: DeliveryView.shape.group,
      counts: DeliveryCounts,
      deliveries: z.array(DeliveryView),
    }),
  ),
});
export type DeliveriesReport = z.infer<typeof DeliveriesReport>;

/** The fields of a queued message this view needs (the server's `Delivery` has them). */
export interface DeliveryRecord {
  id: number;
  kind: string;
  to: string;
  recipientRef: string | null;
  status: DeliveryStatus;
  attempts: number;
  lastError: string | null;
  queuedAt: string;
  nextAttemptAt: string | null;
  sentAt: string | null;
}

/** The console's view of one message: its group and its problem added, nothing else. */
export function viewOfDelivery(record: DeliveryRecord): DeliveryView {
  return {
    id: record.id,
    kind: record.kind,
    group: groupOfKind(record.kind),
    to: record.to,
    recipientRef: record.recipientRef,
    status: record.status,
    attempts: record.attempts,
    lastError: record.lastError,
    problem:
      record.status === DeliveryStatus.Sent
        ? null
        : (classifyDeliveryError(record.lastError) ?? null),
    queuedAt: record.queuedAt,
    nextAttemptAt: record.nextAttemptAt,
    sentAt: record.sentAt,
  };
}

const countsOf = (views: readonly DeliveryView[]): DeliveryCounts => ({
  sent: views.filter((view) => view.status === DeliveryStatus.Sent).length,
  queued: views.filter((view) => view.status === DeliveryStatus.Queued).length,
  failed: views.filter((view) => view.status === DeliveryStatus.Failed).length,
});

/**
 * Groups a process's or a call's messages for the console. Within a group, failures come first (the
 * organiser must see them), then messages still waiting, then those sent; each in queue order.
 */
export function summariseDeliveries(records: readonly DeliveryRecord[]): DeliveriesReport {
  const views = records.map(viewOfDelivery);
  const rank = { failed: 0, queued: 1, sent: 2 } as const;
  return {
    counts: countsOf(views),
    groups: DELIVERY_GROUPS.map((group) => {
      const deliveries = views
        .filter((view) => view.group === group)
        .sort((a, b) => rank[a.status] - rank[b.status] || a.id - b.id);
      return { group, counts: countsOf(deliveries), deliveries };
    }).filter((entry) => entry.deliveries.length > 0),
  };
}
