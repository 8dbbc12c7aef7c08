// The room's private ballots on their way to the disk, by group commit: ballots validated in the same tick
// share one transaction and one fsync, and each is acknowledged only once that transaction has committed.

import type { Db } from '../../db/openDatabase';
import type { BallotContent } from '../../../shared/deliberation/ballot';
import type { Clock } from '../../ports';
import type { BallotsRepository } from '../../repositories/ballotsRepository';

interface PendingBallot {
  processId: string;
  seat: number;
  ballot: BallotContent;
  seal: string;
  done: (error?: unknown) => void;
}

export function createBallotBox(db: Db, clock: Clock, ballots: BallotsRepository) {
  const pending: PendingBallot[] = [];
  const writeBallots = db.transaction((items: PendingBallot[]) => {
    const at = clock.now().toISOString();
    for (const item of items) ballots.save(item.processId, item.seat, item.ballot, item.seal, at);
  });

  /** Writes every ballot accepted so far in one transaction, then settles their acknowledgements. */
  function flush(): void {
    const items = pending.splice(0);
    if (items.length === 0) return;
    try {
      writeBallots(items);
      for (const item of items) item.done();
    } catch (error) {
      for (const item of items) item.done(error);
    }
  }

  return {
    flush,
    /** Resolves once the ballot is durable, in a group commit with the ballots of the same instant. */
    enqueue(item: Omit<PendingBallot, 'done'>): Promise<void> {
      return new Promise((resolve, reject) => {
        if (pending.length === 0) setImmediate(flush);
        pending.push({
          ...item,
          done: (error) => (error === undefined ? resolve() : reject(error)),
        });
      });
    },
    /** A process's stored ballots, by seat, dossier and round. */
    ballotOf:
      (processId: string) =>
      (seat: number, dossierId: string, round: number): BallotContent | undefined =>
        ballots.find(processId, seat, dossierId, round),
  };
}
