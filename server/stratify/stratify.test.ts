import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { KleroterionError } from '../../shared/errors';
import { ErrorCode } from '../../shared/errors';
import { isValidPanel } from '../../shared/stratify/instance';
import { stratify } from './stratify';

const bytes = (text: string) => new TextEncoder().encode(text);
const run = (
  quotas: string,
  respondents: string,
  panelSize: number,
  algorithm: 'leximin' | 'maximin' | 'uniform' = 'leximin',
  panelCount = 60,
  householdColumn?: string,
) =>
  stratify({
    ...(householdColumn === undefined ? {} : { householdColumn }),
    quotas: { bytes: bytes(quotas), file: 'quotas.csv' },
    respondents: { bytes: bytes(respondents), file: 'respondents.csv' },
    panelSize,
    panelCount,
    algorithm,
    seed: 'test',
    naiveRuns: 0,
  });

describe('LEXIMIN on instances solved by hand', () => {
  it('gives everyone the same chance when the quotas allow it', async () => {
    // Two women, two men, one seat each: every person 1/2.
    const lottery = await run(
      'category,feature,min,max\ngender,f,1,1\ngender,m,1,1\n',
      'id,gender\nA,f\nB,f\nC,m\nD,m\n',
      2,
    );
    expect(lottery.optimalProbabilities.map((p) => +p.toFixed(9))).toEqual([0.5, 0.5, 0.5, 0.5]);
    expect(lottery.minProbability).toBeCloseTo(0.5, 9);
  });

  it('lifts the scarce group as far as its quota allows, then equalises the rest', async () => {
    // One man must sit; three women share the other seat: he has 1, they 1/3 each.
    const lottery = await run(
      'category,feature,min,max\ngender,f,1,1\ngender,m,1,1\n',
      'id,gender\nA,f\nB,f\nC,f\nD,m\n',
      2,
    );
    const [a, b, c, d] = lottery.optimalProbabilities;
    expect([a, b, c].map((p) => +p!.toFixed(9))).toEqual([0.333333333, 0.333333333, 0.333333333]);
    expect(d).toBeCloseTo(1, 9);
    expect(lottery.minProbability).toBeCloseTo(1 / 3, 9);
  });

  it('equalises across an asymmetric quota: a young person capped at one seat still gets k/n', async () => {
    // k = 2 from one young and three old people, young at most 1, old at least 1: 1/2 each.
    const lottery = await run(
      'category,feature,min,max\nage,young,0,1\nage,old,1,2\n',
      'age\nyoung\nold\nold\nold\n',
      2,
    );
    expect(lottery.ids).toEqual(['1', '2', '3', '4']);
    for (const p of lottery.optimalProbabilities) expect(p).toBeCloseTo(0.5, 9);
    expect(lottery.gini).toBeCloseTo(0, 9);
  });

  it('gives the uniform baseline the same relaxation when no panel exists', async () => {
    const attempt = run(
      'category,feature,min,max\ngender,f,2,2\ngender,m,0,0\n',
      'id,gender\nA,f\nB,m\nC,m\n',
      2,
      'uniform',
    );
    const error = (await attempt.catch((e: unknown) => e)) as KleroterionError;
    expect(error).toMatchObject({ code: ErrorCode.QuotasInfeasible });
    expect(error.message).toMatch(/gender\/f \(min 2 → 1\)/);
    expect(error.message).toMatch(/gender\/m \(max 0 → 1\)/);
  });

  it('names the conflicting quotas and the smallest relaxation when no panel exists', async () => {
    const attempt = run(
      'category,feature,min,max\ngender,f,2,2\ngender,m,0,0\n',
      'id,gender\nA,f\nB,m\nC,m\n',
      2,
    );
    await expect(attempt).rejects.toMatchObject({ code: ErrorCode.QuotasInfeasible });
    const error = (await attempt.catch((e: unknown) => e)) as KleroterionError;
    expect(error.message).toMatch(/gender\/f \(min 2 → 1\)/);
    expect(error.message).toMatch(/gender\/m \(max 0 → 1\)/);
  });
});

