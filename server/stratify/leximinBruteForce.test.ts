// LEXIMIN against brute force on small random instances (n ≤ 10): every feasible panel of individuals is
// enumerated and the LEXIMIN sequence of LPs is solved over all of them, with the fixed set of each level
// found by maximising each person alone (no duals, no types, no column generation). The solver's rounds,
// merged where consecutive values are equal (degenerate duals may split a level), must give the same
// values and the same fixed sets, and its final vector must match within 1e−6.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ErrorCode } from '../../shared/errors';
import { checkLottery } from '../../shared/stratify/lotteryFile';
import { parseQuotaRows, type Quota } from '../../shared/stratify/quotas';
import { parseRespondentRows, type Respondent } from '../../shared/stratify/respondents';
import { checkRoundCertificates } from './checkRoundCertificates';
import { highsInstance } from './highsBackend';
import { stratify } from './stratify';

const TOLERANCE = 1e-6;

interface Case {
  quotas: string;
  respondents: string;
  k: number;
  household: boolean;
}

const split = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((line) => line.split(','));

function parse(c: Case): { quotas: Quota[]; respondents: Respondent[] } {
  const quotas = parseQuotaRows(split(c.quotas), 'q');
  const respondents = parseRespondentRows(
    split(c.respondents),
    quotas,
    'r',
    c.household ? { householdColumn: 'home' } : {},
  );
  return { quotas, respondents };
}

/** Every valid panel, as sorted rows: size, quotas and at most one person per shared household. */
function allPanels(quotas: Quota[], respondents: Respondent[], k: number): number[][] {
  const n = respondents.length;
  const panels: number[][] = [];
  for (let mask = 0; mask < 1 << n; mask++) {
    const rows = respondents.filter((r) => (mask >> r.row) & 1).map((r) => r.row);
    if (rows.length !== k) continue;
    const homes = rows.map((row) => respondents[row]!.household).filter((h) => h !== undefined);
    if (new Set(homes).size !== homes.length) continue;
    const meets = quotas.every((q) => {
      const count = rows.filter(
        (row) => respondents[row]!.features[q.category] === q.feature,
      ).length;
      return count >= q.min && count <= q.max;
    });
    if (meets) panels.push(rows);
  }
  return panels;
}

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

/** People with two attributes and optional homes; quotas around a real panel, or shifted from it. */
const caseArbitrary = (feasible: boolean) =>
  fc
    .record({
      people: fc.array(
        fc.record({
          a: fc.constantFrom('x', 'y', 'z'),
          b: fc.constantFrom('p', 'q'),
          home: fc.integer({ min: 0, max: 7 }),
        }),
        { minLength: 3, maxLength: 10 },
      ),
      k: fc.integer({ min: 1, max: 9 }),
      slack: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 5, maxLength: 5 }),
      random: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 5, maxLength: 5 }),
      household: fc.boolean(),
    })
    .map(({ people, k: wanted, slack, random, household }): Case => {
      const k = Math.max(1, Math.min(people.length - 1, wanted));
      const panel: number[] = [];
      const homes = new Set<number>();
      for (let i = 0; i < people.length && panel.length < k; i++)
        if (!household || !homes.has(people[i]!.home)) {
          panel.push(i);
          homes.add(people[i]!.home);
        }
      const features: [string, string][] = [
        ['a', 'x'],
        ['a', 'y'],
        ['a', 'z'],
        ['b', 'p'],
        ['b', 'q'],
      ];
      // Around a real panel; for the infeasibility test, shifted by −2 … +2 seats, often too far.
      const bounds = features.map(([c, f], q) => {
        const count = panel.filter((i) => people[i]![c as 'a' | 'b'] === f).length;
        const shift = feasible ? 0 : random[q]! - 2;
        return [Math.max(0, count + shift - slack[q]!), Math.max(0, count + shift + slack[q]!)];
      });
      return {
        quotas: `category,feature,min,max\n${features.map(([c, f], q) => `${c},${f},${bounds[q]![0]},${bounds[q]![1]}`).join('\n')}\n`,
        respondents: `a,b,home\n${people.map((p) => `${p.a},${p.b},h${p.home}`).join('\n')}\n`,
        // A panel of k exists only if the homes allow it: otherwise the case tests infeasibility.
        k: feasible ? Math.max(1, panel.length) : k,
        household,
      };
    });

const bytes = (text: string) => new TextEncoder().encode(text);
const solve = (c: Case, algorithm: 'leximin' | 'maximin') =>
  stratify({
    quotas: { bytes: bytes(c.quotas), file: 'q.csv' },
    respondents: { bytes: bytes(c.respondents), file: 'r.csv' },
    panelSize: c.k,
    panelCount: 20,
    algorithm,
    seed: 'brute',
    naiveRuns: 0,
    ...(c.household ? { householdColumn: 'home' } : {}),
  });

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
      fc.asyncProperty(caseArbitrary(true), async (c) => {
        const { quotas, respondents } = parse(c);
        const panels = allPanels(quotas, respondents, c.k);
        expect(panels.length).toBeGreaterThan(0);
        const expected = await bruteForceLeximin(panels, respondents.length);
        const lottery = await solve(c, 'leximin');
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
        const maximin = await solve(c, 'maximin');
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
      fc.asyncProperty(caseArbitrary(false), async (c) => {
        const { quotas, respondents } = parse(c);
        const isFeasible = allPanels(quotas, respondents, c.k).length > 0;
        const outcome = await solve(c, 'leximin').then(
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
