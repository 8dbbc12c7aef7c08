// The registration group's contract (server/http/registrationRoutes.ts). The organiser's view holds
// aggregate counts only; the public answers name the process and its form, never an invitee.

import { z } from 'zod';
import { ErrorCode } from '../../errors';
import { defineContract } from '../route';
import { ORGANISER, PUBLIC } from '../contractParts';
import { registrationEndpoints } from './registration.endpoints';

const Text = (max: number) => z.string().trim().min(1).max(max);

export const FormAttribute = z.strictObject({
  category: Text(60),
  values: z.array(Text(60)).min(2).max(20),
});

export const RegistrationFormView = z.strictObject({
  eligibility: z.string(),
  attributes: z.array(FormAttribute),
  closedAt: z.string().nullable(),
});

export const RegistrationView = z.strictObject({
  stageOne: z.strictObject({ protocol: z.string(), invitations: z.number().int() }).nullable(),
  form: RegistrationFormView.nullable(),
  codes: z.strictObject({ issued: z.number().int(), used: z.number().int() }),
  /** Invited and registered by stratum ('' for an unstratified stage one): aggregates only. */
  responses: z.array(
    z.strictObject({
      stratum: z.string(),
      invited: z.number().int(),
      registered: z.number().int(),
    }),
  ),
});
export type RegistrationView = z.infer<typeof RegistrationView>;

/**
 * What the public page shows of stage one: its record's protocol and hash (the record itself is
 * `stage-one.json`), how many were invited, and by stratum how many registered (aggregates only).
 */
export const PublicStageOne = z.strictObject({
  protocol: z.string(),
  recordHash: z.string(),
  invitations: z.number().int(),
  isClosed: z.boolean(),
  responses: RegistrationView.shape.responses,
});
export type PublicStageOne = z.infer<typeof PublicStageOne>;

export const RegistrationFormInput = z.strictObject({
  /** One plain sentence, e.g. "J'ai 16 ans ou plus et je réside en France". */
  eligibility: Text(300),
  attributes: z.array(FormAttribute).max(10),
});

export const LettersInput = z.strictObject({
  description: Text(2000),
  organiserName: Text(120),
  replyBy: z.iso.date().optional(),
  language: z.enum(['fr', 'en']).optional(),
});

const CodeInput = z.strictObject({ code: z.string().max(100) });

export const PublicRegistrationForm = z.strictObject({
  title: z.string(),
  eligibility: z.string(),
  attributes: z.array(FormAttribute),
});
export type PublicRegistrationForm = z.infer<typeof PublicRegistrationForm>;

export const RegistrationSubmission = z.strictObject({
  code: z.string().max(100),
  eligible: z.boolean(),
  consent: z.boolean(),
  name: Text(200),
  email: z.email().max(254),
  phone: z
    .string()
    .trim()
    .max(30)
    .regex(/^[0-9+(). -]*$/, 'a phone number holds digits, spaces, +, -, . and brackets')
    .optional(),
  attributes: z.record(z.string(), z.string().max(60)),
  language: z.enum(['fr', 'en']),
});
export type RegistrationSubmission = z.infer<typeof RegistrationSubmission>;

const codeRefusals = [
  ErrorCode.RegistrationCodeMalformed,
  ErrorCode.RegistrationCodeUnknown,
  ErrorCode.RegistrationCodeUsed,
  ErrorCode.NotFound,
  ErrorCode.TransitionRefused,
] as const;

export const registrationContract = defineContract(registrationEndpoints, {
  'registration.get': {
    roles: ORGANISER,
    response: RegistrationView,
    errors: [ErrorCode.ProcessNotFound],
  },
  'registration.stageOne': {
    roles: ORGANISER,
    body: 'upload',
    response: RegistrationView,
    errors: [ErrorCode.ProcessNotFound, ErrorCode.InvalidArgument, ErrorCode.TransitionRefused],
  },
  'registration.form': {
    roles: ORGANISER,
    body: RegistrationFormInput,
    response: RegistrationView,
    errors: [ErrorCode.ProcessNotFound, ErrorCode.InvalidArgument, ErrorCode.TransitionRefused],
  },
  'registration.letters': {
    roles: ORGANISER,
    body: LettersInput,
    response: { file: 'application/pdf' },
    errors: [
      ErrorCode.ProcessNotFound,
      ErrorCode.InvalidArgument,
      ErrorCode.NotFound,
      ErrorCode.TransitionRefused,
    ],
  },
  'registration.close': {
    roles: ORGANISER,
    response: RegistrationView,
    errors: [ErrorCode.ProcessNotFound, ErrorCode.TransitionRefused],
  },
  'publicRegistration.status': {
    roles: PUBLIC,
    response: z.strictObject({ isOpen: z.boolean() }),
    errors: [ErrorCode.ProcessNotFound],
  },
  'publicRegistration.stageOne': {
    roles: PUBLIC,
    response: PublicStageOne.nullable(),
    errors: [ErrorCode.ProcessNotFound, ErrorCode.NotFound],
  },
  'publicRegistration.stageOneRecord': {
    roles: PUBLIC,
    response: { file: 'application/json' },
    errors: [ErrorCode.ProcessNotFound, ErrorCode.NotFound],
  },
  'publicRegistration.open': {
    roles: PUBLIC,
    rateLimited: 'registrations',
    body: CodeInput,
    response: PublicRegistrationForm,
    errors: [...codeRefusals, ErrorCode.ProcessNotFound],
  },
  'publicRegistration.register': {
    roles: PUBLIC,
    rateLimited: 'registrations',
    body: RegistrationSubmission,
    response: z.strictObject({ title: z.string() }),
    errors: [...codeRefusals, ErrorCode.ProcessNotFound, ErrorCode.InvalidArgument],
  },
});
