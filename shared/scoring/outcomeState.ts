// The outcome part of a process's state: tie settlements, a tie lottery awaiting its randomness, and the
// published results. Every event is checked against results recomputed from the log, so a log cannot
// record a settlement of a tie that does not exist, nor publish a shortlist the grades do not give.
// Spec: docs/results.md, sections "Ties across the cut" and "Publication".

import type { ChainedEvent } from '../events/eventChain';
import { checkReveal } from '../lottery/reveal';
import { quicknetRoundTime } from '../lottery/drand';
import { commitmentHashOf } from '../lottery/seed';
import { resultsHash, resultsOf, type ResultsSource } from './processResults';
import { ResultEventType, type ResultEvent } from './resultEvents';
import type { TieSettlement } from './results';
import { canonicalTie, tieLotteryOrder, voteWinners, type TieCommitment } from './tieBreak';

export interface OutcomeState {
  settlements: TieSettlement[];
  /** A declared tie lottery whose randomness is not yet revealed. */
  lottery: { commitment: TieCommitment; commitmentHash: string; declaredAt: string } | undefined;
  published: { at: string; shortlist: string[]; resultsHash: string } | undefined;
}

/**
 * What the outcome reducer reads of the process (the process state fits it): the process id a tie lottery
 * must name, a few fields of the room, the dossiers and the outcome so far. Narrower than the whole process
 * state, so the process reducer may fold outcome events without the two importing each other.
 */
export interface OutcomeInput extends ResultsSource {
  readonly id: string;
  readonly room:
    | (NonNullable<ResultsSource['room']> & {
        readonly seated: readonly number[];
        /** The dossier on the floor, and its phase: no tie is settled while scoring is open. */
        readonly current: { readonly phase: string | undefined } | undefined;
      })
    | undefined;
  readonly outcome: OutcomeState;
}

export const NO_OUTCOME: OutcomeState = {
  settlements: [],
  lottery: undefined,
  published: undefined,
};

export class InvalidOutcomeEventError extends Error {
  override readonly name = 'InvalidOutcomeEventError';
}

const fail = (chained: ChainedEvent, why: string): never => {
  throw new InvalidOutcomeEventError(`event ${chained.seq} (${chained.type}): ${why}`);
};

const sameList = (a: readonly string[], b: readonly string[]) => a.join('\n') === b.join('\n');

/** The open tie across the cut that a settlement may address, or a failure naming why there is none. */
function openTie(state: OutcomeInput, chained: ChainedEvent) {
  if (state.room === undefined) return fail(chained, 'the room is not open');
  if (state.outcome.published !== undefined) fail(chained, 'the results are already published');
  if (state.room.current?.phase === 'scoring') fail(chained, 'scoring is open');
  const tie = resultsOf(state)?.tie;
  if (tie === undefined || tie === null) return fail(chained, 'there is no tie across the cut');
  if (tie.settlement !== null) fail(chained, 'the tie is already settled');
  return { tie, room: state.room };
}

/**
 * Applies one outcome event. Pure.
 * @throws {InvalidOutcomeEventError} when the event does not fit the state.
 */
