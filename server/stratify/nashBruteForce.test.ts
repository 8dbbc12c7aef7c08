// Nash welfare against brute force on small random instances (n ≤ 8): every valid panel of individuals is
// enumerated and Σ_i ln π_i is maximised over all of them by the EM (multiplicative) update, a method
// that shares nothing with the solver (no types, no column generation, no Newton steps), run until its
// own duality gap N·ln(G/N) over all panels is tiny. The solver's objective must match within the two
// gaps, its probabilities must match, and its certificate and panels must pass every check.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ErrorCode } from '../../shared/errors';
import type { Lottery } from '../../shared/stratify/lottery';
import { checkLottery } from '../../shared/stratify/lotteryFile';
import { checkNashCertificate } from './checkNashCertificate';
import {
  allPanels,
  caseArbitrary,
  parse,
  solveCase,
  type Case,
} from '../testing/smallStratifyCases';

/**
 * max Σ_{i selectable} ln π_i over all panels by EM: λ_P ← λ_P · (Σ_{i∈P} 1/π_i) / N, which never lowers
 * the objective and converges to the optimum. Stops when N·ln(G/N) ≤ 1e−9, G the best panel's Σ 1/π.
 */
function bruteForceNash(panels: number[][], n: number) {
  const selectable = new Set(panels.flat());
  const N = selectable.size;
  let lambda = panels.map(() => 1 / panels.length);
  const probabilities = () => {
    const pi = new Array<number>(n).fill(0);
    panels.forEach((panel, p) => panel.forEach((i) => (pi[i] = pi[i]! + lambda[p]!)));
    return pi;
  };
  let pi = probabilities();
  let gap = Infinity;
  for (let iteration = 0; iteration < 2_000_000; iteration++) {
    const gradients = panels.map((panel) => panel.reduce((sum, i) => sum + 1 / pi[i]!, 0));
    gap = N * Math.log(Math.max(...gradients) / N);
    if (gap <= 1e-9) break;
    lambda = lambda.map((l, p) => (l * gradients[p]!) / N);
    pi = probabilities();
  }
  const objective = pi.reduce((sum, p) => (p > 0 ? sum + Math.log(p) : sum), 0);
  return { objective, gap, probabilities: pi, selectable: N };
}

describe('Nash welfare against brute force (n ≤ 8)', () => {
  it('the objective, the probabilities and the certificate match the optimum over all panels (property)', async () => {
    await fc.assert(
      fc.asyncProperty(caseArbitrary(true, 8), async (c) => {
        const { quotas, respondents } = parse(c);
        const panels = allPanels(quotas, respondents, c.k);
        expect(panels.length).toBeGreaterThan(0);
        const expected = bruteForceNash(panels, respondents.length);
        expect(expected.gap).toBeLessThanOrEqual(1e-9);
        const lottery = await solveCase(c, 'nash');
        expect(lottery.algorithm).toBe('nash');
        expect(lottery.complete).toBe(true);
        const nash = lottery.nash!;
        expect(nash.selectable).toBe(expected.selectable);
        expect(nash.gap).toBeLessThanOrEqual(nash.tolerance * nash.selectable);
        // Both objectives are within their gaps of the optimum, so within the sum of each other.
        expect(Math.abs(nash.objective - expected.objective)).toBeLessThanOrEqual(
          nash.gap + expected.gap + 1e-9,
        );
        // The optimum's probabilities are unique (strictly concave in π).
        lottery.optimalProbabilities.forEach((p, i) =>
          expect(Math.abs(p - expected.probabilities[i]!)).toBeLessThanOrEqual(1e-3),
        );
        // Nash welfare is at least LEXIMIN's on its own objective.
        const leximin = await solveCase(c, 'leximin');
        const leximinObjective = leximin.optimalProbabilities.reduce(
          (sum, p) => (p > 0 ? sum + Math.log(p) : sum),
          0,
        );
        expect(nash.objective).toBeGreaterThanOrEqual(leximinObjective - 1e-6);
        // The file's checks; then every panel's quotas and one MIP over individuals.
        const report = checkLottery(JSON.parse(JSON.stringify(lottery)));
        expect(report.checks.filter((check) => !check.ok)).toEqual([]);
        const certificate = await checkNashCertificate(lottery, quotas, respondents);
        expect(certificate.map((check) => check.name)).toEqual([
          'nash-panels',
          'nash-unselectable',
          'nash-certificate',
        ]);
        expect(certificate.filter((check) => !check.ok)).toEqual([]);
      }),
      { numRuns: 40, seed: 31 },
    );
  });

  it('refuses exactly the quotas no panel meets, households included (property)', async () => {
    await fc.assert(
      fc.asyncProperty(caseArbitrary(false, 8), async (c) => {
        const { quotas, respondents } = parse(c);
        const isFeasible = allPanels(quotas, respondents, c.k).length > 0;
        const outcome = await solveCase(c, 'nash').then(
          (lottery) => ({ ok: true as const, lottery }),
          (error: unknown) => ({ ok: false as const, error }),
        );
        if (isFeasible) expect(outcome.ok).toBe(true);
        else
          expect(outcome).toMatchObject({ ok: false, error: { code: ErrorCode.QuotasInfeasible } });
      }),
      { numRuns: 40, seed: 37 },
    );
  });
});

