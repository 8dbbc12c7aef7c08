import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { quicknetRandomness, verifyQuicknetRound } from '../../shared/lottery/drand';
import {
  latestRecordedRoundBefore,
  loadRecordedRounds,
  RECORDED_ROUNDS_FILE,
  recordedRoundsSource,
} from './recordedRounds';
import { readFileSync } from 'node:fs';

const vectors = JSON.parse(readFileSync(RECORDED_ROUNDS_FILE, 'utf8')) as {
  rounds: { round: number; signature: string; randomness: string }[];
};

describe('recorded drand rounds', () => {
  it('loads the three genuine quicknet rounds, each verifying offline with its published randomness', () => {
    const rounds = loadRecordedRounds();
    expect(rounds.map((r) => r.round).sort((a, b) => a - b)).toEqual([1000, 657413, 32281667]);
    for (const r of rounds) {
      expect(verifyQuicknetRound(r.round, r.signature)).toBe(true);
      expect(quicknetRandomness(r.signature)).toBe(
        vectors.rounds.find((v) => v.round === r.round)?.randomness,
      );
    }
  });

  it('serves a recorded round and refuses any other round or a cancelled fetch', async () => {
    const source = recordedRoundsSource(loadRecordedRounds());
    const live = new AbortController().signal;
    expect(await source.fetchRound(657413, live)).toEqual({
      round: 657413,
      signature: vectors.rounds.find((v) => v.round === 657413)?.signature,
    });
    await expect(source.fetchRound(657414, live)).rejects.toThrow(/not among the recorded rounds/);
    const cancelled = new AbortController();
    cancelled.abort();
    await expect(source.fetchRound(657413, cancelled.signal)).rejects.toThrow(/cancelled/);
  });

  it('picks the latest round produced before a time and margin', () => {
    const rounds = loadRecordedRounds();
    // Round 32281667 is produced at 2026-09-17T12:32:45Z.
    expect(latestRecordedRoundBefore(rounds, new Date('2026-12-04T00:00:00Z'))?.round).toBe(
      32281667,
    );
    expect(latestRecordedRoundBefore(rounds, new Date('2026-09-17T12:32:45Z'))?.round).toBe(
      32281667,
    );
    expect(latestRecordedRoundBefore(rounds, new Date('2026-09-17T12:32:45Z'), 1)?.round).toBe(
      657413,
    );
    expect(latestRecordedRoundBefore(rounds, new Date('2023-08-01T00:00:00Z'))).toBeUndefined();
  });

  it('refuses a file whose signature does not verify', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kleroterion-rounds-'));
    const file = join(dir, 'rounds.json');
    const [first] = vectors.rounds;
    writeFileSync(
      file,
      JSON.stringify({
        chainHash: '52db9ba70e0cc0f6eaf7803dd07447a1f5477735fd3f661792ba94600c84e971',
        rounds: [{ round: (first?.round ?? 0) + 1, signature: first?.signature }],
      }),
    );
    expect(() => loadRecordedRounds(file)).toThrow(/does not verify/);
  });
});
