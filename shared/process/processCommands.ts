// Pure decisions of the ceremony: given a process state and a request, the events to append, or a refusal.
// Spec: docs/event-log.md, section "State machine"; each transition is refused out of order.

import type { z } from 'zod';
import type { StageOneLink } from '../invitations/stageLink';
import { canonicalize } from '../crypto/jcs';
import type { Dossier } from '../dossier/dossier';
import { ErrorCode, KleroterionError } from '../errors';
import { describeIssues, Commitment, drawProtocolFor, type Source } from '../lottery/protocol';
import {
  beaconSource,
  drandRoundTimingProblem,
  organiserSecretSource,
  revealSource,
  timelockWitnessSource,
  witnessSource,
} from '../lottery/commitReveal';
import { commitmentHashOf } from '../lottery/seed';
import type { TimelockOpening } from '../lottery/timelock';
import { EventType, ProcessSettings, type ProcessEvent } from './processEvents';
import { ProcessStatus, SeatStatus, type ProcessState } from './processState';
import {
  drawSelection,
  nextAlternateFor,
  type ProcessCommitment,
  type ProcessRecord,
} from './processStratified';

export type NewEvent = ProcessEvent;

/** Events to append; `refusal`, when set, is returned to the caller after the events are durable. */
export interface Decision {
  events: NewEvent[];
  refusal?: KleroterionError;
}

/** @throws {KleroterionError} always: TRANSITION_REFUSED unless another code is given. */
export const refuse = (
  message: string,
  code:
    | typeof ErrorCode.TransitionRefused
    | typeof ErrorCode.ValidationFailed = ErrorCode.TransitionRefused,
): never => {
  throw new KleroterionError(code, message);
};

function requireStatus(state: ProcessState, allowed: ProcessStatus[], action: string): void {
  if (!allowed.includes(state.status))
    refuse(`cannot ${action}: the process is ${state.status} (needs ${allowed.join(' or ')})`);
}

/** ISO instant without milliseconds, as used in commitments. */
export const isoSeconds = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

export function decideCreate(processId: string, settings: unknown): Decision {
  const parsed = ProcessSettings.safeParse(settings);
  if (!parsed.success)
    refuse(`settings: ${describeIssues(parsed.error)}`, ErrorCode.ValidationFailed);
  return {
    events: [{ type: EventType.ProcessCreated, payload: { processId, settings: parsed.data! } }],
  };
}

export function decideSettings(state: ProcessState, settings: unknown): Decision {
  requireStatus(state, [ProcessStatus.Draft], 'change the settings');
  const parsed = ProcessSettings.safeParse(settings);
  if (!parsed.success)
    refuse(`settings: ${describeIssues(parsed.error)}`, ErrorCode.ValidationFailed);
  return { events: [{ type: EventType.SettingsChanged, payload: { settings: parsed.data! } }] };
}

export function decideImport(
  state: ProcessState,
  pool: { poolSize: number; poolRoot: string; attributeColumns: string[] },
): Decision {
  requireStatus(state, [ProcessStatus.Draft], 'import volunteers');
  return { events: [{ type: EventType.PoolImported, payload: pool }] };
}

/** A witness: the SHA-256 of a secret to reveal later, or a contribution timelocked to the drand round. */
export type WitnessInput =
  { label: string; commitment: string; optional: boolean } | { label: string; timelock: string };

export interface CommitInput {
  organiserSecretHash: string;
  witnesses: WitnessInput[];
  drandRound: number;
  now: Date;
  minDrandDelaySeconds: number;
  /** When the pool is the registrations of a stage one: its record's hash and the responses. */
  stageOne?: StageOneLink;
}

/**
 * The randomness sources of a process's commitment: the organiser's secret, the witnesses, the drand round.
 * @throws {KleroterionError} VALIDATION_FAILED when the drand round comes too early, or a timelocked
 * contribution is sealed to another round.
 */
