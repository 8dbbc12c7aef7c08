// The events of the live deliberation room, appended to the process's chain. All payloads are public:
// seats are numbers, ballots are revealed without seats, display names stay private.
// Spec: docs/deliberation.md, section "Room events".

import { z } from 'zod';
import { Criterion } from '../scoring/criterion';
import { AggregationRule } from '../scoring/rule';
import { GradingScale } from '../scoring/gradingScale';

export const RoomEventType = {
  Opened: 'deliberation.opened',
  Seated: 'juror.seated',
  ConflictDeclared: 'conflict.declared',
  AgendaMoved: 'agenda.moved',
  PhaseStarted: 'phase.started',
  ScoringClosed: 'scoring.closed',
  BallotsRevealed: 'ballots.revealed',
  TimerStarted: 'timer.started',
  HandRaised: 'hand.raised',
  HandLowered: 'hand.lowered',
  FloorGiven: 'floor.given',
  FloorReleased: 'floor.released',
  TimerPaused: 'timer.paused',
  TimerResumed: 'timer.resumed',
  TimerExtended: 'timer.extended',
  ConflictWithdrawn: 'conflict.withdrawn',
} as const;

export const PHASES = ['presentation', 'discussion', 'scoring', 'reveal'] as const;
export type Phase = (typeof PHASES)[number];

const seat = z.number().int().min(1).max(1000);
const dossierId = z.string().min(1).max(40);
const round = z.number().int().min(1).max(2);
const hex32 = z.string().regex(/^[0-9a-f]{64}$/);

export const RevealedBallot = z.strictObject({
  dossierId,
  round,
  grades: z.record(z.string(), z.string()),
  nonce: z.string().regex(/^[0-9a-f]{32,128}$/),
});

export const ROOM_EVENT_SCHEMAS = [
  z.strictObject({
    type: z.literal(RoomEventType.Opened),
    payload: z.strictObject({
      scale: GradingScale,
      criteria: z.array(Criterion).min(1),
      secondRound: z.boolean(),
      /** How grades become the shortlist, fixed here, before anyone grades (docs/results.md). */
      rule: AggregationRule,
      /**
       * Whether reveals stay inside the jury until the results are published (docs/deliberation.md,
       * "Confidential deliberation"). Absent in logs written before the setting existed: public.
       */
      confidential: z.boolean().optional(),
    }),
  }),
  z.strictObject({ type: z.literal(RoomEventType.Seated), payload: z.strictObject({ seat }) }),
  z.strictObject({
    type: z.literal(RoomEventType.ConflictDeclared),
    payload: z.strictObject({ seat, dossierId }),
  }),
  z.strictObject({
    type: z.literal(RoomEventType.AgendaMoved),
    payload: z.strictObject({ dossierId }),
  }),
  z.strictObject({
    type: z.literal(RoomEventType.PhaseStarted),
    payload: z.strictObject({ dossierId, phase: z.enum(PHASES), round }),
  }),
  z.strictObject({
    type: z.literal(RoomEventType.ScoringClosed),
    payload: z.strictObject({
      dossierId,
      round,
      seals: z.array(hex32),
      eligible: z.number().int().min(0),
      conflictedSeats: z.array(seat),
      /** When the rule publishes seat links: SHA-256 of the round's links (seatLinks.ts). */
      seatLinks: hex32.optional(),
    }),
  }),
  z.strictObject({
    type: z.literal(RoomEventType.BallotsRevealed),
    payload: z.strictObject({ dossierId, round, ballots: z.array(RevealedBallot) }),
  }),
  z.strictObject({
    type: z.literal(RoomEventType.TimerStarted),
    payload: z.strictObject({
      dossierId,
      seconds: z
        .number()
        .int()
        .min(10)
        .max(4 * 3600),
    }),
  }),
  z.strictObject({ type: z.literal(RoomEventType.HandRaised), payload: z.strictObject({ seat }) }),
  z.strictObject({ type: z.literal(RoomEventType.HandLowered), payload: z.strictObject({ seat }) }),
  // The floor: the facilitator gives it to a seat (lowering that seat's hand) and takes it back.
  z.strictObject({ type: z.literal(RoomEventType.FloorGiven), payload: z.strictObject({ seat }) }),
  z.strictObject({
    type: z.literal(RoomEventType.FloorReleased),
    payload: z.strictObject({ seat }),
  }),
  // The timer's remaining time is derived from the events' `at` (the server's clock), never sent.
  z.strictObject({
    type: z.literal(RoomEventType.TimerPaused),
    payload: z.strictObject({ dossierId }),
  }),
  z.strictObject({
    type: z.literal(RoomEventType.TimerResumed),
    payload: z.strictObject({ dossierId }),
  }),
  z.strictObject({
    type: z.literal(RoomEventType.TimerExtended),
    payload: z.strictObject({
      dossierId,
      seconds: z.number().int().min(10).max(3600),
    }),
  }),
  /** A juror takes back a conflict declaration before scoring of that dossier begins. */
  z.strictObject({
    type: z.literal(RoomEventType.ConflictWithdrawn),
    payload: z.strictObject({ seat, dossierId }),
  }),
] as const;
