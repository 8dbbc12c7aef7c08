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
 *
 * Profiles of different sizes (conflicts and abstentions make them differ) are first brought to a common
 * size by repeating every grade of each profile (size lcm / n times), which keeps each grade's share: the
 * comparison then depends on the distributions only, and stays transitive.
 */
export function compareMajority(a: MeritProfile, b: MeritProfile): number {
  if (a.length === 0 || b.length === 0) return a.length - b.length;
  const common = lcm(a.length, b.length);
  const x = countsOf(a, common / a.length);
  const y = countsOf(b, common / b.length);
  for (let total = common; total > 0; total--) {
    const k = Math.floor((total - 1) / 2);
    const mx = gradeAt(x, k);
    const my = gradeAt(y, k);
    if (mx !== my) return mx - my;
    x.set(mx, (x.get(mx) as number) - 1);
    y.set(my, (y.get(my) as number) - 1);
  }
  return 0;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
const lcm = (a: number, b: number): number => (a / gcd(a, b)) * b;

/** grade → count, every grade counted `repeat` times, in ascending grade order. */
function countsOf(profile: MeritProfile, repeat: number): Map<number, number> {
  const counts = new Map<number, number>();
  for (const grade of [...profile].sort((p, q) => p - q))
    counts.set(grade, (counts.get(grade) ?? 0) + repeat);
  return counts;
}

/** The grade at 0-based position k of the ascending list the counts describe. */
function gradeAt(counts: Map<number, number>, k: number): number {
  let seen = 0;
  for (const [grade, count] of counts) {
    seen += count;
    if (k < seen) return grade;
  }
  throw new RangeError('position beyond the profile');
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
