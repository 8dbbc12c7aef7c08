// Genuine drand quicknet rounds recorded in fixtures/vectors/drand-quicknet.json, served as a BeaconSource:
// the offline demonstration reveals its committed round from here, with no network.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DRAND_QUICKNET, quicknetRoundTime, verifyQuicknetRound } from '../../shared/lottery/drand';
import type { BeaconRound, BeaconSource } from '../ports';

/** The recorded rounds shipped with Kleroterion. */
export const RECORDED_ROUNDS_FILE = fileURLToPath(
  new URL('../../fixtures/vectors/drand-quicknet.json', import.meta.url),
);

const RecordedFile = z.object({
  chainHash: z.literal(DRAND_QUICKNET.chainHash),
  rounds: z
    .array(
      z.object({
        round: z.number().int().min(1),
        signature: z.string().regex(/^[0-9a-f]{96}$/),
      }),
    )
    .min(1),
});

/**
 * Reads and checks the recorded rounds: each signature is verified offline against quicknet's public key.
 * @throws Error when the file is malformed, names another chain, or holds a signature that does not verify.
 */
export function loadRecordedRounds(file = RECORDED_ROUNDS_FILE): BeaconRound[] {
  // Read and verified once per file: the app and the server's beacon source both ask at start, and every
  // test server builds an app (three BLS pairings each time otherwise).
  const known = loaded.get(file);
  if (known !== undefined) return [...known];
  const parsed = RecordedFile.parse(JSON.parse(readFileSync(file, 'utf8')));
  for (const { round, signature } of parsed.rounds)
    if (!verifyQuicknetRound(round, signature))
      throw new Error(`${file}: the recorded signature of round ${round} does not verify`);
  const rounds = parsed.rounds.map(({ round, signature }) => ({ round, signature }));
  loaded.set(file, rounds);
  return [...rounds];
}
const loaded = new Map<string, readonly BeaconRound[]>();

/** A BeaconSource answering only the recorded rounds; any other round is refused at once. */
export function recordedRoundsSource(rounds: readonly BeaconRound[]): BeaconSource {
  const byRound = new Map(rounds.map((r) => [r.round, r]));
  return {
    fetchRound(round, signal) {
      if (signal.aborted) return Promise.reject(new Error('the fetch was cancelled'));
      const recorded = byRound.get(round);
      if (recorded === undefined)
        return Promise.reject(
          new Error(
            `round ${round} is not among the recorded rounds (${[...byRound.keys()].join(', ')})`,
          ),
        );
      return Promise.resolve({ ...recorded });
    },
  };
}

/**
 * The latest recorded round produced at least `marginSeconds` before `now`: a demonstration can commit
 * before it (with the clock pinned) and reveal it straight away.
 */
export function latestRecordedRoundBefore(
  rounds: readonly BeaconRound[],
  now: Date,
  marginSeconds = 0,
): BeaconRound | undefined {
  const limit = now.getTime() / 1000 - marginSeconds;
  return rounds
    .filter((r) => quicknetRoundTime(r.round) <= limit)
    .sort((a, b) => b.round - a.round)[0];
}