describe('households', () => {
  it('never seats two people of one household, and still equalises when it can', async () => {
    // A and B share a home: panels of 2 avoid {A, B}, and everyone still gets 1/2.
    const lottery = await run(
      'category,feature,min,max\ngender,f,0,2\ngender,m,0,2\n',
      'id,gender,home\nA,f,h1\nB,f,h1\nC,m,h2\nD,f,h3\n',
      2,
      'leximin',
      40,
      'home',
    );
    // Fixed types sit within 1e−9 of their value (the fixing tolerance).
    for (const p of lottery.optimalProbabilities) expect(p).toBeCloseTo(0.5, 8);
    for (const panel of lottery.panels) expect(panel.includes(0) && panel.includes(1)).toBe(false);
    const naive = await run(
      'category,feature,min,max\ngender,f,0,2\ngender,m,0,2\n',
      'id,gender,home\nA,f,h1\nB,f,h1\nC,m,h2\nD,f,h3\n',
      2,
      'uniform',
      40,
      'home',
    );
    for (const panel of naive.panels) expect(panel.includes(0) && panel.includes(1)).toBe(false);
  });

  it('a household rule can make quotas infeasible, and says so', async () => {
    const attempt = run(
      'category,feature,min,max\ngender,f,2,2\ngender,m,0,0\n',
      'id,gender,home\nA,f,h1\nB,f,h1\nC,m,h2\n',
      2,
      'leximin',
      10,
      'home',
    );
    await expect(attempt).rejects.toMatchObject({ code: ErrorCode.QuotasInfeasible });
  });
});

describe('the lottery of M panels', () => {
  const instanceArbitrary = fc
    .record({
      people: fc.array(
        fc.record({ a: fc.constantFrom('x', 'y', 'z'), b: fc.constantFrom('p', 'q') }),
        { minLength: 3, maxLength: 12 },
      ),
      pick: fc.array(fc.nat(), { minLength: 1, maxLength: 12 }),
      slack: fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 5, maxLength: 5 }),
    })
    .map(({ people, pick, slack }) => {
      // Quotas around a real panel, so the instance is feasible.
      const k = Math.max(1, Math.min(people.length - 1, pick.length));
      const panel = [...new Set(pick.map((n) => n % people.length))].slice(0, k);
      while (panel.length < k)
        for (let i = 0; i < people.length && panel.length < k; i++)
          if (!panel.includes(i)) panel.push(i);
      const count = (f: (p: (typeof people)[number]) => boolean) =>
        panel.filter((i) => f(people[i]!)).length;
      const features: [string, string, number][] = [
        ['a', 'x', count((p) => p.a === 'x')],
        ['a', 'y', count((p) => p.a === 'y')],
        ['a', 'z', count((p) => p.a === 'z')],
        ['b', 'p', count((p) => p.b === 'p')],
        ['b', 'q', count((p) => p.b === 'q')],
      ];
      const quotas = `category,feature,min,max\n${features.map(([c, f, n], i) => `${c},${f},${Math.max(0, n - slack[i]!)},${n + slack[i]!}`).join('\n')}\n`;
      // Households: panel members live apart; anyone else may share a home with anyone.
      const home = people.map((_, i) =>
        panel.includes(i) ? `h${i}` : `h${(pick[i % pick.length] ?? i) % people.length}`,
      );
      const respondents = `a,b,home\n${people.map((p, i) => `${p.a},${p.b},${home[i]}`).join('\n')}\n`;
      return { quotas, respondents, k };
    });

  it('satisfies every quota in every panel, and its probabilities are the panel counts over M (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        instanceArbitrary,
        fc.constantFrom('leximin' as const, 'maximin' as const, 'uniform' as const),
        async ({ quotas, respondents, k }, algorithm) => {
          const lottery = await run(quotas, respondents, k, algorithm, 50, 'home');
          expect(lottery.panels).toHaveLength(50);
          const { parseQuotaRows } = await import('../../shared/stratify/quotas');
          const { parseRespondentRows } = await import('../../shared/stratify/respondents');
          const { buildInstance } = await import('../../shared/stratify/instance');
          const split = (text: string) =>
            text
              .trim()
              .split('\n')
              .map((line) => line.split(','));
          const q = parseQuotaRows(split(quotas), 'q');
          const instance = buildInstance(
            q,
            parseRespondentRows(split(respondents), q, 'r', { householdColumn: 'home' }),
            k,
          );
          for (const panel of lottery.panels) {
            expect(isValidPanel(instance, panel)).toBe(true);
            expect([...panel].sort((x, y) => x - y)).toEqual(panel);
          }
          const counts = new Array<number>(lottery.respondents).fill(0);
          for (const panel of lottery.panels) for (const row of panel) counts[row]!++;
          expect(lottery.probabilities).toEqual(counts.map((n) => n / 50));
          const expected = lottery.optimalProbabilities.reduce((s, p) => s + p, 0);
          expect(expected).toBeCloseTo(k, 6);
          for (const p of lottery.optimalProbabilities) expect(p).toBeGreaterThanOrEqual(-1e-9);
        },
      ),
      { numRuns: 40, seed: 11 },
    );
  });
});
