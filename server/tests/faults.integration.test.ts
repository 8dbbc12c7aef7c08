import { afterAll, describe, expect, it } from 'vitest';
import { scratchFolder } from '../../scripts/testing/runScript';
import { runFaults } from '../../scripts/lib/faults/runFaults';

// The fault run of `npm run test:faults`, scaled down: 3 crashes instead of 20.
const folder = scratchFolder();
afterAll(() => folder.dispose());

describe('fault injection: kill -9 while 15 jurors score, restart, reconnect', () => {
  it('loses and duplicates no acknowledged action, keeps every chain valid, and survives torn writes', async () => {
    const report = await runFaults({
      cycles: 3,
      seed: 'ci-faults',
      workDir: folder.path('run'),
      killAfterMs: { min: 50, max: 600 },
      acksAfterResume: 3,
    });
    expect(report.problems).toEqual([]);
    expect(report.cycles).toHaveLength(3);
    for (const cycle of report.cycles) {
      // Every seat scored after the restart, so each cycle acknowledged at least 15 × 3 ballots.
      expect(cycle.acknowledged).toBeGreaterThanOrEqual(15 * 3);
      expect(cycle.lost).toBe(0);
      expect(cycle.duplicated).toBe(0);
      // The jury process and the call for projects.
      expect(cycle.chains).toBe(2);
    }
    expect(report.backup?.problems).toEqual([]);
    expect(report.torn.map((verdict) => [verdict.name, verdict.problems])).toEqual([
      ['WAL truncated mid-frame', []],
      ['files left by kill -9 mid-write', []],
    ]);
  }, 120_000);
});
