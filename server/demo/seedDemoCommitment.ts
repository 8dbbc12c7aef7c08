// Seeds the demonstration process honestly up to its commitment: with the server's clock pinned to a time
// safely before a recorded drand round, the process is created, its volunteers imported and its draw
// committed to that round. The commitment in the log therefore precedes the round, as the public verifier
// checks; everything after it (reveal, draw, invitations, the room) happens at real time in the browser.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { quicknetRoundTime } from '../../shared/lottery/drand';
import type { BeaconRound } from '../ports';
import type { Ceremony } from '../services/ceremony';
import type { DemoProcesses } from '../repositories/demoProcessesRepository';
import type { PinnableClock } from './pinnableClock';
import { seedDemo } from './seedDemo';
import { latestRecordedRoundBefore } from '../beacon/recordedRounds';

/** How long before the round the demo's commitment is made, on top of the server's minimum drand delay. */
const MARGIN_SECONDS = 3600;

/** The file name the organiser's download uses (client/src/organiser/OrganiserSecretPanel.tsx). */
export const demoSecretFileName = (processId: string) => `secret-organisateur-${processId}.json`;

export interface SeededDemo {
  processId: string;
  drandRound: number;
  secretFile: string;
}

/**
 * On a fresh database, creates and commits the demo process (see seedDemo for its data), keeps its
 * organiser secret in `secretDir` as the organiser's own download would be, and marks it as a demo.
 * Returns undefined when processes already exist, or when no recorded round is old enough.
 */
export function seedDemoCommitment(deps: {
  ceremony: Ceremony;
  clock: PinnableClock;
  demoProcesses: DemoProcesses;
  rounds: readonly BeaconRound[];
  volunteersCsv: string;
  dossiersJson?: string;
  secretDir: string;
  minDrandDelaySeconds: number;
}): SeededDemo | undefined {
  const { ceremony, clock, demoProcesses } = deps;
  if (ceremony.list().length > 0) return undefined;
  const lead = deps.minDrandDelaySeconds + MARGIN_SECONDS;
  // The round must already exist now, and the pinned commitment time must itself be in the past.
  const round = latestRecordedRoundBefore(deps.rounds, clock.now(), 60);
  if (round === undefined) return undefined;
  const committedAt = new Date((quicknetRoundTime(round.round) - lead) * 1000);
  const createdAt = new Date(committedAt.getTime() - 20 * 60_000);
  try {
    // The event store's own transactions nest inside this one as savepoints.
    return demoProcesses.atomically(() => {
      clock.pin(createdAt);
      const processId = seedDemo(ceremony, deps.volunteersCsv, deps.dossiersJson);
      if (processId === undefined) return undefined;
      clock.pin(committedAt);
      const { organiserSecret } = ceremony.commitDraw(processId, {
        witnesses: [],
        drandRound: round.round,
      });
      const secretFile = join(deps.secretDir, demoSecretFileName(processId));
      // The same shape as the organiser's download, so that the reveal form reads it back.
      writeFileSync(
        secretFile,
        `${JSON.stringify({ label: 'organiser secret', value: organiserSecret })}\n`,
        { mode: 0o600 },
      );
      // Kept in the private demo row too, for the console's one-click reveal (a demonstration only).
      demoProcesses.mark({ processId, drandRound: round.round, secretFile, organiserSecret });
      return { processId, drandRound: round.round, secretFile };
    });
  } finally {
    clock.release();
  }
}