export function applyOutcomeEvent(
  state: OutcomeInput,
  event: ResultEvent,
  chained: ChainedEvent,
): OutcomeState {
  const outcome = state.outcome;
  switch (event.type) {
    case ResultEventType.TieVoteRecorded: {
      const { tie, room } = openTie(state, chained);
      if (room.rule.tieResolution !== 'room-vote')
        fail(chained, 'the rule settles ties by lottery, not by a vote');
      const { tied, places, votes } = event.payload;
      if (!sameList(canonicalTie(tied), tie.tied) || places !== tie.places)
        fail(chained, `the open tie is ${tie.tied.join(', ')} for ${tie.places} place(s)`);
      if (Object.keys(votes).some((id) => !tie.tied.includes(id)))
        fail(chained, 'votes go to the tied dossiers only');
      const cast = Object.values(votes).reduce((sum, n) => sum + n, 0);
      if (cast > room.seated.length)
        fail(chained, `${cast} votes for ${room.seated.length} seated jurors`);
      const winners = voteWinners(tie.tied, places, votes);
      if (winners === undefined) return fail(chained, 'the vote itself is tied across the cut');
      return {
        ...outcome,
        settlements: [
          ...outcome.settlements,
          { method: 'room-vote', tied: tie.tied, places, winners },
        ],
      };
    }
    case ResultEventType.TieLotteryDeclared: {
      const { tie, room } = openTie(state, chained);
      if (room.rule.tieResolution !== 'lottery')
        fail(chained, 'the rule settles ties by a vote of the room, not by lottery');
      if (outcome.lottery !== undefined) fail(chained, 'a tie lottery is already declared');
      const { commitment, commitmentHash } = event.payload;
      if (commitment.process !== state.id) fail(chained, 'the commitment names another process');
      if (!sameList(commitment.tied, tie.tied) || commitment.places !== tie.places)
        fail(chained, `the open tie is ${tie.tied.join(', ')} for ${tie.places} place(s)`);
      if (commitmentHashOf(commitment) !== commitmentHash)
        fail(chained, 'commitmentHash is not the hash of the commitment');
      if (Date.parse(commitment.committedAt) > Date.parse(chained.at))
        fail(chained, 'committedAt is after the event');
      // Randomness declared before it exists: at least one drand round produced after the declaration.
      const future = commitment.sources.some(
        (source) =>
          source.beacon !== undefined &&
          quicknetRoundTime(source.beacon.round) * 1000 > Date.parse(chained.at),
      );
      if (!future) fail(chained, 'a tie lottery needs a drand round that does not exist yet');
      return { ...outcome, lottery: { commitment, commitmentHash, declaredAt: chained.at } };
    }
    case ResultEventType.TieLotteryDrawn: {
      const lottery = outcome.lottery;
      if (lottery === undefined) return fail(chained, 'no tie lottery is declared');
      if (outcome.published !== undefined) fail(chained, 'the results are already published');
      if (state.room?.current?.phase === 'scoring') fail(chained, 'scoring is open');
      const { values, beacons, order } = event.payload;
      const beaconSources = lottery.commitment.sources.filter((s) => s.beacon !== undefined).length;
      if (beacons.length !== beaconSources)
        fail(chained, `${beacons.length} beacon proofs for ${beaconSources} beacon source(s)`);
      const sources = lottery.commitment.sources;
      if (values.length !== sources.length)
        fail(chained, `${values.length} values for ${sources.length} sources`);
      sources.forEach((source, i) => {
        const check = checkReveal(source, i, values[i], beacons);
        if (!check.ok) fail(chained, check.problem);
      });
      const expected = tieLotteryOrder(lottery.commitmentHash, values, lottery.commitment.tied);
      if (!sameList(order, expected))
        fail(chained, `the lottery's order is ${expected.join(', ')}, not ${order.join(', ')}`);
      const { tied, places } = lottery.commitment;
      return {
        ...outcome,
        lottery: undefined,
        settlements: [
          ...outcome.settlements,
          { method: 'lottery', tied, places, winners: expected.slice(0, places) },
        ],
      };
    }
    case ResultEventType.ResultsPublished: {
      if (state.room === undefined) return fail(chained, 'the room is not open');
      if (outcome.published !== undefined) fail(chained, 'the results are already published');
      if (state.room.current?.phase === 'scoring') fail(chained, 'scoring is open');
      const results = resultsOf(state);
      if (results === undefined) return fail(chained, 'no results');
      if (results.tie !== null && results.tie.settlement === null)
        fail(chained, 'a tie across the cut is not settled');
      if (!sameList(results.shortlist, event.payload.shortlist))
        fail(chained, `the grades give the shortlist ${results.shortlist.join(', ') || '(empty)'}`);
      if (resultsHash(results) !== event.payload.resultsHash)
        fail(chained, 'resultsHash is not the hash of the results recomputed from the log');
      return {
        ...outcome,
        published: { at: chained.at, ...event.payload },
      };
    }
  }
}
