// What every room command shares: its ports, the ceremony it appends through, the repositories of the
// room's private tables, and the ballot box that group-commits the ballots.

import type { Db } from '../../db/openDatabase';
import type { Decision } from '../../../shared/process/processCommands';
import type { ProcessState } from '../../../shared/process/processState';
import type { JurorSessions } from '../../auth/jurorSessions';
import type { Clock, Random } from '../../ports';
import { createBallotsRepository } from '../../repositories/ballotsRepository';
import { createConflictReasonsRepository } from '../../repositories/conflictReasonsRepository';
import { createInvitationsRepository } from '../../repositories/invitationsRepository';
import { createJurorNamesRepository } from '../../repositories/jurorNamesRepository';
import { createProjectorLinksRepository } from '../../repositories/projectorLinksRepository';
import type { EventStore } from '../../store/eventStore';
import type { Ceremony } from '../ceremony';
import { createBallotBox } from './ballotBox';

export interface RoomDeps {
  db: Db;
  store: EventStore;
  ceremony: Ceremony;
  clock: Clock;
  jurorSessions: JurorSessions;
  random: Random;
}

export function createRoomContext(deps: RoomDeps) {
  const { db, clock, ceremony } = deps;
  const ballots = createBallotsRepository(db);

  /** Appends a room decision through the ceremony; a decision with no event changes nothing. */
  function apply(processId: string, decision: Decision): ProcessState {
    if (decision.events.length === 0) return ceremony.state(processId);
    return ceremony.appendDecision(processId, decision);
  }

  return {
    ...deps,
    apply,
    ballots,
    ballotBox: createBallotBox(db, clock, ballots),
    projectorLinks: createProjectorLinksRepository(db),
    invitations: createInvitationsRepository(db),
    jurorNames: createJurorNamesRepository(db),
    conflictReasons: createConflictReasonsRepository(db),
  };
}

export type RoomContext = ReturnType<typeof createRoomContext>;