/** A small instance whose optimum is not uniform: six people, panels of two, one of each category. */
const skewed: Case = {
  quotas: 'category,feature,min,max\na,x,1,1\na,y,1,1\na,z,0,0\nb,p,0,2\nb,q,0,2\n',
  respondents: 'a,b,home\nx,p,h0\nx,q,h1\ny,p,h2\ny,q,h3\ny,p,h4\ny,q,h5\n',
  k: 2,
  household: false,
};

describe('a Nash-welfare LOTTERY.json that lies is refused', () => {
  const failed = (lottery: unknown) =>
    checkLottery(JSON.parse(JSON.stringify(lottery)))
      .checks.filter((check) => !check.ok)
      .map((check) => check.name);

  it('a changed objective, a claimed completion with a large gap, a lowered best panel', async () => {
    const lottery = await solveCase(skewed, 'nash');
    expect(failed(lottery)).toEqual([]);
    // Every x has 1/2 and every y 1/4: the optimum over panels {x, y} is uniform within each side.
    expect(lottery.optimalProbabilities.map((p) => Number(p.toFixed(6)))).toEqual([
      0.5, 0.5, 0.25, 0.25, 0.25, 0.25,
    ]);
    const nash = lottery.nash!;
    expect(failed({ ...lottery, nash: { ...nash, objective: nash.objective + 0.01 } })).toEqual([
      'lottery-nash-certificate',
    ]);
    expect(
      failed({
        ...lottery,
        nash: { ...nash, bestPanel: nash.selectable * 1.1, gap: nash.selectable * Math.log(1.1) },
      }),
    ).toEqual(['lottery-completion']);
    expect(failed({ ...lottery, nash: { ...nash, gap: nash.gap, bestPanel: 1 } })).toEqual([
      'lottery-nash-certificate',
    ]);
    expect(failed({ ...lottery, nash: undefined })).toEqual([
      'lottery-nash-certificate',
      'lottery-completion',
    ]);
    // A best panel recorded below the true one: only the MIP over individuals can tell.
    const { quotas, respondents } = parse(skewed);
    const lowered: Lottery = { ...lottery, nash: { ...nash, bestPanel: nash.selectable } };
    const shifted = lottery.optimalProbabilities.map((p, i) =>
      i === 0 ? p + 0.05 : i === 1 ? p - 0.05 : p,
    );
    const checks = await checkNashCertificate(
      { ...lowered, optimalProbabilities: shifted },
      quotas,
      respondents,
    );
    expect(checks.filter((check) => !check.ok).map((check) => check.name)).toEqual([
      'nash-certificate',
    ]);
    // A panel that breaks a quota: two people of category x.
    const broken = await checkNashCertificate(
      { ...lottery, panels: [[0, 1], ...lottery.panels.slice(1)] },
      quotas,
      respondents,
    );
    expect(broken.filter((check) => !check.ok).map((check) => check.name)).toEqual(['nash-panels']);
  });
});
