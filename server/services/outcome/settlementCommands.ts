// The outcome service's commands: the tie across the cut settled by a vote of the room or by a lottery
// (declared, then drawn), and the publication of the results. Each appends a decision of
// shared/scoring/resultCommands.ts through the ceremony.

import { bytesToHex } from '../../../shared/crypto/bytes';
import { sha256HexOfText } from '../../../shared/crypto/hash';
import { chooseDrandRound } from '../../../shared/lottery/commitReveal';
import type { ProcessState } from '../../../shared/process/processState';
import {
  decidePublish,
  decideTieDraw,
  decideTieLottery,
  decideTieVote,
} from '../../../shared/scoring/resultCommands';
import type { Clock, Random } from '../../ports';
import type { Ceremony } from '../ceremony';

export function createSettlementCommands(deps: {
  ceremony: Ceremony;
  clock: Clock;
  random: Random;
  minDrandDelaySeconds: number;
}) {
  const { ceremony, clock, random, minDrandDelaySeconds } = deps;
  return {
    recordTieVote(processId: string, votes: Record<string, number>): ProcessState {
      return ceremony.appendDecision(processId, decideTieVote(ceremony.state(processId), votes));
    },
    /** Declares a tie lottery; generates the organiser's secret, returns it once, keeps only its hash. */
    declareTieLottery(processId: string, drandRound: number | undefined) {
      const now = clock.now();
      const secret = bytesToHex(random.bytes(32));
      const round = chooseDrandRound({ now, drandRound, minDrandDelaySeconds });
      const state = ceremony.appendDecision(
        processId,
        decideTieLottery(ceremony.state(processId), {
          organiserSecretHash: sha256HexOfText(secret),
          drandRound: round,
          now,
          minDrandDelaySeconds,
        }),
      );
      return { state, organiserSecret: secret };
    },
    drawTieLottery(processId: string, organiserSecret: string, signature: string): ProcessState {
      return ceremony.appendDecision(
        processId,
        decideTieDraw(ceremony.state(processId), { organiserSecret, signature }),
      );
    },
    publish(processId: string): ProcessState {
      return ceremony.appendDecision(processId, decidePublish(ceremony.state(processId)));
    },
  };
}
