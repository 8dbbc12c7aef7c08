// HTTP routes of the offline demonstration, declared in the HTTP contract (shared/api/groups/demo.*.ts)
// with their roles. Each action refuses with DEMO_ONLY unless the server seeded the process as one.

import { demoContract } from '../../shared/api/groups/demo.contract';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import { SeatStatus } from '../../shared/process/processState';
import { hashToken, newToken } from '../auth/tokens';
import type { Db } from '../db/openDatabase';
import type { DemoProcess, DemoProcesses } from '../repositories/demoProcessesRepository';
import { createInvitationsRepository } from '../repositories/invitationsRepository';
import type { BeaconSource, Clock, Random } from '../ports';
import type { Ceremony } from '../services/ceremony';
import { contractRoutes } from './contractRoutes';
import type { Route } from './routes';

const FETCH_TIMEOUT_MS = 5000;

export function demoRoutes(
  deps: {
    db: Db;
    ceremony: Ceremony;
    demoProcesses: DemoProcesses;
    recordedRounds: BeaconSource;
    clock: Clock;
    random: Random;
  },
  options: { checkAnswers?: boolean } = {},
): Route[] {
  const { db, ceremony, demoProcesses, recordedRounds, clock, random } = deps;
  // A further link to a seat the draw already filled: the invitation's credential, like the e-mailed one.
  const invitations = createInvitationsRepository(db);

  const requireDemo = (processId: string): DemoProcess => {
    ceremony.state(processId);
    const demo = demoProcesses.find(processId);
    if (demo === undefined)
      throw new KleroterionError(
        ErrorCode.DemoOnly,
        'this process is not a demonstration: this action is not available',
      );
    return demo;
  };

  return contractRoutes(
    demoContract,
    {
      // Whether the console shows the demo banner and actions, and where the organiser secret file is.
      'demo.get': ({ params }) => {
        const id = params.id;
        ceremony.state(id);
        const demo = demoProcesses.find(id);
        return {
          data:
            demo === undefined
              ? { demo: false as const }
              : {
                  demo: true as const,
                  drandRound: demo.drandRound,
                  secretFile: demo.secretFile,
                  // Whether "Révéler le secret de démonstration" can work (not for a demo seeded before).
                  secretKept: demo.organiserSecret !== undefined,
                },
        };
      },
      // The committed round from the recorded rounds, revealed through the same path as a pasted signature.
      'demo.beacon': async ({ params }) => {
        const id = params.id;
        requireDemo(id);
        const sources = ceremony.state(id).commitment?.commitment.sources ?? [];
        const index = sources.findIndex((source) => source.beacon !== undefined);
        const beacon = sources[index]?.beacon;
        if (beacon === undefined)
          throw new KleroterionError(
            ErrorCode.TransitionRefused,
            'this process has no committed drand round yet',
          );
        const round = await recordedRounds
          .fetchRound(beacon.round, AbortSignal.timeout(FETCH_TIMEOUT_MS))
          .catch((error: unknown) => {
            throw new KleroterionError(
              ErrorCode.DrandUnavailable,
              error instanceof Error ? error.message : String(error),
            );
          });
        return { data: ceremony.reveal(id, index, { signature: round.signature }) };
      },
      // "Révéler le secret de démonstration": the secret the seeding kept in the private demo row, revealed
      // through the same service path (and event) as a value loaded from the organiser's file.
      'demo.secret': ({ params }) => {
        const id = params.id;
        const demo = requireDemo(id);
        const sources = ceremony.state(id).commitment?.commitment.sources ?? [];
        const index = sources.findIndex((source) => source.label === 'organiser secret');
        if (index < 0 || demo.organiserSecret === undefined)
          throw new KleroterionError(
            ErrorCode.TransitionRefused,
            'this demonstration kept no organiser secret: load its secret file instead',
          );
        return { data: ceremony.reveal(id, index, { value: demo.organiserSecret }) };
      },
      // "Ouvrir comme juré·e n° k": a fresh invitation link to the seat's current holder, for one person
      // trying the room alone. Never offered outside a demonstration (requireDemo).
      'demo.openSeat': ({ params }) => {
        const id = params.id;
        requireDemo(id);
        // The contract checked it is a seat number (1 to 1000).
        const number = Number(params.seat);
        const seat = ceremony.state(id).seats[number - 1];
        if (
          seat?.holder === undefined ||
          (seat.status !== SeatStatus.Invited && seat.status !== SeatStatus.Accepted)
        )
          throw new KleroterionError(
            ErrorCode.TransitionRefused,
            `seat ${number} has no invited or accepted juror`,
          );
        const token = newToken(random);
        invitations.record(
          hashToken(token),
          { processId: id, seat: seat.seat, pseudonym: seat.holder },
          clock.now().toISOString(),
        );
        return { status: 201, data: { seat: seat.seat, url: `/i/${token}` } };
      },
    },
    options,
  );
}
