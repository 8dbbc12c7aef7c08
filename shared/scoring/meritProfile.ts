// A dossier's merit profile under the rule: the jury's grades pooled across criteria with integer weights,
// and, when the rule says so, the administration's pre-screening blended in as a fixed share.
// Spec: docs/results.md, section "Merit profile".

import { ASSESSMENT_LEVELS } from '../dossier/dossier';
import type { Dossier } from '../dossier/dossier';
import { gradeRank, gradesOf, type GradingScale } from './gradingScale';
import type { DossierTally } from './gradeTally';
import type { AggregationRule } from './rule';

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** The jury's grades of a dossier, each criterion counted `weight` times, as counts per rank. */
export function juryCounts(tally: DossierTally, rule: AggregationRule, width: number): number[] {
  const counts = new Array<number>(width).fill(0);
  for (const [criterion, row] of Object.entries(tally.counts)) {
    const weight = rule.weights[criterion] ?? 1;
    row.forEach((count, rank) => (counts[rank] = (counts[rank] as number) + weight * count));
  }
  return counts;
}

/** The administration's four assessments of a dossier (solidity, feasibility, impact, support value) as grades. */
export function prescreeningCounts(
  prescreening: Dossier['prescreening'],
  rule: AggregationRule,
  scale: GradingScale,
): number[] {
  const counts = new Array<number>(gradesOf(scale).length).fill(0);
  for (const assessment of [
    prescreening.solidity,
    prescreening.feasibility,
    prescreening.impact,
    prescreening.supportValue,
  ]) {
    if (!ASSESSMENT_LEVELS.includes(assessment.level)) continue;
    const rank = gradeRank(scale, rule.prescreening.levels[assessment.level]);
    if (rank !== undefined) counts[rank] = (counts[rank] as number) + 1;
  }
  return counts;
}

/**
 * The merit profile that is ranked. With an administration share s (percent), the jury's n grades are each
 * counted m·(100 − s) times and the administration's m grades s·n times (both divided by their gcd), so
 * the administration holds exactly s% of the profile whatever the number of jurors.
 */
export function meritCounts(
  tally: DossierTally,
  rule: AggregationRule,
  scale: GradingScale,
  prescreening: Dossier['prescreening'] | undefined,
): number[] {
  const width = gradesOf(scale).length;
  const jury = juryCounts(tally, rule, width);
  const share = rule.prescreening.share;
  const n = jury.reduce((sum, count) => sum + count, 0);
  if (share === 0 || prescreening === undefined || n === 0) return jury;
  const administration = prescreeningCounts(prescreening, rule, scale);
  const m = administration.reduce((sum, count) => sum + count, 0);
  if (m === 0) return jury;
  const juryTimes = m * (100 - share);
  const administrationTimes = share * n;
  const common = gcd(juryTimes, administrationTimes);
  return jury.map(
    (count, rank) =>
      count * (juryTimes / common) +
      (administration[rank] as number) * (administrationTimes / common),
  );
}
