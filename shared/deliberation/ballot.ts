// A juror's ballot on one dossier in one round, and its commitment: the seal published when scoring closes,
// before any grade is revealed, so that nobody (the server included) can change a grade afterwards.
// Spec: docs/deliberation.md, section "Sealed ballots".

import { z } from 'zod';
import { isLowerHex } from '../crypto/bytes';
import { sha256HexOfText } from '../crypto/hash';
import { canonicalize } from '../crypto/jcs';
import { gradeSchema, type GradingScale } from '../scoring/gradingScale';

/** The content that is sealed; the seat is deliberately absent so that revealed ballots stay unlinkable. */
export interface BallotContent {
  dossierId: string;
  round: number;
  /** criterion id → grade or "abstain"; every criterion of the process is present. */
  grades: Record<string, string>;
  /** 16+ random bytes chosen by the juror's own browser, as lowercase hex. */
  nonce: string;
}

/** seal = SHA-256(JCS({dossierId, round, grades, nonce})), lowercase hex. */
export function sealBallot(ballot: BallotContent): string {
  return sha256HexOfText(
    canonicalize({
      dossierId: ballot.dossierId,
      round: ballot.round,
      grades: ballot.grades,
      nonce: ballot.nonce,
    }),
  );
}

/** A zod schema for a ballot on a process with these criteria and this scale. */
export function ballotSchema(scale: GradingScale, criterionIds: readonly string[]) {
  const grade = gradeSchema(scale);
  return z.strictObject({
    dossierId: z.string().min(1).max(40),
    round: z.number().int().min(1).max(2),
    grades: z
      .record(z.string(), grade)
      .refine(
        (grades) =>
          criterionIds.every((id) => id in grades) &&
          Object.keys(grades).every((id) => criterionIds.includes(id)),
        {
          message: `grades must cover exactly the criteria ${criterionIds.join(', ')}`,
        },
      ),
    nonce: z
      .string()
      .refine((nonce) => isLowerHex(nonce) && nonce.length >= 32 && nonce.length <= 128, {
        message: 'nonce: 16 to 64 random bytes as lowercase hex',
      }),
  });
}

/**
 * Checks revealed ballots against the seals published when scoring closed: one ballot per seal, each
 * hashing to its seal. Returns the problems found (empty when all is well). Never throws.
 */
export function checkRevealedBallots(
  seals: readonly string[],
  ballots: readonly BallotContent[],
): string[] {
  const problems: string[] = [];
  const remaining = new Map<string, number>();
  for (const seal of seals) remaining.set(seal, (remaining.get(seal) ?? 0) + 1);
  ballots.forEach((ballot, i) => {
    const seal = sealBallot(ballot);
    const left = remaining.get(seal) ?? 0;
    if (left === 0) problems.push(`ballot ${i + 1} matches no published seal`);
    else remaining.set(seal, left - 1);
  });
  const unrevealed = [...remaining.values()].reduce((sum, count) => sum + count, 0);
  if (unrevealed > 0) problems.push(`${unrevealed} sealed ballot(s) were not revealed`);
  return problems;
}
