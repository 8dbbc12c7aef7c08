// The deliberation room service: who may do what, private ballots, and the room events, each appended
// durably before it is acknowledged or broadcast.

import type { Db } from '../db/openDatabase';
import { ballotSchema, sealBallot, type BallotContent } from '../../shared/deliberation/ballot';
import type { GradingScale } from '../../shared/scoring/gradingScale';
import type { RuleChoices } from '../../shared/scoring/rule';
import {
  assertMayScore,
  decideConflict,
  decideFloor,
  decideWithdrawConflict,
  decideHand,
  decideTimer,
  decideTimerChange,
  type TimerAction,
  eligibleSeats,
  decideMove,
  decideOpenRoom,
  decidePhase,
  decideSeat,
  requireRoom,
} from '../../shared/deliberation/roomCommands';
import type { Phase } from '../../shared/deliberation/roomEvents';
import { roomViewFor, type RoomRole, type RoomView } from '../../shared/deliberation/roomView';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import { describeIssues } from '../../shared/lottery/protocol';
import type { Decision } from '../../shared/process/processCommands';
import { SeatStatus, type ProcessState } from '../../shared/process/processState';
import { hashToken, newToken } from '../auth/tokens';
import type { JurorSessions } from '../auth/jurorSessions';
import type { ConflictCategory } from '../../shared/deliberation/conflictCategory';
import type { Clock, Random } from '../ports';
import type { Ceremony } from './ceremony';
import type { EventStore } from '../store/eventStore';
import { createBallotsRepository } from '../repositories/ballotsRepository';
import { createConflictReasonsRepository } from '../repositories/conflictReasonsRepository';
import { createInvitationsRepository } from '../repositories/invitationsRepository';
import { createJurorNamesRepository } from '../repositories/jurorNamesRepository';
import { createProjectorLinksRepository } from '../repositories/projectorLinksRepository';

