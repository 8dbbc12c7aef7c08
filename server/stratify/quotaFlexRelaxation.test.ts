// The relaxation suggested for infeasible quotas, within the flexible bounds, on small random instances
// against brute force: every panel of k people (from distinct homes when households apply) needs, per
// quota, max(0, min − count) seats off the min and max(0, count − max) on the max; the smallest total over
// the panels whose needs stay within min − min_flex and max_flex − max is the minimum. The suggestion must
// stay within the flex, make the quotas feasible and move exactly that many seats, or be absent when no
// panel fits within the flex.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ErrorCode, type KleroterionError } from '../../shared/errors';
import { buildInstance } from '../../shared/stratify/instance';
import { InfeasibleProblem } from '../../shared/stratify/infeasibleQuotas';
import type { QuotaFlex } from '../../shared/stratify/quotaFlex';
import type { Quota } from '../../shared/stratify/quotas';
import type { Respondent } from '../../shared/stratify/respondents';
import { createHighsBackend } from './highsBackend';
import { stratify } from './stratify';

const FEATURES: [string, string][] = [
  ['a', 'x'],
  ['a', 'y'],
  ['a', 'z'],
  ['b', 'p'],
  ['b', 'q'],
];

const caseArbitrary = fc
  .record({
    people: fc.array(
      fc.record({
        a: fc.constantFrom('x', 'y', 'z'),
        b: fc.constantFrom('p', 'q'),
        home: fc.integer({ min: 0, max: 6 }),
      }),
      { minLength: 3, maxLength: 8 },
    ),
    k: fc.integer({ min: 1, max: 5 }),
    households: fc.boolean(),
    bounds: fc.array(
      fc.record({
        min: fc.integer({ min: 0, max: 4 }),
        width: fc.integer({ min: 0, max: 2 }),
        minFlexBelow: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
        maxFlexAbove: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
      }),
      { minLength: FEATURES.length, maxLength: FEATURES.length },
    ),
  })
  .map(({ people, k, households, bounds }) => {
    const quotas: Quota[] = FEATURES.map(([category, feature], q) => ({
      category,
      feature,
      min: bounds[q]!.min,
      max: bounds[q]!.min + bounds[q]!.width,
    }));
    const flex: QuotaFlex[] = bounds.map((b) => ({
      minFlex: b.minFlexBelow === undefined ? 0 : Math.max(0, b.min - b.minFlexBelow),
      maxFlex: b.maxFlexAbove === undefined ? undefined : b.min + b.width + b.maxFlexAbove,
    }));
    const respondents: Respondent[] = people.map((p, row) => ({
      row,
      id: `P${row}`,
      features: { a: p.a, b: p.b },
      household: households ? `h${p.home}` : undefined,
    }));
    return { people, k: Math.min(k, people.length), quotas, flex, respondents };
  });

type Case = typeof caseArbitrary extends fc.Arbitrary<infer C> ? C : never;

/** Per quota, the seats a panel needs below min (lower) and above max (raise). */
const needs = (c: Case, rows: readonly number[]) =>
  c.quotas.map((quota) => {
    const count = rows.filter(
      (row) => c.respondents[row]!.features[quota.category] === quota.feature,
    ).length;
    return { lower: Math.max(0, quota.min - count), raise: Math.max(0, count - quota.max) };
  });

/** Every panel of k people, from distinct homes when households apply. */
function allPanels(c: Case): number[][] {
  const panels: number[][] = [];
  const n = c.people.length;
  for (let mask = 0; mask < 1 << n; mask++) {
    const rows = c.people.flatMap((_, i) => ((mask >> i) & 1 ? [i] : []));
    if (rows.length !== c.k) continue;
    const homes = rows.map((row) => c.respondents[row]!.household).filter((h) => h !== undefined);
    if (new Set(homes).size === homes.length) panels.push(rows);
  }
  return panels;
}

/** The fewest seats moved by a relaxation within the flex that some panel meets; undefined if none. */
function bruteForceMinimum(c: Case, flex: readonly QuotaFlex[] | undefined): number | undefined {
  let best: number | undefined;
  for (const rows of allPanels(c)) {
    const need = needs(c, rows);
    const fits = need.every(
      (n, q) =>
        flex === undefined ||
        (c.quotas[q]!.min - n.lower >= flex[q]!.minFlex &&
          (flex[q]!.maxFlex === undefined || c.quotas[q]!.max + n.raise <= flex[q]!.maxFlex!)),
    );
    if (!fits) continue;
    const total = need.reduce((sum, n) => sum + n.lower + n.raise, 0);
    if (best === undefined || total < best) best = total;
  }
  return best;
}

