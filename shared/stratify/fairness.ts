// Summary figures of a probability allocation: minimum, maximum, Gini coefficient, and the share of
// respondents below the fair share k/n.

export interface FairnessFigures {
  minProbability: number;
  maxProbability: number;
  gini: number;
  shareBelowFair: number;
}

/** Gini = Σ_i Σ_j |p_i − p_j| / (2 n² mean), computed on the sorted values. */
export function gini(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const total = sorted.reduce((sum, v) => sum + v, 0);
  if (n === 0 || total === 0) return 0;
  let weighted = 0;
  sorted.forEach((value, i) => (weighted += (i + 1) * value));
  return Math.max(0, (2 * weighted) / (n * total) - (n + 1) / n);
}

export function fairness(probabilities: readonly number[], panelSize: number): FairnessFigures {
  const fair = panelSize / probabilities.length;
  return {
    minProbability: Math.min(...probabilities),
    maxProbability: Math.max(...probabilities),
    gini: gini(probabilities),
    shareBelowFair:
      probabilities.filter((p) => p < fair - 1e-9).length / Math.max(1, probabilities.length),
  };
}
