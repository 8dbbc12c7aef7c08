// The state of one jury process, folded from its events by a pure reducer shared by server, client and verifier.
// Spec: docs/event-log.md, section "State machine" (draft → committed → revealed → drawn → invitations).

import type { ServiceDetails } from './serviceDetails';
import type { ChainedEvent } from '../events/eventChain';
import type { Dossier } from '../dossier/dossier';
import { RoomEventType } from '../deliberation/roomEvents';
import {
  InvalidRoomEventError,
  applyRoomEvent,
  type RoomEvent,
  type RoomState,
} from '../deliberation/roomState';
import type { BeaconProof } from '../lottery/protocol';
import {
  InvalidOutcomeEventError,
  NO_OUTCOME,
  applyOutcomeEvent,
  type OutcomeState,
} from '../scoring/outcomeState';
import { ResultEventType, type ResultEvent } from '../scoring/resultEvents';
import { EventType, ProcessEvent, type ProcessSettings } from './processEvents';
import {
  drawSelection,
  nextAlternateFor,
  type ProcessCommitment,
  type ProcessRecord,
} from './processStratified';

export const ProcessStatus = {
  Draft: 'draft',
  Committed: 'committed',
  Revealed: 'revealed',
  Drawn: 'drawn',
  Invitations: 'invitations',
} as const;
export type ProcessStatus = (typeof ProcessStatus)[keyof typeof ProcessStatus];

export const SeatStatus = {
  Drawn: 'drawn',
  Invited: 'invited',
  Accepted: 'accepted',
  Vacant: 'vacant',
} as const;
export type SeatStatus = (typeof SeatStatus)[keyof typeof SeatStatus];

export interface Seat {
  seat: number;
  holder: string | undefined;
  /** Rank of the holder in the draw's selection. */
  rank: number | undefined;
  status: SeatStatus;
  deadline: string | undefined;
}

export interface SeatChange {
  at: string;
  seat: number;
  from: string;
  to: string | undefined;
  reason: 'declined' | 'expired';
}

export interface ProcessState {
  id: string;
  settings: ProcessSettings;
  status: ProcessStatus;
  createdAt: string;
  pool: { size: number; root: string; attributeColumns: string[]; importedAt: string } | undefined;
  commitment:
    { commitment: ProcessCommitment; commitmentHash: string; committedAt: string } | undefined;
  /** One entry per source once committed; null until revealed (and for an optional source left unrevealed). */
  values: (string | null)[];
  /** Whether each source has been revealed; after the draw, every source counts as settled. */
  revealed: boolean[];
  beacons: BeaconProof[];
  record: ProcessRecord | undefined;
  drawnAt: string | undefined;
  seats: Seat[];
  /** Ranks (1-based, in the selection) of alternates not yet called. */
  waitingAlternates: number[];
  changes: SeatChange[];
  redrawAttempts: number;
  /** The admissible dossiers the jury deliberates on, once imported. */
  dossiers: { cohort: string; dossiers: Dossier[]; importedAt: string } | undefined;
  /** The deliberation room, once opened. */
  room: RoomState | undefined;
  /** Tie settlements and the published results. */
  outcome: OutcomeState;
  lastSeq: number;
  head: string;
  /** What serving involves, as the organiser last stated it (absent until stated). */
  service?: ServiceDetails;
}

/** A log that does not fit the state machine: the chain is corrupt or was written by a buggy server. */
export class InvalidEventError extends Error {
  override readonly name = 'InvalidEventError';
}

function fail(event: ChainedEvent, why: string): never {
  throw new InvalidEventError(`event ${event.seq} (${event.type}): ${why}`);
}

/** True once every non-optional source has a value. */
export function isFullyRevealed(state: ProcessState): boolean {
  const sources = state.commitment?.commitment.sources ?? [];
  return (
    sources.length > 0 &&
    sources.every(
      (source, i) =>
        source.optional === true || (state.revealed[i] === true && state.values[i] !== null),
    )
  );
}

/**
 * Applies one chained event. Pure: returns a new state.
 * @throws {InvalidEventError} when the event is malformed or out of order for the state.
 */
