// The room's scoring: a juror's ballot, validated and made durable before its acknowledgement, and the
// facilitator's phase change, which closes scoring over every ballot written so far.

import { ballotSchema, sealBallot, type BallotContent } from '../../../shared/deliberation/ballot';
import {
  assertMayScore,
  decidePhase,
  requireRoom,
} from '../../../shared/deliberation/roomCommands';
import type { Phase } from '../../../shared/deliberation/roomEvents';
import { ErrorCode, KleroterionError } from '../../../shared/errors';
import { describeIssues } from '../../../shared/lottery/protocol';
import type { ProcessState } from '../../../shared/process/processState';
import type { RoomContext } from './roomContext';

/** Saves (or replaces) a juror's ballot; the same ballot twice is one ballot. Returns its seal. */
export async function submit(
  context: RoomContext,
  processId: string,
  seat: number,
  raw: unknown,
): Promise<{ seal: string; state: ProcessState }> {
  const state = context.ceremony.state(processId);
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
  await context.ballotBox.enqueue({ processId, seat, ballot, seal });
  return { seal, state };
}

export function startPhase(context: RoomContext, processId: string, phase: Phase): ProcessState {
  const { ballotBox } = context;
  // Ballots accepted before this instant are written first, so closing scoring sees all of them.
  ballotBox.flush();
  return context.apply(
    processId,
    decidePhase(context.ceremony.state(processId), phase, (dossierId, round, seats) =>
      seats.flatMap((seat) => {
        const ballot = ballotBox.ballotOf(processId)(seat, dossierId, round);
        return ballot === undefined ? [] : [{ seat, ballot }];
      }),
    ),
  );
}