export function commitSources(input: CommitInput): Source[] {
  const problem = drandRoundTimingProblem(input.drandRound, input.now, input.minDrandDelaySeconds);
  if (problem !== undefined) refuse(problem, ErrorCode.ValidationFailed);
  return [
    organiserSecretSource(input.organiserSecretHash),
    ...input.witnesses.map((w) =>
      'timelock' in w
        ? timelockWitnessSource(w.label, w.timelock, input.drandRound)
        : witnessSource(w.label, w.commitment, w.optional),
    ),
    beaconSource(input.drandRound),
  ];
}

/** The fields every commitment takes from the process and its imported pool, whatever its protocol. */
export const commitmentHeader = (
  state: ProcessState,
  pool: NonNullable<ProcessState['pool']>,
  input: Pick<CommitInput, 'now' | 'stageOne'>,
) => ({
  title: state.settings.title,
  process: state.id,
  committedAt: isoSeconds(input.now),
  poolRoot: pool.root,
  poolSize: pool.size,
  seats: state.settings.seats,
  // The link between the stages (docs/lottery-spec.md, section 18), hashed with the rest.
  ...(input.stageOne === undefined ? {} : { stageOne: input.stageOne }),
});

/**
 * The draw.committed event for a candidate commitment, with its hash, once it passes its protocol's schema.
 * @throws {KleroterionError} VALIDATION_FAILED when the candidate does not match the schema.
 */
export function decideCommitted(candidate: ProcessCommitment, schema: z.ZodType): Decision {
  const parsed = schema.safeParse(candidate);
  if (!parsed.success)
    refuse(`commitment: ${describeIssues(parsed.error)}`, ErrorCode.ValidationFailed);
  return {
    events: [
      {
        type: EventType.Committed,
        payload: { commitment: candidate, commitmentHash: commitmentHashOf(candidate) },
      },
    ],
  };
}

export function decideCommit(state: ProcessState, input: CommitInput): Decision {
  requireStatus(state, [ProcessStatus.Draft], 'commit');
  if (state.pool === undefined) refuse('cannot commit: no volunteers imported');
  const pool = state.pool!;
  if (state.settings.seats > pool.size)
    refuse(`cannot commit: ${state.settings.seats} seats for ${pool.size} volunteers`);
  const sources = commitSources(input);
  const candidate = {
    // kleroterion-draw/2 as soon as a witness is timelocked; otherwise the frozen /1, unchanged.
    protocol: drawProtocolFor(sources),
    ...commitmentHeader(state, pool, input),
    alternates: state.settings.alternates,
    sources,
  };
  return decideCommitted(candidate, Commitment);
}

/**
 * Reveals one source: a secret's value, or a beacon's signature (its value is derived). A timelock source
 * takes its round's signature too, and `timelockOpening`, the ciphertext opened with it beforehand
 * (asynchronous: see openTimelock); its value is the opened plaintext.
 */
export function decideReveal(
  state: ProcessState,
  source: number,
  reveal: { value: string } | { signature: string },
  timelockOpening?: TimelockOpening,
): Decision {
  requireStatus(state, [ProcessStatus.Committed, ProcessStatus.Revealed], 'reveal a value');
  const { value, beacon } = revealSource(
    state.commitment!.commitment.sources,
    (i) => state.revealed[i] === true,
    source,
    reveal,
    timelockOpening,
  );
  return {
    events: [
      {
        type: EventType.ValueRevealed,
        payload: beacon === undefined ? { source, value } : { source, value, beacon },
      },
    ],
  };
}

/**
 * The draw happens exactly once. A second attempt is not an error in the log's eyes: it is recorded
 * (draw.redrawRefused) and refused.
 */
export function decideDraw(state: ProcessState, computeRecord: () => ProcessRecord): Decision {
  if (state.status === ProcessStatus.Drawn || state.status === ProcessStatus.Invitations) {
    return {
      events: [
        {
          type: EventType.RedrawRefused,
          payload: { reason: 'the process was already drawn; a draw happens exactly once' },
        },
      ],
      refusal: new KleroterionError(
        ErrorCode.AlreadyDrawn,
        'this process was already drawn; the attempt has been recorded in the public log',
      ),
    };
  }
  requireStatus(state, [ProcessStatus.Revealed], 'draw');
  return { events: [{ type: EventType.Drawn, payload: { record: computeRecord() } }] };
}