export function applyEvent(state: ProcessState | undefined, chained: ChainedEvent): ProcessState {
  const parsed = ProcessEvent.safeParse({ type: chained.type, payload: chained.payload });
  if (!parsed.success) fail(chained, 'malformed payload');
  const event = parsed.data;
  if (state === undefined) {
    if (event.type !== EventType.ProcessCreated)
      fail(chained, 'a process must start with process.created');
    return {
      id: event.payload.processId,
      settings: event.payload.settings,
      status: ProcessStatus.Draft,
      createdAt: chained.at,
      pool: undefined,
      commitment: undefined,
      values: [],
      revealed: [],
      beacons: [],
      record: undefined,
      drawnAt: undefined,
      seats: [],
      waitingAlternates: [],
      changes: [],
      redrawAttempts: 0,
      dossiers: undefined,
      room: undefined,
      outcome: NO_OUTCOME,
      lastSeq: chained.seq,
      head: chained.hash,
    };
  }
  const next: ProcessState = { ...state, lastSeq: chained.seq, head: chained.hash };
  const need = (status: ProcessStatus | ProcessStatus[]) => {
    const allowed = Array.isArray(status) ? status : [status];
    if (!allowed.includes(state.status)) fail(chained, `not allowed in status ${state.status}`);
  };
  switch (event.type) {
    case EventType.ProcessCreated:
      return fail(chained, 'the process already exists');
    case EventType.SettingsChanged:
      need(ProcessStatus.Draft);
      return { ...next, settings: event.payload.settings };
    case EventType.ServiceDescribed:
      if (state.outcome.published !== undefined)
        fail(chained, 'the results are published: the process is closed');
      return { ...next, service: event.payload.service };
    case EventType.PoolImported:
      need(ProcessStatus.Draft);
      return {
        ...next,
        pool: {
          size: event.payload.poolSize,
          root: event.payload.poolRoot,
          attributeColumns: event.payload.attributeColumns,
          importedAt: chained.at,
        },
      };
    case EventType.Committed: {
      need(ProcessStatus.Draft);
      const { commitment, commitmentHash } = event.payload;
      if (
        state.pool === undefined ||
        commitment.poolRoot !== state.pool.root ||
        commitment.poolSize !== state.pool.size
      )
        fail(chained, 'the commitment is not over the imported pool');
      return {
        ...next,
        status: ProcessStatus.Committed,
        commitment: { commitment, commitmentHash, committedAt: chained.at },
        values: commitment.sources.map(() => null),
        revealed: commitment.sources.map(() => false),
      };
    }
    case EventType.ValueRevealed: {
      need([ProcessStatus.Committed, ProcessStatus.Revealed]);
      const { source, value, beacon } = event.payload;
      if (source >= state.values.length || state.revealed[source] !== false)
        fail(chained, `source ${source} cannot be revealed`);
      const values = state.values.slice();
      values[source] = value;
      const revealed = state.revealed.slice();
      revealed[source] = true;
      const after = {
        ...next,
        values,
        revealed,
        beacons: beacon === undefined ? state.beacons : [...state.beacons, beacon],
      };
      return {
        ...after,
        status: isFullyRevealed(after) ? ProcessStatus.Revealed : state.status,
      };
    }
    case EventType.Drawn: {
      need(ProcessStatus.Revealed);
      const { record } = event.payload;
      const selection = drawSelection(record);
      const seats: Seat[] = selection
        .filter((pick) => pick.role === 'seat')
        .map((pick) => ({
          seat: pick.rank,
          holder: pick.id,
          rank: pick.rank,
          status: SeatStatus.Drawn,
          deadline: undefined,
        }));
      const waitingAlternates = selection
        .filter((pick) => pick.role === 'alternate')
        .map((pick) => pick.rank);
      // Unrevealed optional sources are fixed to null by the draw.
      return {
        ...next,
        status: ProcessStatus.Drawn,
        record,
        drawnAt: chained.at,
        seats,
        waitingAlternates,
        values: record.values,
        revealed: record.values.map(() => true),
      };
    }
    case EventType.RedrawRefused:
      need([ProcessStatus.Drawn, ProcessStatus.Invitations]);
      return { ...next, redrawAttempts: state.redrawAttempts + 1 };
    case EventType.InvitationSent: {
      need([ProcessStatus.Drawn, ProcessStatus.Invitations]);
      const { seat, id, rank, deadline } = event.payload;
      const current = state.seats[seat - 1];
      if (current === undefined || current.holder !== id || current.status !== SeatStatus.Drawn)
        fail(chained, `seat ${seat} is not waiting for ${id}`);
      return {
        ...next,
        status: ProcessStatus.Invitations,
        seats: replaceSeat(state.seats, { ...current, rank, status: SeatStatus.Invited, deadline }),
      };
    }
    case EventType.InvitationAccepted: {
      need(ProcessStatus.Invitations);
      const current = invitedSeat(state, chained, event.payload.seat, event.payload.id);
      return {
        ...next,
        seats: replaceSeat(state.seats, { ...current, status: SeatStatus.Accepted }),
      };
    }
    case EventType.InvitationDeclined: {
      need(ProcessStatus.Invitations);
      const current = invitedSeat(state, chained, event.payload.seat, event.payload.id);
      return {
        ...next,
        seats: replaceSeat(state.seats, {
          ...current,
          holder: undefined,
          rank: undefined,
          status: SeatStatus.Vacant,
          deadline: undefined,
        }),
        changes: [
          ...state.changes,
          {
            at: chained.at,
            seat: current.seat,
            from: event.payload.id,
            to: undefined,
            reason: event.payload.reason,
          },
        ],
      };
    }
    case EventType.SeatReassigned: {
      need(ProcessStatus.Invitations);
      const { seat, from, to, rank } = event.payload;
      const current = state.seats[seat - 1];
      const expectedRank = nextAlternateFor(state.record, state.waitingAlternates, seat);
      // Invariant: a freed seat always goes to the first alternate still waiting, in rank order (for a
      // stratified draw, the first one of the seat's own type, so that the quotas still hold).
      if (current === undefined || current.status !== SeatStatus.Vacant || rank !== expectedRank)
        fail(chained, `seat ${seat} must go to alternate rank ${expectedRank}`);
      if (drawSelection(state.record)[rank - 1]?.id !== to)
        fail(chained, `rank ${rank} is not ${to}`);
      const last = state.changes[state.changes.length - 1];
      const changes =
        last !== undefined && last.seat === seat && last.from === from && last.to === undefined
          ? [...state.changes.slice(0, -1), { ...last, to }]
          : fail(chained, 'no matching departure');
      return {
        ...next,
        seats: replaceSeat(state.seats, {
          seat,
          holder: to,
          rank,
          status: SeatStatus.Drawn,
          deadline: undefined,
        }),
        waitingAlternates: state.waitingAlternates.filter((waiting) => waiting !== rank),
        changes,
      };
    }
    case RoomEventType.Opened:
      if (state.status !== ProcessStatus.Invitations && state.status !== ProcessStatus.Drawn)
        fail(chained, 'deliberation opens after the draw');
      return { ...next, room: applyRoom(state, event, chained) };
    case ResultEventType.TieVoteRecorded:
    case ResultEventType.TieLotteryDeclared:
    case ResultEventType.TieLotteryDrawn:
    case ResultEventType.ResultsPublished:
      return { ...next, outcome: applyOutcome(state, event, chained) };
    case RoomEventType.Seated:
    case RoomEventType.ConflictDeclared:
    case RoomEventType.AgendaMoved:
    case RoomEventType.PhaseStarted:
    case RoomEventType.ScoringClosed:
    case RoomEventType.BallotsRevealed:
    case RoomEventType.TimerStarted:
    case RoomEventType.HandRaised:
    case RoomEventType.HandLowered:
    case RoomEventType.FloorGiven:
    case RoomEventType.FloorReleased:
    case RoomEventType.TimerPaused:
    case RoomEventType.TimerResumed:
    case RoomEventType.TimerExtended:
    case RoomEventType.ConflictWithdrawn:
      if (state.outcome.published !== undefined)
        fail(chained, 'the results are published: the room is closed');
      return { ...next, room: applyRoom(state, event, chained) };
    case EventType.DossiersImported:
      if (state.room !== undefined)
        fail(chained, 'dossiers cannot change once deliberation has opened');
      return {
        ...next,
        dossiers: {
          cohort: event.payload.cohort,
          dossiers: event.payload.dossiers,
          importedAt: chained.at,
        },
      };
    case EventType.SeatVacant: {
      need(ProcessStatus.Invitations);
      if (nextAlternateFor(state.record, state.waitingAlternates, event.payload.seat) !== undefined)
        fail(chained, 'alternates are still waiting');
      return next;
    }
  }
}

