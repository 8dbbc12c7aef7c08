// Test helper: seeds the offline demonstration into a test server up to its commitment, as server/index.ts
// does at start-up, from the demo's fixtures and the recorded drand rounds.

import { fileURLToPath } from 'node:url';
import { seedDemoCommitment, type SeededDemo } from '../demo/seedDemoCommitment';
import { pinnableTestClock } from './pinnableTestClock';
import type { TestServer } from './testServer';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Seeds the demonstration (its volunteers, and its dossiers unless `withDossiers` is false), keeping the
 * organiser's secret file in `secretDir`; undefined when the database already has processes.
 */
export function seedTestDemo(
  server: TestServer,
  secretDir: string,
  withDossiers = true,
): SeededDemo | undefined {
  return seedDemoCommitment({
    ceremony: server.app.ceremony,
    clock: pinnableTestClock(server.clock),
    demoProcesses: server.app.demoProcesses,
    rounds: server.app.recordedRounds,
    volunteersCsv: `${root}fixtures/demo/volunteers.csv`,
    ...(withDossiers ? { dossiersJson: `${root}fixtures/demo/dossiers.json` } : {}),
    secretDir,
    minDrandDelaySeconds: 60,
  });
}