export function createRoom(deps: {
  db: Db;
  store: EventStore;
  ceremony: Ceremony;
  clock: Clock;
  jurorSessions: JurorSessions;
  random: Random;
}) {
  const { db, store, ceremony, clock, jurorSessions, random } = deps;
  const projectorLinks = createProjectorLinksRepository(db);
  const ballots = createBallotsRepository(db);
  const invitations = createInvitationsRepository(db);
  const jurorNames = createJurorNamesRepository(db);
  const conflictReasons = createConflictReasonsRepository(db);

  /** Whether a seat is still its holder's, accepted: a replaced or declined juror's credentials open nothing. */
  const holdsSeat = (processId: string, seatNumber: number, pseudonym: string): boolean => {
    const seat = ceremony.state(processId).seats[seatNumber - 1];
    return seat?.holder === pseudonym && seat.status === SeatStatus.Accepted;
  };

  // Group commit: ballots validated in the same tick share one transaction and one fsync, and each is
  // acknowledged only once that transaction has committed.
  interface PendingBallot {
    processId: string;
    seat: number;
    ballot: BallotContent;
    seal: string;
    done: (error?: unknown) => void;
  }
  const pending: PendingBallot[] = [];
  const writeBallots = db.transaction((items: PendingBallot[]) => {
    const at = clock.now().toISOString();
    for (const item of items) ballots.save(item.processId, item.seat, item.ballot, item.seal, at);
  });
  function flushBallots(): void {
    const items = pending.splice(0);
    if (items.length === 0) return;
    try {
      writeBallots(items);
      for (const item of items) item.done();
    } catch (error) {
      for (const item of items) item.done(error);
    }
  }
  function enqueueBallot(item: Omit<PendingBallot, 'done'>): Promise<void> {
    return new Promise((resolve, reject) => {
      if (pending.length === 0) setImmediate(flushBallots);
      pending.push({ ...item, done: (error) => (error === undefined ? resolve() : reject(error)) });
    });
  }

  const ballotOf =
    (processId: string) =>
    (seat: number, dossierId: string, round: number): BallotContent | undefined =>
      ballots.find(processId, seat, dossierId, round);

  function apply(processId: string, decision: Decision): ProcessState {
    if (decision.events.length === 0) return ceremony.state(processId);
    return ceremony.appendDecision(processId, decision);
  }

  return {
    /**
     * The role a socket gets: the projector link's token, the projector; an accepted juror's invitation
     * token, their seat; else the organiser session, the facilitator; else this process's juror session
     * cookie, its seat; else an observer.
     * @throws {KleroterionError} TOKEN_INVALID when a token, projector link or juror session no longer
     * opens the room: the person is told so, never silently made an observer.
     */
    identify(
      processId: string,
      token: string | undefined,
      isOrganiser: boolean,
      jurorSessionToken?: string,
      projectorToken?: string,
    ): RoomRole {
      if (projectorToken !== undefined) {
        if (projectorLinks.processOf(hashToken(projectorToken)) !== processId)
          throw new KleroterionError(
            ErrorCode.TokenInvalid,
            'this projector link is not valid (it may have been revoked)',
          );
        return { kind: 'projector' };
      }
      if (isOrganiser && token === undefined) return { kind: 'facilitator' };
      if (token === undefined && jurorSessionToken !== undefined) {
        const session = jurorSessions.find(jurorSessionToken);
        if (
          session === undefined ||
          session.processId !== processId ||
          !holdsSeat(processId, session.seat, session.pseudonym)
        )
          throw new KleroterionError(
            ErrorCode.TokenInvalid,
            'this juror session no longer opens a seat in this room; reopen your invitation link',
          );
        return { kind: 'juror', seat: session.seat };
      }
      if (token === undefined) return { kind: 'observer' };
      const row = invitations.findByTokenHash(hashToken(token));
      const state = ceremony.state(processId);
      const seat = row === undefined ? undefined : state.seats[row.seat - 1];
      // A replaced or declined juror's old link no longer opens the room.
      if (
        row === undefined ||
        row.processId !== processId ||
        seat?.holder !== row.pseudonym ||
        seat.status !== SeatStatus.Accepted
      ) {
        throw new KleroterionError(
          ErrorCode.TokenInvalid,
          'this link does not give a seat in this room',
        );
      }
      return { kind: 'juror', seat: row.seat };
    },

    /** Scoring progress of the current dossier: how many eligible jurors have a ballot, never what. */
    progress(
      processId: string,
    ): { dossierId: string; round: number; submitted: number; eligible: number } | undefined {
      const room = ceremony.state(processId).room;
      const current = room?.current;
      if (room === undefined || current?.phase !== 'scoring') return undefined;
      const eligible = eligibleSeats(room, current.dossierId);
      const submitted = ballots
        .seatsThatVoted(processId, current.dossierId, current.round)
        .filter((seat) => eligible.includes(seat)).length;
      return {
        dossierId: current.dossierId,
        round: current.round,
        submitted,
        eligible: eligible.length,
      };
    },

    view(processId: string, role: RoomRole, present: number[] = []): RoomView {
      const state = ceremony.state(processId);
      requireRoom(state);
      const current = state.room?.current;
      const submittedSeats =
        current === undefined
          ? []
          : ballots.seatsThatVoted(processId, current.dossierId, current.round);
      const names = jurorNames.names(processId);
      const view = roomViewFor(state, role, {
        submittedSeats,
        ballotOf: ballotOf(processId),
        present,
        names,
      });
      if (role.kind !== 'facilitator') return view;
      return { ...view, conflictCategories: conflictReasons.categories(processId) };
    },

    open(
      processId: string,
      scale: GradingScale,
      secondRound: boolean,
      rule: RuleChoices = {},
      confidential = true,
    ): ProcessState {
      return apply(
        processId,
        decideOpenRoom(ceremony.state(processId), scale, secondRound, rule, confidential),
      );
    },
    seat(processId: string, seat: number): ProcessState {
      return apply(processId, decideSeat(ceremony.state(processId), seat));
    },
    /** The category (private) is written in the same transaction as the public declaration. */
    declareConflict(
      processId: string,
      seat: number,
      dossierId: string,
      category?: ConflictCategory,
    ): ProcessState {
      const decision = decideConflict(ceremony.state(processId), seat, dossierId);
      if (decision.events.length === 0 && category === undefined) return ceremony.state(processId);
      return ceremony.appendDecision(processId, decision, () => {
        if (category !== undefined) conflictReasons.record(processId, seat, dossierId, category);
      });
    },
    /** Withdraws a declaration before scoring of that dossier begins; its private category goes with it. */
    withdrawConflict(processId: string, seat: number, dossierId: string): ProcessState {
      const decision = decideWithdrawConflict(ceremony.state(processId), seat, dossierId);
      if (decision.events.length === 0) return ceremony.state(processId);
      return ceremony.appendDecision(processId, decision, () =>
        conflictReasons.remove(processId, seat, dossierId),
      );
    },
    move(processId: string, dossierId: string): ProcessState {
      return apply(processId, decideMove(ceremony.state(processId), dossierId));
    },
    startPhase(processId: string, phase: Phase): ProcessState {
      // Ballots accepted before this instant are written first, so closing scoring sees all of them.
      flushBallots();
      return apply(
        processId,
        decidePhase(ceremony.state(processId), phase, (dossierId, round, seats) =>
          seats.flatMap((seat) => {
            const ballot = ballotOf(processId)(seat, dossierId, round);
            return ballot === undefined ? [] : [{ seat, ballot }];
          }),
        ),
      );
    },

    /** Stores a juror's display name (private; written before the acknowledgement). */
    rename(processId: string, seat: number, displayName: string): void {
      requireRoom(ceremony.state(processId));
      jurorNames.set(processId, seat, displayName);
    },

    startTimer(processId: string, seconds: number): ProcessState {
      return apply(processId, decideTimer(ceremony.state(processId), seconds));
    },
    hand(processId: string, seat: number, raised: boolean): ProcessState {
      return apply(processId, decideHand(ceremony.state(processId), seat, raised));
    },
    /** Gives the floor to `seat`, or (undefined) takes it back from whoever has it. */
    floor(processId: string, seat: number | undefined): ProcessState {
      const state = ceremony.state(processId);
      const holder = requireRoom(state).floor?.seat;
      if (seat === undefined)
        return holder === undefined ? state : apply(processId, decideFloor(state, holder, false));
      return apply(processId, decideFloor(state, seat, true));
    },
    changeTimer(processId: string, action: TimerAction, seconds?: number): ProcessState {
      return apply(processId, decideTimerChange(ceremony.state(processId), action, seconds));
    },

    /** Saves (or replaces) a juror's ballot; the same ballot twice is one ballot. Returns its seal. */
    async submit(
      processId: string,
      seat: number,
      raw: unknown,
    ): Promise<{ seal: string; state: ProcessState }> {
      const state = ceremony.state(processId);
      const room = requireRoom(state);
      const parsed = ballotSchema(
        room.scale,
        room.criteria.map((criterion) => criterion.id),
      ).safeParse(raw);
      if (!parsed.success)
        throw new KleroterionError(ErrorCode.ValidationFailed, describeIssues(parsed.error));
      const ballot: BallotContent = parsed.data;
      assertMayScore(state, seat, ballot);
      const seal = sealBallot(ballot);
      // Written (synchronous=FULL) before the acknowledgement, in a group commit with the ballots of the same instant.
      await enqueueBallot({ processId, seat, ballot, seal });
      return { seal, state };
    },

    isOpen: (processId: string): boolean => store.state(processId)?.room !== undefined,

    /** A new projector link for the room (≥128 random bits); any earlier link stops working. */
    openProjector(processId: string): string {
      requireRoom(ceremony.state(processId));
      const token = newToken(random, 32);
      projectorLinks.replace(processId, hashToken(token), clock.now().toISOString());
      return token;
    },
    revokeProjector(processId: string): void {
      projectorLinks.remove(processId);
    },
  };
}

export type Room = ReturnType<typeof createRoom>;