function applyRoom(state: ProcessState, event: RoomEvent, chained: ChainedEvent): RoomState {
  try {
    return applyRoomEvent(state.room, event, chained, state.dossiers?.dossiers ?? []);
  } catch (error) {
    if (error instanceof InvalidRoomEventError) throw new InvalidEventError(error.message);
    throw error;
  }
}

function applyOutcome(
  state: ProcessState,
  event: ResultEvent,
  chained: ChainedEvent,
): OutcomeState {
  try {
    return applyOutcomeEvent(state, event, chained);
  } catch (error) {
    if (error instanceof InvalidOutcomeEventError) throw new InvalidEventError(error.message);
    throw error;
  }
}

function invitedSeat(state: ProcessState, chained: ChainedEvent, seat: number, id: string): Seat {
  const current = state.seats[seat - 1];
  if (current === undefined || current.holder !== id || current.status !== SeatStatus.Invited)
    fail(chained, `seat ${seat} has no open invitation for ${id}`);
  return current;
}

function replaceSeat(seats: readonly Seat[], seat: Seat): Seat[] {
  return seats.map((existing) => (existing.seat === seat.seat ? seat : existing));
}

/** Folds a whole chain into the process state. */
export function foldProcess(events: readonly ChainedEvent[]): ProcessState | undefined {
  return events.reduce<ProcessState | undefined>(applyEvent, undefined);
}
