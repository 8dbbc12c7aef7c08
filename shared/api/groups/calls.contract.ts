// The calls group's contract (server/http/callRoutes.ts): the public call page and form, the applicant's
// private link, the reviewers' links and the organiser's management. Spec: docs/calls.md.

import { z } from 'zod';
import { ErrorCode } from '../../errors';
import { CallSettings, REASONS } from '../../calls/callEvents';
import type { CallState } from '../../calls/callState';
import type {
  ApplicationView,
  OrganiserCallView,
  PublicCallView,
  ReviewerView,
} from '../../calls/callViews';
import { Review } from '../../calls/review';
import { defineContract } from '../route';
import { json, ORGANISER, PUBLIC, typed } from '../contractParts';
import { Role } from '../roles';
import { callEndpoints } from './calls.endpoints';

const APPLICANT = [Role.Applicant] as const;
const REVIEWER = [Role.Reviewer] as const;

/**
 * An application from the public form: its fields, the honeypot and the page's language beside them. The
 * fields are checked one by one by the service (shared/calls/applicationForm.ts, checkApplication), so that
 * the refusal names every field to correct and the form shows each problem beside its field.
 */
export const ApplicationSubmission = z.record(z.string(), z.unknown());
export type ApplicationSubmission = z.infer<typeof ApplicationSubmission>;

/** A reviewer the organiser adds: their link is mailed to them. */
export const ReviewerInput = z.strictObject({
  name: z.string().trim().min(2).max(120),
  email: z.email().max(254),
});
export type ReviewerInput = z.infer<typeof ReviewerInput>;

/** The settlement of an application: admissible or not, why, and the assessment the jury reads. */
export const Settlement = z
  .strictObject({
    admissible: z.boolean(),
    reason: z.enum(REASONS).nullable(),
    /** What the applicant reads: why, in a few sentences. */
    reasonText: z.string().trim().min(10).max(2000),
    /** The administration's assessment the jury reads; by default, the two reviews consolidated. */
    assessment: Review.omit({ opinion: true }).optional(),
  })
  .refine((s) => s.admissible === (s.reason === null), {
    message: 'a reason category is given exactly when the application is not admissible',
    path: ['reason'],
  });
export type Settlement = z.infer<typeof Settlement>;

export const ExportTarget = z.strictObject({ processId: z.string().min(1).max(64) });

const Done = z.object({ ok: z.literal(true) });

export const callContract = defineContract(callEndpoints, {
  'publicCalls.list': { roles: PUBLIC, response: z.array(typed<PublicCallView>()), errors: [] },
  'publicCalls.get': {
    roles: PUBLIC,
    response: typed<PublicCallView>(),
    errors: [ErrorCode.NotFound],
  },
  'publicCalls.log': { roles: PUBLIC, response: json, errors: [ErrorCode.NotFound] },
  'publicCalls.apply': {
    roles: PUBLIC,
    rateLimited: 'applications',
    body: ApplicationSubmission,
    response: z.object({ ref: z.string() }),
    errors: [
      ErrorCode.NotFound,
      ErrorCode.CallClosed,
      ErrorCode.SpamSuspected,
      ErrorCode.DuplicateApplication,
    ],
  },
  'applications.get': {
    roles: APPLICANT,
    response: typed<ApplicationView>(),
    errors: [ErrorCode.TokenInvalid],
  },
  'reviewers.get': {
    roles: REVIEWER,
    response: typed<ReviewerView>(),
    errors: [ErrorCode.TokenInvalid],
  },
  'reviewers.review': {
    roles: REVIEWER,
    body: Review,
    response: Done,
    errors: [
      ErrorCode.TokenInvalid,
      ErrorCode.NotFound,
      ErrorCode.Forbidden,
      ErrorCode.TransitionRefused,
    ],
  },
  'reviewers.conflict': {
    roles: REVIEWER,
    response: Done,
    errors: [
      ErrorCode.TokenInvalid,
      ErrorCode.NotFound,
      ErrorCode.Forbidden,
      ErrorCode.TransitionRefused,
    ],
  },
  'calls.create': {
    roles: ORGANISER,
    body: CallSettings,
    response: typed<CallState>(),
    errors: [],
  },
  'calls.get': {
    roles: ORGANISER,
    response: typed<OrganiserCallView>(),
    errors: [ErrorCode.NotFound],
  },
  'calls.addReviewer': {
    roles: ORGANISER,
    body: ReviewerInput,
    response: z.object({ reviewer: z.string() }),
    errors: [ErrorCode.NotFound, ErrorCode.TransitionRefused],
  },
  'calls.assign': {
    roles: ORGANISER,
    response: typed<CallState>(),
    errors: [ErrorCode.NotFound, ErrorCode.TransitionRefused],
  },
  'calls.settle': {
    roles: ORGANISER,
    body: Settlement,
    response: Done,
    errors: [ErrorCode.NotFound, ErrorCode.TransitionRefused],
  },
  'calls.export': {
    roles: ORGANISER,
    body: ExportTarget,
    response: z.object({ exported: z.number().int().min(1), processId: z.string() }),
    errors: [ErrorCode.NotFound, ErrorCode.ProcessNotFound, ErrorCode.TransitionRefused],
  },
});