describe('the relaxation suggested for infeasible quotas, within min_flex and max_flex (n ≤ 8)', () => {
  it('is within the flex, feasible and minimal by brute force, or absent when none exists (property)', async () => {
    await fc.assert(
      fc.asyncProperty(caseArbitrary, async (c) => {
        const backend = await createHighsBackend(buildInstance(c.quotas, c.respondents, c.k));
        for (const flex of [c.flex, undefined]) {
          const expected = bruteForceMinimum(c, flex);
          const relaxations = backend.relax(flex);
          if (expected === undefined) {
            expect(relaxations).toEqual([]);
            continue;
          }
          const total = relaxations.reduce((sum, r) => sum + r.lower + r.raise, 0);
          expect(total).toBe(expected);
          // Within the flex, and some panel meets the relaxed quotas.
          const relaxed = c.quotas.map((quota, q) => {
            const r = relaxations.find((x) => x.quota === q);
            return { ...quota, min: quota.min - (r?.lower ?? 0), max: quota.max + (r?.raise ?? 0) };
          });
          relaxed.forEach((quota, q) => {
            expect(quota.min).toBeGreaterThanOrEqual(flex?.[q]?.minFlex ?? 0);
            const maxFlex = flex?.[q]?.maxFlex;
            if (maxFlex !== undefined) expect(quota.max).toBeLessThanOrEqual(maxFlex);
          });
          const isFeasible = allPanels(c).some((rows) =>
            needs({ ...c, quotas: relaxed }, rows).every((n) => n.lower === 0 && n.raise === 0),
          );
          expect(isFeasible).toBe(true);
        }
      }),
      { numRuns: 150, seed: 1719 },
    );
  });
});

describe('infeasible quotas with flexible bounds, end to end', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  const run = (quotas: string, respondents = 'id,gender\nA,f\nB,m\nC,m\nD,m\n', panelSize = 3) =>
    stratify({
      quotas: { bytes: bytes(quotas), file: 'quotas.csv' },
      respondents: { bytes: bytes(respondents), file: 'respondents.csv' },
      panelSize,
      panelCount: 10,
      algorithm: 'leximin',
      seed: 'flex',
      naiveRuns: 0,
    }).catch((error: unknown) => error as KleroterionError);

  it('suggests the smallest relaxation the flex allows, even when a smaller one lies beyond it', async () => {
    // k = 2 from A (f, young), B and C (m, old): seating A costs one seat (young's max 0 → 1), but
    // max_flex keeps young at 0; within the flex, {B, C} costs two (f's min 1 → 0, m's max 1 → 2).
    const quotas =
      'feature,value,min,max,min_flex,max_flex\ngender,f,1,2,0,\ngender,m,0,1,0,\nage,young,0,0,0,FLEX\nage,old,0,2,,\n';
    const respondents = 'id,gender,age\nA,f,young\nB,m,old\nC,m,old\n';
    const beyond = (await run(quotas.replace('FLEX', ''), respondents, 2)) as KleroterionError;
    expect(beyond.message).toMatch(/\(1 seat\(s\)\): age\/young \(max 0 → 1\)$/);
    const within = (await run(quotas.replace('FLEX', '0'), respondents, 2)) as KleroterionError;
    expect(within.code).toBe(ErrorCode.QuotasInfeasible);
    expect(within.message).toMatch(
      /within min_flex and max_flex \(2 seat\(s\)\): gender\/f \(min 1 → 0\); gender\/m \(max 1 → 2\)$/,
    );
    expect(within.details.problems?.map((p) => [p.field, p.code])).toEqual([
      ['gender/f', InfeasibleProblem.QuotaConflict],
      ['gender/m', InfeasibleProblem.QuotaConflict],
    ]);
  });

  it('says plainly that none exists within the flex, and what it would take beyond', async () => {
    const error = (await run(
      'feature,value,min,max,min_flex,max_flex\ngender,f,2,2,2,2\ngender,m,0,1,0,1\n',
    )) as KleroterionError;
    expect(error.code).toBe(ErrorCode.QuotasInfeasible);
    expect(error.message).toMatch(
      /no relaxation within min_flex and max_flex makes them feasible; beyond them, the smallest \(2 seat\(s\)\): gender\/f \(min 2 → 1\); gender\/m \(max 1 → 2\)/,
    );
    expect(error.details.problems?.map((p) => p.code)).toEqual([
      InfeasibleProblem.NoRelaxationWithinFlex,
      InfeasibleProblem.BeyondFlex,
      InfeasibleProblem.BeyondFlex,
    ]);
  });

  it('refuses a flex outside sense before computing anything', async () => {
    const error = (await run(
      'feature,value,min,max,min_flex,max_flex\ngender,f,1,2,0,2\ngender,m,0,1,1,1\n',
    )) as KleroterionError;
    expect(error.code).toBe(ErrorCode.CsvInvalid);
    expect(error.details).toMatchObject({
      file: 'quotas.csv',
      line: 3,
      column: 5,
      field: 'min_flex',
    });
  });
});
