// The events of a call for projects, each appended to the call's own hash chain. Payloads are public:
// applications appear as a reference and a digest of their public content, reviewers as R01, R02…;
// names, emails, phone numbers and reviewers' comments stay in private tables.
// Spec: docs/calls.md, section "Event log".

import { z } from 'zod';

export const REASONS = [
  'commercial',
  'unrealistic',
  'charter',
  'out-of-scope',
  'duplicate',
  'immature',
  'vague',
  'other',
] as const;
export type Reason = (typeof REASONS)[number];

export const OPINIONS = ['admissible', 'not-admissible', 'to-discuss'] as const;
export type Opinion = (typeof OPINIONS)[number];

export const REF = /^[A-Z]{2,6}-\d{4}-\d{3}$/;
const ref = z.string().regex(REF);
export const REVIEWER_ID = /^R\d{2,3}$/;
const reviewer = z.string().regex(REVIEWER_ID);
const hex32 = z.string().regex(/^[0-9a-f]{64}$/);

export const CallSettings = z
  .strictObject({
    title: z.string().trim().min(1).max(200),
    description: z.string().trim().min(1).max(4000),
    opensAt: z.iso.datetime(),
    closesAt: z.iso.datetime(),
    /** Reference prefix and year: applications are numbered PREFIX-YEAR-001, -002… */
    refPrefix: z.string().regex(/^[A-Z]{2,6}$/),
    year: z.number().int().min(2000).max(2100),
  })
  .refine((s) => Date.parse(s.closesAt) > Date.parse(s.opensAt), {
    message: 'the call must close after it opens',
    path: ['closesAt'],
  });
export type CallSettings = z.infer<typeof CallSettings>;

export const CallEventType = {
  Created: 'call.created',
  ReviewerAdded: 'reviewer.added',
  Received: 'application.received',
  Assigned: 'application.assigned',
  ConflictDeclared: 'review.conflictDeclared',
  ReviewSubmitted: 'review.submitted',
  Settled: 'application.settled',
  Exported: 'call.exported',
} as const;

export const CallEvent = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal(CallEventType.Created),
    payload: z.strictObject({ callId: z.string().min(1), settings: CallSettings }),
  }),
  z.strictObject({
    type: z.literal(CallEventType.ReviewerAdded),
    payload: z.strictObject({ reviewer }),
  }),
  z.strictObject({
    type: z.literal(CallEventType.Received),
    /** digest = SHA-256(JCS(public content)), checkable once the dossier is published. */
    payload: z.strictObject({ ref, digest: hex32 }),
  }),
  z.strictObject({
    type: z.literal(CallEventType.Assigned),
    payload: z.strictObject({ ref, reviewers: z.array(reviewer).length(2) }),
  }),
  z.strictObject({
    type: z.literal(CallEventType.ConflictDeclared),
    payload: z.strictObject({ ref, reviewer, replacement: reviewer }),
  }),
  z.strictObject({
    type: z.literal(CallEventType.ReviewSubmitted),
    payload: z.strictObject({ ref, reviewer, opinion: z.enum(OPINIONS), digest: hex32 }),
  }),
  z.strictObject({
    type: z.literal(CallEventType.Settled),
    payload: z.strictObject({
      ref,
      admissible: z.boolean(),
      /** Why not admissible, as a category published in aggregate; null when admissible. */
      reason: z.enum(REASONS).nullable(),
    }),
  }),
  z.strictObject({
    type: z.literal(CallEventType.Exported),
    payload: z.strictObject({ processId: z.string().min(1), refs: z.array(ref).min(1) }),
  }),
]);
export type CallEvent = z.infer<typeof CallEvent>;
