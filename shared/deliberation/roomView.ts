// What each participant of the room may see: the facilitator, a juror (their own ballot; per-seat scores
// only after the reveal and only without a conflict on that dossier), or an observer (aggregates only).
// Spec: docs/deliberation.md, section "Sealed ballots".

import type { ConflictCategory } from './conflictCategory';
import type { ProcessState } from '../process/processState';
import { sealBallot, type BallotContent } from './ballot';
import { ABSTAIN, gradesOf } from '../scoring/gradingScale';
import type { Phase } from './roomEvents';
import { eligibleSeats } from './roomCommands';
import { hasConflict, type RoomTimer } from './roomState';
import { SeatStatus } from '../process/processState';
import { deliberationProgress, isWithheldNow, type DeliberationProgress } from './confidentiality';

export type RoomRole =
  | { kind: 'facilitator' }
  | { kind: 'juror'; seat: number }
  | { kind: 'observer' }
  /** The room's shared screen, opened from the facilitator's link: sees the reveals, no private data. */
  | { kind: 'projector' };

/** Per criterion: how many gave each grade (scale order), and how many abstained. */
export interface Distribution {
  criterionId: string;
  counts: number[];
  abstentions: number;
}

export interface RevealedResult {
  dossierId: string;
  round: number;
  ballots: number;
  eligible: number;
  distributions: Distribution[];
  /** Per-seat grades, for the facilitator and non-conflicted jurors only (never in the public log). */
  bySeat?: { seat: number; grades: Record<string, string> }[];
}

export interface RoomView {
  processId: string;
  title: string;
  role: RoomRole;
  scale: NonNullable<ProcessState['room']>['scale'];
  criteria: NonNullable<ProcessState['room']>['criteria'];
  secondRound: boolean;
  /** The aggregation rule fixed when the room opened, shown to everyone before they grade. */
  rule: NonNullable<ProcessState['room']>['rule'];
  /** Set once the results are published: the room is closed. */
  publishedAt: string | undefined;
  dossiers: { id: string; title: string; pitch: string; sector: string; territory: string }[];
  current: { dossierId: string; phase: Phase | undefined; round: number } | undefined;
  seated: number[];
  /** Facilitator: every seat's conflicts; juror: their own; observer: none. */
  conflicts: Record<string, string[]>;
  progress: { submitted: number; eligible: number } | undefined;
  /** A juror's own saved ballot for the current dossier and round, restored on reconnection. */
  myBallot: BallotContent | undefined;
  revealed: RevealedResult[];
  timer: RoomTimer | undefined;
  hands: number[];
  /** Seats with at least one live connection (presence is not logged). */
  present: number[];
  /** Display names chosen by jurors, for the facilitator and jurors only (never observers, never logged). */
  names: Record<string, string>;
  /** The seal of `myBallot` (a juror's own saved ballot), so a reload still shows it as recorded. */
  mySeal: string | undefined;
  /** Dossiers whose scoring has closed at least once (public in the log: `scoring.closed`), in agenda order. */
  scoredDossiers: string[];
  /** Who has the floor (public: it is in the log). */
  floor: { seat: number; since: string } | undefined;
  /** The jury's seats whose holder accepted: who is expected in the room. */
  jury: number[];
  /** Facilitator only, during scoring: the eligible seats that have not submitted yet. */
  pendingSeats?: number[];
  /** Facilitator only: each declared conflict's private category, seat → dossier → category (never logged). */
  conflictCategories?: Record<string, Record<string, ConflictCategory>>;
  /**
   * Set for observers of a confidential deliberation before publication: what they may know (counts
   * only); `revealed` is then empty.
   */
  withheld?: DeliberationProgress;
}

