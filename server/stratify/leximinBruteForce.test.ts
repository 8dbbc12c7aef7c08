// LEXIMIN against brute force on small random instances (n ≤ 10): every feasible panel of individuals is
// enumerated and the LEXIMIN sequence of LPs is solved over all of them, with the fixed set of each level
// found by maximising each person alone (no duals, no types, no column generation). The solver's rounds,
// merged where consecutive values are equal (degenerate duals may split a level), must give the same
// values and the same fixed sets, and its final vector must match within 1e−6.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ErrorCode } from '../../shared/errors';
import { checkLottery } from '../../shared/stratify/lotteryFile';
import { checkRoundCertificates } from './checkRoundCertificates';
import { highsInstance } from './highsBackend';
import { allPanels, caseArbitrary, parse, solveCase } from '../testing/smallStratifyCases';

const TOLERANCE = 1e-6;

/** The LEXIMIN levels over all panels: each level's value and the people who cannot rise above it. */
async function bruteForceLeximin(panels: number[][], n: number) {
  const highs = await highsInstance();
  const fixedAt = new Array<number | undefined>(n).fill(undefined);
  const levels: { value: number; rows: number[] }[] = [];
  const lambda = panels.map((_, p) => `l${p}`);
  const share = (i: number) => {
    const terms = panels.flatMap((panel, p) => (panel.includes(i) ? [lambda[p]!] : []));
    return terms.length === 0 ? '0 l0' : terms.join(' + ');
  };
  const solve = (objective: string, rowsFor: (i: number) => string) => {
    const rows = Array.from({ length: n }, (_, i) => ` r${i}: ${rowsFor(i)}`);
    const text = [
      'Maximize',
      ` obj: ${objective}`,
      'Subject To',
      ...rows,
      ` sum: ${lambda.join(' + ')} = 1`,
      'Bounds',
      ' 0 <= z <= 1',
      'End',
    ].join('\n');
    const solution = highs.solve(text, {});
    if (solution.Status !== 'Optimal') throw new Error(`brute force LP: ${solution.Status}`);
    return solution.ObjectiveValue;
  };
  while (fixedAt.some((f) => f === undefined)) {
    const value = solve('z', (i) =>
      fixedAt[i] === undefined ? `${share(i)} - z >= 0` : `${share(i)} >= ${fixedAt[i]! - 1e-9}`,
    );
    const rows: number[] = [];
    for (let i = 0; i < n; i++) {
      if (fixedAt[i] !== undefined) continue;
      const best = solve(`${share(i)} + 0 z`, (j) =>
        fixedAt[j] === undefined
          ? `${share(j)} >= ${value - 1e-9}`
          : `${share(j)} >= ${fixedAt[j]! - 1e-9}`,
      );
      if (best <= value + 1e-7) rows.push(i);
    }
    if (rows.length === 0) throw new Error('brute force: a level fixed nobody');
    for (const i of rows) fixedAt[i] = value;
    levels.push({ value, rows });
  }
  return { levels, final: fixedAt as number[] };
}

/** Consecutive rounds of equal value merged into one level: value and sorted rows. */
function mergedLevels(rounds: { value: number; fixed: number[] }[]) {
  const levels: { value: number; rows: number[] }[] = [];
  for (const round of rounds) {
    const last = levels[levels.length - 1];
    if (last !== undefined && Math.abs(last.value - round.value) <= TOLERANCE)
      last.rows = [...last.rows, ...round.fixed].sort((a, b) => a - b);
    else levels.push({ value: round.value, rows: [...round.fixed] });
  }
  return levels;
}

describe('LEXIMIN against brute force (n ≤ 10)', () => {
  it('every round value, every round’s fixed set and the final vector match (property)', async () => {
    await fc.assert(
      fc.asyncProperty(caseArbitrary(true, 10), async (c) => {
        const { quotas, respondents } = parse(c);
        const panels = allPanels(quotas, respondents, c.k);
        expect(panels.length).toBeGreaterThan(0);
        const expected = await bruteForceLeximin(panels, respondents.length);
        const lottery = await solveCase(c, 'leximin');
        expect(lottery.complete).toBe(true);
        const levels = mergedLevels(lottery.rounds);
        expect(levels.map((l) => l.rows)).toEqual(expected.levels.map((l) => l.rows));
        levels.forEach((level, j) =>
          expect(Math.abs(level.value - expected.levels[j]!.value)).toBeLessThanOrEqual(TOLERANCE),
        );
        lottery.optimalProbabilities.forEach((p, i) =>
          expect(Math.abs(p - expected.final[i]!)).toBeLessThanOrEqual(TOLERANCE),
        );
        // The file's own checks, and one pricing MIP per round over individuals.
        const report = checkLottery(JSON.parse(JSON.stringify(lottery)));
        expect(report.checks.filter((check) => !check.ok)).toEqual([]);
        const certificates = await checkRoundCertificates(lottery, quotas, respondents);
        expect(certificates.filter((check) => !check.ok)).toEqual([]);
        // MAXIMIN is the first level alone.
        const maximin = await solveCase(c, 'maximin');
        expect(maximin.complete).toBe(true);
        expect(maximin.rounds).toHaveLength(1);
        expect(Math.abs(maximin.rounds[0]!.value - expected.levels[0]!.value)).toBeLessThanOrEqual(
          TOLERANCE,
        );
      }),
      { numRuns: 60, seed: 17 },
    );
  });

  it('refuses exactly the quotas no panel meets, households included (property)', async () => {
    await fc.assert(
      fc.asyncProperty(caseArbitrary(false, 10), async (c) => {
        const { quotas, respondents } = parse(c);
        const isFeasible = allPanels(quotas, respondents, c.k).length > 0;
        const outcome = await solveCase(c, 'leximin').then(
          (lottery) => ({ ok: true as const, lottery }),
          (error: unknown) => ({ ok: false as const, error }),
        );
        if (isFeasible) expect(outcome.ok).toBe(true);
        else
          expect(outcome).toMatchObject({ ok: false, error: { code: ErrorCode.QuotasInfeasible } });
      }),
      { numRuns: 60, seed: 23 },
    );
  });
});
