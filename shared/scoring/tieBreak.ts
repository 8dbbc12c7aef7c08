// Settling an exact tie across the cut, once the rule's comparisons are exhausted: a vote recorded in the
// room among the tied dossiers only, or a verifiable lottery (kleroterion-tiebreak/1) whose randomness is
// declared in the log before it exists. Never array order.
// Spec: docs/results.md, section "Ties across the cut".

import { z } from 'zod';
import { compareUtf8 } from '../lottery/poolId';
import { Source } from '../lottery/protocol';
import { deriveSeed } from '../lottery/seed';
import { selectIndices } from '../lottery/select';

export const TIE_PROTOCOL = 'kleroterion-tiebreak/1' as const;

const dossierId = z.string().min(1).max(40);

/** What a tie lottery commits to before its randomness exists. Hashed like a draw commitment. */
export const TieCommitment = z.strictObject({
  protocol: z.literal(TIE_PROTOCOL),
  process: z.string().min(1),
  /** The tied dossiers, in UTF-8 byte order. */
  tied: z.array(dossierId).min(2),
  /** How many of them win a place. */
  places: z.number().int().min(1),
  committedAt: z.iso.datetime(),
  sources: z.array(Source).min(1),
});
export type TieCommitment = z.infer<typeof TieCommitment>;

/** The tied dossiers in the canonical order every tie method starts from. */
export const canonicalTie = (ids: readonly string[]): string[] => [...ids].sort(compareUtf8);

/**
 * The lottery's order of the tied dossiers: seed exactly as kleroterion-draw/1 (SHA-256 of the JCS of the
 * commitment hash and the values), then the same sparse Fisher–Yates over the tied list with every
 * dossier picked (seats = tied.length, no alternates). The first `places` win.
 */
export function tieLotteryOrder(
  commitmentHash: string,
  values: readonly (string | null)[],
  tied: readonly string[],
): string[] {
  const seed = deriveSeed(commitmentHash, values);
  return selectIndices(seed, tied.length, tied.length, 0).map((index) => tied[index] as string);
}

/**
 * The winners of a recorded vote: the `places` dossiers with most votes. Returns undefined when the vote
 * itself ties across the places (the room votes again; nothing is decided by order).
 */
export function voteWinners(
  tied: readonly string[],
  places: number,
  votes: Readonly<Record<string, number>>,
): string[] | undefined {
  const ordered = [...tied].sort((a, b) => (votes[b] ?? 0) - (votes[a] ?? 0));
  const last = ordered[places - 1];
  const next = ordered[places];
  if (last === undefined) return undefined;
  if (next !== undefined && (votes[last] ?? 0) === (votes[next] ?? 0)) return undefined;
  return canonicalTie(ordered.slice(0, places));
}
