// The ceremony group's contract (server/http/routes.ts): the public record, the organiser's draw, the invitations.

import { z } from 'zod';
import { ErrorCode } from '../../errors';
import type { PublicLogFold } from '../../process/publicLogFold';
import type { ProcessStage } from '../../process/processStage';
import { SeatStatus, type ProcessState, type ProcessStatus } from '../../process/processState';
import { ServiceDetails as ServiceDetailsSchema } from '../../process/serviceDetails';
import type { PublicView } from '../../process/publicView';
import type { Dossier } from '../../dossier/dossier';
import { defineContract } from '../route';
import { INVITEE, json, ORGANISER, PUBLIC, typed } from '../contractParts';
import { ceremonyEndpoints } from './ceremony.endpoints';
import {
  DrandChoice,
  HashedWitness,
  RevealedSignature,
  RevealedValue,
  WitnessLabel,
} from '../sourceInputs';

/** Checked by the process commands (shared/process/processCommands.ts), field by field. */
export const Settings = z.object({}).passthrough();
export const CreateProcess = z
  .strictObject({ title: z.string().trim().min(1).max(200) })
  .passthrough();

export const Commit = z.strictObject({
  witnesses: z
    .array(
      HashedWitness.or(
        // A contribution timelocked to the commitment's drand round (armored age, from the witness page).
        z.strictObject({
          label: WitnessLabel,
          timelock: z.string().min(1).max(4000),
        }),
      ),
    )
    .max(20)
    .default([]),
  ...DrandChoice,
  /** Commit to the process's computed stratified lottery instead of a plain draw. */
  stratified: z.boolean().optional(),
});
export const Reveal = z.union([RevealedValue, RevealedSignature]);
export const Invitations = z.strictObject({ deadline: z.iso.datetime({ offset: true }) });
export const Answer = z.strictObject({
  answer: z.enum(['accept', 'decline']),
  /** Optional, with a decline only: private to the organiser. */
  reason: z.string().max(1000).optional(),
});

/** A juror's invitation, as their link shows it. */
export const Invitation = z.object({
  processId: z.string(),
  title: z.string(),
  seat: z.number().int().min(1),
  id: z.string(),
  status: z.enum([...Object.values(SeatStatus), 'replaced']),
  deadline: z.string().optional(),
  service: ServiceDetailsSchema.optional(),
});
export type Invitation = z.infer<typeof Invitation>;

export const ProcessSummary = z.object({
  id: z.string(),
  title: z.string(),
  status: typed<ProcessStatus>(),
  stage: typed<ProcessStage>(),
});
export type ProcessSummary = z.infer<typeof ProcessSummary>;

