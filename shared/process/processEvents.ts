// The events of a jury process, with their public payloads. Personal data never appears in a payload.
// Spec: docs/event-log.md, section "Event types".

import { z } from 'zod';
import { Dossier } from '../dossier/dossier';
import { ROOM_EVENT_SCHEMAS } from '../deliberation/roomEvents';
import { RESULT_EVENT_SCHEMAS } from '../scoring/resultEvents';
import { Criterion } from '../scoring/criterion';
import { BeaconProof } from '../lottery/protocol';
import { ProcessCommitment, ProcessRecord } from './processStratified';
import { ServiceDetails } from './serviceDetails';

export const PSEUDONYM = /^[0-9A-HJKMNP-TV-Z]{10}$/;
const pseudonym = z.string().regex(PSEUDONYM, 'expected a 10-character Crockford base32 id');
const hex32 = z.string().regex(/^[0-9a-f]{64}$/);

export { Criterion };

export const ProcessSettings = z.strictObject({
  title: z.string().trim().min(1).max(200),
  seats: z.number().int().min(1).max(1000),
  alternates: z.number().int().min(0).max(1000),
  criteria: z.array(Criterion).min(1).max(20),
  shortlistMax: z.number().int().min(1).max(100),
});
export type ProcessSettings = z.infer<typeof ProcessSettings>;

export const EventType = {
  ProcessCreated: 'process.created',
  SettingsChanged: 'process.settingsChanged',
  PoolImported: 'pool.imported',
  Committed: 'draw.committed',
  ValueRevealed: 'draw.valueRevealed',
  Drawn: 'draw.drawn',
  RedrawRefused: 'draw.redrawRefused',
  InvitationSent: 'invitation.sent',
  InvitationAccepted: 'invitation.accepted',
  InvitationDeclined: 'invitation.declined',
  SeatReassigned: 'seat.reassigned',
  SeatVacant: 'seat.vacant',
  DossiersImported: 'dossiers.imported',
  ServiceDescribed: 'process.serviceDescribed',
} as const;
export type EventType = (typeof EventType)[keyof typeof EventType];

export const ProcessEvent = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal(EventType.ProcessCreated),
    payload: z.strictObject({ processId: z.string(), settings: ProcessSettings }),
  }),
  z.strictObject({
    type: z.literal(EventType.SettingsChanged),
    payload: z.strictObject({ settings: ProcessSettings }),
  }),
  z.strictObject({
    type: z.literal(EventType.PoolImported),
    payload: z.strictObject({
      poolSize: z.number().int().min(1),
      poolRoot: hex32,
      attributeColumns: z.array(z.string()),
    }),
  }),
  z.strictObject({
    type: z.literal(EventType.Committed),
    // A plain draw (kleroterion-draw/1, or /2 with a timelocked witness) or, since the stratified
    // option, kleroterion-stratified/1.
    payload: z.strictObject({ commitment: ProcessCommitment, commitmentHash: hex32 }),
  }),
  z.strictObject({
    type: z.literal(EventType.ValueRevealed),
    payload: z.strictObject({
      source: z.number().int().min(0),
      value: z.string().nullable(),
      beacon: BeaconProof.optional(),
    }),
  }),
  z.strictObject({
    type: z.literal(EventType.Drawn),
    payload: z.strictObject({ record: ProcessRecord }),
  }),
  z.strictObject({
    type: z.literal(EventType.RedrawRefused),
    payload: z.strictObject({ reason: z.string() }),
  }),
  z.strictObject({
    type: z.literal(EventType.InvitationSent),
    payload: z.strictObject({
      seat: z.number().int().min(1),
      id: pseudonym,
      rank: z.number().int().min(1),
      deadline: z.iso.datetime(),
    }),
  }),
  z.strictObject({
    type: z.literal(EventType.InvitationAccepted),
    payload: z.strictObject({ seat: z.number().int().min(1), id: pseudonym }),
  }),
  z.strictObject({
    type: z.literal(EventType.InvitationDeclined),
    payload: z.strictObject({
      seat: z.number().int().min(1),
      id: pseudonym,
      reason: z.enum(['declined', 'expired']),
    }),
  }),
  z.strictObject({
    type: z.literal(EventType.SeatReassigned),
    payload: z.strictObject({
      seat: z.number().int().min(1),
      from: pseudonym,
      to: pseudonym,
      rank: z.number().int().min(1),
    }),
  }),
  z.strictObject({
    type: z.literal(EventType.SeatVacant),
    payload: z.strictObject({ seat: z.number().int().min(1) }),
  }),
  z.strictObject({
    type: z.literal(EventType.DossiersImported),
    payload: z.strictObject({ cohort: z.string(), dossiers: z.array(Dossier) }),
  }),
  ...ROOM_EVENT_SCHEMAS,
  ...RESULT_EVENT_SCHEMAS,
  z.strictObject({
    type: z.literal(EventType.ServiceDescribed),
    payload: z.strictObject({ service: ServiceDetails }),
  }),
]);
export type ProcessEvent = z.infer<typeof ProcessEvent>;

/** The five criteria of the Citizen Initiative Accelerator, editable until the commitment. */
export const DEFAULT_CRITERIA: readonly Criterion[] = [
  { id: 'general-interest', label: 'Objectif d’intérêt général' },
  { id: 'impact', label: 'Impact pour toutes et tous en France' },
  { id: 'quality', label: 'Qualité du projet' },
  { id: 'openness', label: 'Ouverture et transparence' },
  { id: 'support-value', label: 'Intérêt d’un accompagnement par l’administration' },
];

export const DEFAULT_SETTINGS: Omit<ProcessSettings, 'title'> = {
  seats: 15,
  alternates: 15,
  criteria: [...DEFAULT_CRITERIA],
  shortlistMax: 10,
};
