// The registration group's contract (server/http/registrationRoutes.ts). The organiser's view holds
// aggregate counts only; the public answers name the process and its form, never an invitee.

import { z } from 'zod';
import { ErrorCode } from '../../errors';
import { Source } from '../../lottery/protocol';
import { defineContract } from '../route';
import { ORGANISER, PUBLIC } from '../contractParts';
import { registrationEndpoints } from './registration.endpoints';
import { DrandChoice, HashedWitness, RevealedSignature, RevealedValue } from '../sourceInputs';

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

/** At most 20,000 invitations (docs/lottery-spec.md, section 17); a small k is allowed for trials. */
export const MAX_STAGE_ONE_INVITATIONS = 20_000;
const Count = (max: number) => z.number().int().min(0).max(max);

/**
 * The stage-one commitment asked of the console: k, and when the register has strata either nothing (the
 * proportional allocation, largest remainder) or the organiser's number for every stratum. The sources
 * are those of the jury draw: the server's organiser secret, hashed witness secrets, one drand round.
 */
export const StageOneCommitInput = z.strictObject({
  invitations: z.number().int().min(1).max(MAX_STAGE_ONE_INVITATIONS),
  allocation: z
    .array(
      z.strictObject({
        name: z.string().min(1).max(200),
        invitations: Count(MAX_STAGE_ONE_INVITATIONS),
      }),
    )
    .max(10_000)
    .optional(),
  witnesses: z.array(HashedWitness).max(20).default([]),
  ...DrandChoice,
});
export type StageOneCommitInput = z.infer<typeof StageOneCommitInput>;

/** A secret's value, a drand round's signature pasted, or nothing: the server fetches the round. */
export const StageOneRevealInput = z.union([
  RevealedValue,
  RevealedSignature,
  z.strictObject({ source: z.number().int().min(0) }),
]);

const CommittedStratum = z.strictObject({
  name: z.string(),
  poolSize: z.number().int(),
  invitations: z.number().int(),
});

/** The console's view of stage one's draw: no id, no contact data; the commitment is public anyway. */
export const StageOneCeremonyView = z.strictObject({
  step: z.enum(['open', 'committed', 'revealed', 'drawn']),
  /** Codes were issued for the kept stage one: nothing of the draw can change any more. */
  isLocked: z.boolean(),
  register: z
    .strictObject({
      rows: z.number().int(),
      strata: z.array(z.strictObject({ name: z.string(), size: z.number().int() })),
    })
    .nullable(),
  commitment: z
    .strictObject({
      protocol: z.string(),
      commitmentHash: z.string(),
      committedAt: z.string(),
      invitations: z.number().int(),
      allocation: z.enum(['proportional', 'set']).nullable(),
      strata: z.array(CommittedStratum),
      sources: z.array(Source),
    })
    .nullable(),
  /** One entry per revealed source. */
  revealed: z.array(z.strictObject({ source: z.number().int(), value: z.string() })),
  drawn: z
    .strictObject({
      drawnAt: z.string(),
      protocol: z.string(),
      recordHash: z.string(),
      invitations: z.number().int(),
      byStratum: z.array(z.strictObject({ stratum: z.string(), invited: z.number().int() })),
    })
    .nullable(),
});
export type StageOneCeremonyView = z.infer<typeof StageOneCeremonyView>;

/** The stage-one commitment as the public page shows it, from the moment it is made. */
export const PublicStageOneCommitment = z.strictObject({
  protocol: z.string(),
  commitmentHash: z.string(),
  committedAt: z.string(),
  invitations: z.number().int(),
  allocation: z.enum(['proportional', 'set']).nullable(),
  strata: z.array(CommittedStratum),
  drandRound: z.number().int().nullable(),
  isDrawn: z.boolean(),
});
export type PublicStageOneCommitment = z.infer<typeof PublicStageOneCommitment>;

const ceremonyRefusals = [
  ErrorCode.ProcessNotFound,
  ErrorCode.TransitionRefused,
  ErrorCode.InvalidArgument,
] as const;

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
  'registration.ceremony': {
    roles: ORGANISER,
    response: StageOneCeremonyView,
    errors: [ErrorCode.ProcessNotFound],
  },
  'registration.commit': {
    roles: ORGANISER,
    body: StageOneCommitInput,
    response: z.strictObject({ ceremony: StageOneCeremonyView, organiserSecret: z.string() }),
    errors: [
      ...ceremonyRefusals,
      ErrorCode.ValidationFailed,
      ErrorCode.DrandDelayTooShort,
      ErrorCode.CommitmentMalformed,
    ],
  },
  'registration.reveal': {
    roles: ORGANISER,
    body: StageOneRevealInput,
    response: StageOneCeremonyView,
    errors: [
      ...ceremonyRefusals,
      ErrorCode.ValidationFailed,
      ErrorCode.RevealMismatch,
      ErrorCode.BeaconInvalid,
      ErrorCode.DrandUnavailable,
    ],
  },
  'registration.draw': {
    roles: ORGANISER,
    response: StageOneCeremonyView,
    errors: [...ceremonyRefusals, ErrorCode.AlreadyDrawn, ErrorCode.CommitmentMalformed],
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
  'publicRegistration.stageOneCommitment': {
    roles: PUBLIC,
    response: PublicStageOneCommitment.nullable(),
    errors: [ErrorCode.ProcessNotFound],
  },
  'publicRegistration.stageOneCommitmentFile': {
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