export const ceremonyContract = defineContract(ceremonyEndpoints, {
  'public.processes': { roles: PUBLIC, response: z.array(ProcessSummary), errors: [] },
  'public.process': {
    roles: PUBLIC,
    response: typed<PublicView & { demo?: true }>(),
    errors: [ErrorCode.ProcessNotFound],
  },
  'public.dossiers': {
    roles: PUBLIC,
    response: z.object({ dossiers: z.array(typed<Dossier>()) }),
    errors: [ErrorCode.ProcessNotFound],
  },
  'public.record': {
    roles: PUBLIC,
    response: json,
    errors: [ErrorCode.ProcessNotFound, ErrorCode.NotFound],
  },
  'public.log': { roles: PUBLIC, response: json, errors: [ErrorCode.ProcessNotFound] },
  'public.fold': {
    roles: PUBLIC,
    response: typed<PublicLogFold>(),
    errors: [ErrorCode.ProcessNotFound],
  },
  'public.checkpoints': { roles: PUBLIC, response: json, errors: [ErrorCode.ProcessNotFound] },
  'processes.list': { roles: ORGANISER, response: z.array(typed<ProcessState>()), errors: [] },
  'processes.create': {
    roles: ORGANISER,
    body: CreateProcess,
    response: typed<ProcessState>(),
    errors: [ErrorCode.InvalidArgument],
  },
  'processes.get': {
    roles: ORGANISER,
    response: typed<ProcessState>(),
    errors: [ErrorCode.ProcessNotFound],
  },
  'processes.settings': {
    roles: ORGANISER,
    body: Settings,
    response: typed<ProcessState>(),
    errors: [ErrorCode.ProcessNotFound, ErrorCode.TransitionRefused, ErrorCode.InvalidArgument],
  },
  'processes.volunteers': {
    roles: ORGANISER,
    body: 'upload',
    response: typed<ProcessState>(),
    errors: [
      ErrorCode.ProcessNotFound,
      ErrorCode.TransitionRefused,
      ErrorCode.CsvInvalid,
      ErrorCode.PoolEmpty,
      ErrorCode.PoolIdEmpty,
      ErrorCode.PoolIdWhitespace,
      ErrorCode.PoolIdControlChar,
      ErrorCode.PoolIdTooLong,
      ErrorCode.PoolIdInvalidUtf8,
      ErrorCode.PoolIdDuplicate,
      ErrorCode.PoolCsvMalformed,
      ErrorCode.PoolCsvNoIdColumn,
    ],
  },
  'processes.dossiers': {
    roles: ORGANISER,
    body: 'upload',
    response: z.object({
      state: typed<ProcessState>(),
      imported: z.number().int(),
      skipped: z.number().int(),
    }),
    errors: [
      ErrorCode.ProcessNotFound,
      ErrorCode.TransitionRefused,
      ErrorCode.CsvInvalid,
      ErrorCode.JsonMalformed,
    ],
  },
  'processes.receipts': {
    roles: ORGANISER,
    response: json,
    errors: [ErrorCode.ProcessNotFound, ErrorCode.TransitionRefused],
  },
  'processes.commit': {
    roles: ORGANISER,
    body: Commit,
    response: z.object({ state: typed<ProcessState>(), organiserSecret: z.string() }),
    errors: [
      ErrorCode.ProcessNotFound,
      ErrorCode.TransitionRefused,
      ErrorCode.DrandDelayTooShort,
      ErrorCode.CommitmentMalformed,
      ErrorCode.SeatsExceedPool,
      ErrorCode.InvalidArgument,
    ],
  },
  'processes.reveal': {
    roles: ORGANISER,
    body: Reveal,
    response: typed<ProcessState>(),
    errors: [
      ErrorCode.ProcessNotFound,
      ErrorCode.TransitionRefused,
      ErrorCode.RevealMismatch,
      ErrorCode.BeaconInvalid,
      ErrorCode.UnknownSource,
      ErrorCode.DrandUnavailable,
      ErrorCode.InvalidArgument,
    ],
  },
  'processes.draw': {
    roles: ORGANISER,
    response: typed<ProcessState>(),
    errors: [
      ErrorCode.ProcessNotFound,
      ErrorCode.TransitionRefused,
      ErrorCode.AlreadyDrawn,
      ErrorCode.RevealMissing,
      ErrorCode.SeatsExceedPool,
    ],
  },
  'processes.invitations': {
    roles: ORGANISER,
    body: Invitations,
    response: typed<ProcessState>(),
    errors: [ErrorCode.ProcessNotFound, ErrorCode.TransitionRefused],
  },
  'ceremony.limits': {
    roles: ORGANISER,
    response: z.object({ minDrandDelaySeconds: z.number().int().min(0) }),
    errors: [],
  },
  'invitations.get': { roles: INVITEE, response: Invitation, errors: [ErrorCode.TokenInvalid] },
  'invitations.answer': {
    roles: INVITEE,
    body: Answer,
    response: Invitation,
    errors: [ErrorCode.TokenInvalid, ErrorCode.InvitationAnswered, ErrorCode.TransitionRefused],
  },
  'invitations.session': {
    roles: INVITEE,
    response: Invitation,
    errors: [ErrorCode.TokenInvalid, ErrorCode.TransitionRefused],
  },
});
