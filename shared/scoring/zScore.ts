// Per-juror normalised means for the sensitivity table: each juror's grades become z-scores against that
// juror's own mean and spread, so a severe juror and a generous one weigh alike. Needs ballots linked to
// seats; shown for information, never decisive.
// Spec: docs/results.md, section "Sensitivity".

import { gradeRank, type GradingScale } from './gradingScale';

export interface SeatBallot {
  seat: number;
  dossierId: string;
  /** criterion id → grade or "abstain". */
  grades: Record<string, string>;
}

/**
 * dossier id → the weighted mean of its grades' z-scores (weights as in the rule). A juror whose grades
 * never vary contributes 0 to every dossier. Dossiers with no grade are absent.
 */
export function zScoreMeans(
  ballots: readonly SeatBallot[],
  scale: GradingScale,
  weights: Readonly<Record<string, number>>,
): Map<string, number> {
  const bySeat = new Map<number, number[]>();
  for (const ballot of ballots)
    for (const grade of Object.values(ballot.grades)) {
      const rank = gradeRank(scale, grade);
      if (rank === undefined) continue;
      const list = bySeat.get(ballot.seat) ?? [];
      list.push(rank);
      bySeat.set(ballot.seat, list);
    }
  const stats = new Map<number, { mean: number; sd: number }>();
  for (const [seat, ranks] of bySeat) {
    const mean = ranks.reduce((sum, r) => sum + r, 0) / ranks.length;
    const sd = Math.sqrt(ranks.reduce((sum, r) => sum + (r - mean) ** 2, 0) / ranks.length);
    stats.set(seat, { mean, sd });
  }
  const sums = new Map<string, { total: number; weight: number }>();
  for (const ballot of ballots)
    for (const [criterion, grade] of Object.entries(ballot.grades)) {
      const rank = gradeRank(scale, grade);
      const seat = stats.get(ballot.seat);
      if (rank === undefined || seat === undefined) continue;
      const z = seat.sd === 0 ? 0 : (rank - seat.mean) / seat.sd;
      const weight = weights[criterion] ?? 1;
      const entry = sums.get(ballot.dossierId) ?? { total: 0, weight: 0 };
      entry.total += weight * z;
      entry.weight += weight;
      sums.set(ballot.dossierId, entry);
    }
  return new Map([...sums].map(([id, { total, weight }]) => [id, total / weight]));
}
