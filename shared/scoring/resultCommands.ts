// Pure decisions for the end of deliberation: settling a tie across the cut (a recorded vote or a tie
// lottery) and publishing the results. Each returns the events to append, or refuses with a typed error.
// Spec: docs/results.md.

import { ErrorCode, KleroterionError } from '../errors';
import {
  beaconSource,
  drandRoundTimingProblem,
  organiserSecretSource,
  revealRound,
} from '../lottery/commitReveal';
import type { BeaconProof, Source } from '../lottery/protocol';
import { checkReveal } from '../lottery/reveal';
import { commitmentHashOf } from '../lottery/seed';
import type { Decision } from '../process/processCommands';
import { isoSeconds } from '../process/processCommands';
import type { ProcessState } from '../process/processState';
import { resultsHash, resultsOf } from './processResults';
import { ResultEventType } from './resultEvents';
import { TIE_PROTOCOL, tieLotteryOrder, voteWinners, type TieCommitment } from './tieBreak';

const refuse = (message: string, code: ErrorCode = ErrorCode.TransitionRefused): never => {
  throw new KleroterionError(code, message);
};

function openTie(state: ProcessState) {
  const room = state.room;
  if (room === undefined) return refuse('the deliberation room is not open');
  if (state.outcome.published !== undefined) refuse('the results are already published');
  if (room.current?.phase === 'scoring') refuse('close scoring (reveal) first');
  const tie = resultsOf(state)?.tie;
  if (tie === undefined || tie === null) return refuse('there is no tie across the cut to settle');
  if (tie.settlement !== null) refuse('the tie is already settled');
  return { tie, room };
}

/** Records the room's vote among the tied dossiers only. */
export function decideTieVote(state: ProcessState, votes: Record<string, number>): Decision {
  const { tie, room } = openTie(state);
  if (room.rule.tieResolution !== 'room-vote')
    refuse('the rule fixed before scoring settles ties by lottery');
  const stray = Object.keys(votes).filter((id) => !tie.tied.includes(id));
  if (stray.length > 0)
    refuse(
      `votes go to the tied dossiers only, not ${stray.join(', ')}`,
      ErrorCode.ValidationFailed,
    );
  const cast = Object.values(votes).reduce((sum, n) => sum + n, 0);
  if (cast > room.seated.length)
    refuse(`${cast} votes for ${room.seated.length} seated jurors`, ErrorCode.ValidationFailed);
  if (voteWinners(tie.tied, tie.places, votes) === undefined)
    refuse('the vote is itself tied across the cut: vote again', ErrorCode.ValidationFailed);
  return {
    events: [
      {
        type: ResultEventType.TieVoteRecorded,
        payload: { tied: tie.tied, places: tie.places, votes },
      },
    ],
  };
}

export interface TieLotteryInput {
  organiserSecretHash: string;
  drandRound: number;
  now: Date;
  minDrandDelaySeconds: number;
}

/** Declares a tie lottery: the organiser's committed secret and a future drand round. */
export function decideTieLottery(state: ProcessState, input: TieLotteryInput): Decision {
  const { tie, room } = openTie(state);
  if (room.rule.tieResolution !== 'lottery')
    refuse('the rule fixed before scoring settles ties by a vote of the room');
  if (state.outcome.lottery !== undefined) refuse('a tie lottery is already declared');
  const problem = drandRoundTimingProblem(
    input.drandRound,
    input.now,
    input.minDrandDelaySeconds,
    'declaration',
  );
  if (problem !== undefined) refuse(problem, ErrorCode.ValidationFailed);
  const sources: Source[] = [
    organiserSecretSource(input.organiserSecretHash),
    beaconSource(input.drandRound),
  ];
  const commitment: TieCommitment = {
    protocol: TIE_PROTOCOL,
    process: state.id,
    tied: tie.tied,
    places: tie.places,
    committedAt: isoSeconds(input.now),
    sources,
  };
  return {
    events: [
      {
        type: ResultEventType.TieLotteryDeclared,
        payload: { commitment, commitmentHash: commitmentHashOf(commitment) },
      },
    ],
  };
}

/** Draws the declared tie lottery once the organiser's secret and the drand signature are known. */
export function decideTieDraw(
  state: ProcessState,
  reveal: { organiserSecret: string; signature: string },
): Decision {
  const lottery = state.outcome.lottery;
  if (lottery === undefined) return refuse('no tie lottery is declared');
  const sources = lottery.commitment.sources;
  const beacons: BeaconProof[] = [];
  const values: string[] = [];
  sources.forEach((source, i) => {
    if (source.beacon === undefined) {
      values.push(reveal.organiserSecret);
      const check = checkReveal(source, i, reveal.organiserSecret, []);
      if (!check.ok) refuse(check.problem, ErrorCode.RevealMismatch);
      return;
    }
    const { value, beacon, outcome } = revealRound(source, i, reveal.signature);
    values.push(value);
    beacons.push(beacon);
    if (!outcome.ok) refuse(outcome.problem, ErrorCode.BeaconInvalid);
  });
  const order = tieLotteryOrder(lottery.commitmentHash, values, lottery.commitment.tied);
  return {
    events: [{ type: ResultEventType.TieLotteryDrawn, payload: { values, beacons, order } }],
  };
}

/** Publishes the results as the log gives them; refused while a tie across the cut is unsettled. */
export function decidePublish(state: ProcessState): Decision {
  const room = state.room;
  if (room === undefined) return refuse('the deliberation room is not open');
  if (state.outcome.published !== undefined) refuse('the results are already published');
  if (room.current?.phase === 'scoring') refuse('close scoring (reveal) first');
  const results = resultsOf(state);
  if (results === undefined) return refuse('no results');
  if (results.dossiers.every((d) => d.status === 'not-graded'))
    refuse('no dossier has been graded yet');
  if (results.tie !== null && results.tie.settlement === null)
    refuse(
      `settle the tie between ${results.tie.tied.join(', ')} for ${results.tie.places} place(s) first`,
    );
  return {
    events: [
      {
        type: ResultEventType.ResultsPublished,
        payload: { shortlist: results.shortlist, resultsHash: resultsHash(results) },
      },
    ],
  };
}
