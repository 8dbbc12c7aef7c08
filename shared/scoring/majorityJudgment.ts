// Majority judgment (Balinski & Laraki): the lower median of a merit profile, the tie-break by removing one
// copy of the median at a time, and the majority gauge that explains a rank in words.
// Spec: docs/results.md (to come with issue 5), section "Majority judgment".

/** A merit profile: every grade given to a dossier, as scale ranks (0 = worst); order does not matter. */
export type MeritProfile = readonly number[];

/**
 * The majority grade: element ⌊(n − 1) / 2⌋ of the ascending grades (the lower median).
 * @throws {RangeError} for an empty profile (a dossier without grades has no majority grade).
 */
export function majorityGrade(profile: MeritProfile): number {
  if (profile.length === 0) throw new RangeError('an empty merit profile has no majority grade');
  const sorted = [...profile].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] as number;
}

/**
 * Compares two profiles the Balinski–Laraki way: compare majority grades; while they are equal, remove ONE
 * copy of the common median from each and compare again. Returns > 0 if `a` ranks above `b`, < 0 if below,
 * 0 for an exact tie.
 */
export function compareMajority(a: MeritProfile, b: MeritProfile): number {
  const x = [...a].sort((p, q) => p - q);
  const y = [...b].sort((p, q) => p - q);
  while (x.length > 0 && y.length > 0) {
    const mx = x[Math.floor((x.length - 1) / 2)] as number;
    const my = y[Math.floor((y.length - 1) / 2)] as number;
    if (mx !== my) return mx - my;
    x.splice(Math.floor((x.length - 1) / 2), 1);
    y.splice(Math.floor((y.length - 1) / 2), 1);
  }
  // Every median agreed until one profile ran out: an exact tie (identical multisets when the sizes are
  // equal). It is reported as such and left to the tie-break chain, never to array order.
  return 0;
}

/**
 * The majority gauge (p, α, q): α the majority grade, p the share of grades strictly above it, q the share
 * strictly below. With p > q the dossier is an "α+" (closer to the grade above), otherwise an "α−".
 */
export function majorityGauge(profile: MeritProfile): {
  alpha: number;
  p: number;
  q: number;
  sign: '+' | '-';
} {
  const alpha = majorityGrade(profile);
  const n = profile.length;
  const p = profile.filter((grade) => grade > alpha).length / n;
  const q = profile.filter((grade) => grade < alpha).length / n;
  return { alpha, p, q, sign: p > q ? '+' : '-' };
}

/** Pools grades across criteria, repeating each criterion's grades `weight` times (integer weights). */
export function pooledProfile(
  gradesByCriterion: Readonly<Record<string, readonly number[]>>,
  weights: Readonly<Record<string, number>>,
): number[] {
  const pooled: number[] = [];
  for (const [criterion, grades] of Object.entries(gradesByCriterion)) {
    const weight = weights[criterion] ?? 1;
    if (!Number.isInteger(weight) || weight < 0)
      throw new RangeError(`weight of ${criterion} must be a non-negative integer`);
    for (let copy = 0; copy < weight; copy++) pooled.push(...grades);
  }
  return pooled;
}

/** Weighted mean and standard deviation of a profile, the alternative method (shown with its spread). */
export function weightedMean(profile: MeritProfile): { mean: number; spread: number } {
  if (profile.length === 0) throw new RangeError('an empty profile has no mean');
  const mean = profile.reduce((sum, grade) => sum + grade, 0) / profile.length;
  const variance = profile.reduce((sum, grade) => sum + (grade - mean) ** 2, 0) / profile.length;
  return { mean, spread: Math.sqrt(variance) };
}
