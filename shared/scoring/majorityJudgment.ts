// Majority judgment (Balinski & Laraki): the lower median of a merit profile, the tie-break by removing one
// copy of the median at a time, and the majority gauge that explains a rank in words.
// Spec: docs/results.md, section "Majority judgment".

/** A merit profile as a list: every grade given to a dossier, as scale ranks (0 = worst), in any order. */
export type MeritProfile = readonly number[];

/**
 * A merit profile as counts: `counts[r]` grades of rank r (0 = worst). Weights and the administration's
 * share make counts large, so every function below works on counts and never expands them into a list.
 */
export type GradeCounts = readonly number[];

/** Counts of a list profile, over ranks 0 … max rank present. */
export function countsOf(profile: MeritProfile): number[] {
  const counts: number[] = [];
  for (const grade of profile) {
    if (!Number.isInteger(grade) || grade < 0) throw new RangeError(`grade ${grade} is not a rank`);
    while (counts.length <= grade) counts.push(0);
    counts[grade] = (counts[grade] as number) + 1;
  }
  return counts;
}

function totalOf(counts: GradeCounts): number {
  let sum = 0;
  for (const count of counts) sum += count;
  return sum;
}

/** The rank at 0-based position k of the ascending list that `counts` describes. */
function rankAt(counts: GradeCounts, k: number): number {
  let seen = 0;
  for (let rank = 0; rank < counts.length; rank++) {
    seen += counts[rank] as number;
    if (k < seen) return rank;
  }
  throw new RangeError('position beyond the profile');
}

/** The lower median, element ⌊(n − 1) / 2⌋ of the ascending grades. */
export function majorityGradeOfCounts(counts: GradeCounts): number {
  const total = totalOf(counts);
  if (total === 0) throw new RangeError('an empty merit profile has no majority grade');
  return rankAt(counts, Math.floor((total - 1) / 2));
}

/**
 * The majority grade: element ⌊(n − 1) / 2⌋ of the ascending grades (the lower median).
 * @throws {RangeError} for an empty profile (a dossier without grades has no majority grade).
 */
export function majorityGrade(profile: MeritProfile): number {
  return majorityGradeOfCounts(countsOf(profile));
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/**
 * How many more copies of the median `rank` can be removed from a profile (total `total`, `below` grades
 * under `rank`, `at` copies of it) while its lower median stays `rank`. Both bounds are monotone in the
 * number removed, so a binary search finds the largest.
 */
function removableKeepingMedian(total: number, below: number, at: number): number {
  let low = 0;
  let high = at - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (medianStays(total, below, at, mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Whether the lower median is still the grade with `below` grades under it after `removed` removals. */
function medianStays(total: number, below: number, at: number, removed: number): boolean {
  const k = Math.floor((total - removed - 1) / 2);
  return below <= k && k < below + at - removed;
}

/** Sum of counts[0 … end − 1]. */
function countBelow(counts: readonly number[], end: number): number {
  let sum = 0;
  for (let rank = 0; rank < end; rank++) sum += counts[rank] as number;
  return sum;
}

/**
 * Compares two profiles given as counts the Balinski–Laraki way: compare majority grades; while they are
 * equal, remove ONE copy of the common median from each and compare again. Returns > 0 if `a` ranks above
 * `b`, < 0 if below, 0 for an exact tie.
 *
 * Profiles of different sizes (conflicts and abstentions make them differ) are first brought to a common
 * size by scaling every count (common / n), which keeps each grade's share: the comparison then depends on
 * the distributions only, and stays transitive. Runs of removals that leave both medians unchanged are
 * taken in one step, so the cost depends on the number of grades, not on the size of the profiles.
 */
export function compareCounts(a: GradeCounts, b: GradeCounts): number {
  const totalA = totalOf(a);
  const totalB = totalOf(b);
  if (totalA === 0 || totalB === 0) return totalA - totalB;
  const common = (totalA / gcd(totalA, totalB)) * totalB;
  const width = Math.max(a.length, b.length);
  const x = new Array<number>(width);
  const y = new Array<number>(width);
  for (let r = 0; r < width; r++) {
    x[r] = (a[r] ?? 0) * (common / totalA);
    y[r] = (b[r] ?? 0) * (common / totalB);
  }
  let total = common;
  while (total > 0) {
    const k = Math.floor((total - 1) / 2);
    const mx = rankAt(x, k);
    const my = rankAt(y, k);
    if (mx !== my) return mx - my;
    const skip = Math.min(
      removableKeepingMedian(total, countBelow(x, mx), x[mx] as number),
      removableKeepingMedian(total, countBelow(y, mx), y[mx] as number),
    );
    // `skip` removals keep both medians at mx, then one more removal may move them.
    x[mx] = (x[mx] as number) - skip - 1;
    y[mx] = (y[mx] as number) - skip - 1;
    total -= skip + 1;
  }
  return 0;
}

/** {@link compareCounts} on list profiles. */
export function compareMajority(a: MeritProfile, b: MeritProfile): number {
  return compareCounts(countsOf(a), countsOf(b));
}

export interface MajorityGauge {
  /** The majority grade (scale rank). */
  alpha: number;
  /** Share of grades strictly above α. */
  p: number;
  /** Share of grades strictly below α. */
  q: number;
  /** "+" when p > q (closer to the grade above), "−" otherwise. */
  sign: '+' | '-';
}

/** The majority gauge (p, α, q) of a profile given as counts. */
export function majorityGaugeOfCounts(counts: GradeCounts): MajorityGauge {
  const alpha = majorityGradeOfCounts(counts);
  const n = totalOf(counts);
  const above = counts.slice(alpha + 1).reduce((sum, c) => sum + c, 0);
  const below = counts.slice(0, alpha).reduce((sum, c) => sum + c, 0);
  const p = above / n;
  const q = below / n;
  return { alpha, p, q, sign: p > q ? '+' : '-' };
}

/**
 * The majority gauge (p, α, q): α the majority grade, p the share of grades strictly above it, q the share
 * strictly below. With p > q the dossier is an "α+" (closer to the grade above), otherwise an "α−".
 */
export function majorityGauge(profile: MeritProfile): MajorityGauge {
  return majorityGaugeOfCounts(countsOf(profile));
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

/** Mean rank and standard deviation of a profile given as counts. */
export function meanOfCounts(counts: GradeCounts): { mean: number; spread: number } {
  const n = totalOf(counts);
  if (n === 0) throw new RangeError('an empty profile has no mean');
  let sum = 0;
  counts.forEach((count, rank) => (sum += count * rank));
  const mean = sum / n;
  let squares = 0;
  counts.forEach((count, rank) => (squares += count * (rank - mean) ** 2));
  return { mean, spread: Math.sqrt(squares / n) };
}

/** Weighted mean and standard deviation of a profile, the alternative method (shown with its spread). */
export function weightedMean(profile: MeritProfile): { mean: number; spread: number } {
  return meanOfCounts(countsOf(profile));
}