export function distributionsOf(
  state: ProcessState,
  ballots: readonly BallotContent[],
): Distribution[] {
  const room = state.room!;
  const grades = gradesOf(room.scale);
  return room.criteria.map((criterion) => {
    const counts = grades.map(() => 0);
    let abstentions = 0;
    for (const ballot of ballots) {
      const grade = ballot.grades[criterion.id];
      if (grade === undefined || grade === ABSTAIN) abstentions++;
      else {
        const index = grades.indexOf(grade);
        if (index >= 0) counts[index] = (counts[index] as number) + 1;
      }
    }
    return { criterionId: criterion.id, counts, abstentions };
  });
}

/**
 * Builds a participant's view. `submittedSeats` and `ballotOf` come from private storage; they are used
 * only for counts and for what this role may see.
 */
export function roomViewFor(
  state: ProcessState,
  role: RoomRole,
  privateData: {
    submittedSeats: number[];
    ballotOf: (seat: number, dossierId: string, round: number) => BallotContent | undefined;
    present?: number[];
    names?: Record<string, string>;
  },
): RoomView {
  const room = state.room!;
  const current = room.current;
  const conflicts =
    role.kind === 'facilitator'
      ? room.conflicts
      : role.kind === 'juror'
        ? { [String(role.seat)]: room.conflicts[String(role.seat)] ?? [] }
        : {};
  const scoring = current?.phase === 'scoring';
  const myBallot =
    role.kind === 'juror' && current !== undefined
      ? privateData.ballotOf(role.seat, current.dossierId, current.round)
      : undefined;
  // Invariant: an observer of a confidential deliberation sees no reveal before publication.
  const isWithheld = role.kind === 'observer' && isWithheldNow(state);
  const eligible = current === undefined ? [] : eligibleSeats(room, current.dossierId);
  return {
    processId: state.id,
    title: state.settings.title,
    role,
    scale: room.scale,
    criteria: room.criteria,
    secondRound: room.secondRound,
    rule: room.rule,
    publishedAt: state.outcome.published?.at,
    dossiers: (state.dossiers?.dossiers ?? []).map((d) => ({
      id: d.id,
      title: d.title,
      pitch: d.pitch,
      sector: d.sector,
      territory: d.territory,
    })),
    current,
    seated: room.seated,
    conflicts,
    timer: room.timer,
    hands: room.hands,
    present: privateData.present ?? [],
    floor: room.floor,
    jury: state.seats.filter((s) => s.status === SeatStatus.Accepted).map((s) => s.seat),
    ...(role.kind === 'facilitator' && scoring
      ? { pendingSeats: eligible.filter((seat) => !privateData.submittedSeats.includes(seat)) }
      : {}),
    names: role.kind === 'observer' || role.kind === 'projector' ? {} : (privateData.names ?? {}),
    // How many have submitted, never what.
    progress: scoring
      ? {
          submitted: privateData.submittedSeats.filter((seat) => eligible.includes(seat)).length,
          eligible: eligible.length,
        }
      : undefined,
    myBallot,
    ...(isWithheld ? { withheld: deliberationProgress(state) } : {}),
    revealed: (isWithheld ? [] : room.revealed).map((entry) => {
      const closed = room.closed.find(
        (c) => c.dossierId === entry.dossierId && c.round === entry.round,
      );
      const maySeeSeats =
        role.kind === 'facilitator' ||
        (role.kind === 'juror' && !hasConflict(room, role.seat, entry.dossierId));
      const result: RevealedResult = {
        dossierId: entry.dossierId,
        round: entry.round,
        ballots: entry.ballots.length,
        eligible: closed?.eligible ?? 0,
        distributions: distributionsOf(state, entry.ballots),
      };
      if (maySeeSeats) {
        result.bySeat = eligibleSeats(room, entry.dossierId).flatMap((seat) => {
          const ballot = privateData.ballotOf(seat, entry.dossierId, entry.round);
          return ballot === undefined ? [] : [{ seat, grades: ballot.grades }];
        });
      }
      return result;
    }),
    mySeal: myBallot === undefined ? undefined : sealBallot(myBallot),
    scoredDossiers: room.dossierIds.filter((id) =>
      room.closed.some((entry) => entry.dossierId === id),
    ),
  };
}