/** Invites every seat whose holder has not been invited yet. */
export function decideInvitations(state: ProcessState, deadline: Date, now: Date): Decision {
  requireStatus(state, [ProcessStatus.Drawn, ProcessStatus.Invitations], 'send invitations');
  if (deadline.getTime() <= now.getTime())
    refuse('the answer deadline must be in the future', ErrorCode.ValidationFailed);
  const pending = state.seats.filter(
    (seat) => seat.status === SeatStatus.Drawn && seat.holder !== undefined,
  );
  if (pending.length === 0) refuse('every seat has already been invited');
  return {
    events: pending.map((seat) => ({
      type: EventType.InvitationSent,
      payload: {
        seat: seat.seat,
        id: seat.holder!,
        rank: seat.rank!,
        deadline: isoSeconds(deadline),
      },
    })),
  };
}

/**
 * A juror's answer, or the deadline passing. A decline or expiry frees the seat for the first alternate
 * still waiting, who is invited with a fresh deadline of the same length.
 */
export function decideAnswer(
  state: ProcessState,
  seatNumber: number,
  answer: 'accept' | 'decline' | 'expire',
  now: Date,
  replyWindowMs: number,
): Decision {
  requireStatus(state, [ProcessStatus.Invitations], 'answer an invitation');
  const seat = state.seats[seatNumber - 1];
  if (seat === undefined || seat.status !== SeatStatus.Invited || seat.holder === undefined) {
    throw new KleroterionError(
      ErrorCode.InvitationAnswered,
      'this invitation has already been answered or replaced',
    );
  }
  if (answer === 'accept') {
    if (seat.deadline !== undefined && Date.parse(seat.deadline) < now.getTime()) {
      throw new KleroterionError(ErrorCode.InvitationAnswered, 'the deadline to answer has passed');
    }
    return {
      events: [
        { type: EventType.InvitationAccepted, payload: { seat: seat.seat, id: seat.holder } },
      ],
    };
  }
  const events: NewEvent[] = [
    {
      type: EventType.InvitationDeclined,
      payload: {
        seat: seat.seat,
        id: seat.holder,
        reason: answer === 'decline' ? 'declined' : 'expired',
      },
    },
  ];
  const nextRank = nextAlternateFor(state.record, state.waitingAlternates, seat.seat);
  const alternate = nextRank === undefined ? undefined : drawSelection(state.record)[nextRank - 1];
  if (nextRank === undefined || alternate === undefined) {
    events.push({ type: EventType.SeatVacant, payload: { seat: seat.seat } });
  } else {
    events.push({
      type: EventType.SeatReassigned,
      payload: { seat: seat.seat, from: seat.holder, to: alternate.id, rank: nextRank },
    });
    events.push({
      type: EventType.InvitationSent,
      payload: {
        seat: seat.seat,
        id: alternate.id,
        rank: nextRank,
        deadline: isoSeconds(new Date(now.getTime() + replyWindowMs)),
      },
    });
  }
  return { events };
}

/** Seats whose deadline has passed without an answer. */
export function overdueSeats(state: ProcessState, now: Date): number[] {
  if (state.status !== ProcessStatus.Invitations) return [];
  return state.seats
    .filter(
      (seat) =>
        seat.status === SeatStatus.Invited &&
        seat.deadline !== undefined &&
        Date.parse(seat.deadline) < now.getTime(),
    )
    .map((seat) => seat.seat);
}

/** The admissible dossiers for the jury; replaceable until deliberation opens. */
export function decideDossiers(
  state: ProcessState,
  file: { cohort: string; dossiers: Dossier[] },
): Decision {
  if (state.room !== undefined)
    refuse('the deliberation room is open: its dossiers can no longer change');
  if (file.dossiers.length === 0)
    refuse('none of these dossiers is admissible', ErrorCode.ValidationFailed);
  if (
    state.dossiers !== undefined &&
    canonicalize(state.dossiers.dossiers) === canonicalize(file.dossiers) &&
    state.dossiers.cohort === file.cohort
  ) {
    refuse('these dossiers are already imported');
  }
  return {
    events: [
      {
        type: EventType.DossiersImported,
        payload: { cohort: file.cohort, dossiers: file.dossiers },
      },
    ],
  };
}
