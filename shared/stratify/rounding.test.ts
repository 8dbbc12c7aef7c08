import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Instance } from './instance';
import {
  areValidSlots,
  largestRemainderSlots,
  panelsFromSlots,
  roundToPanels,
  slotDeviation,
  type RoundingProblem,
} from './rounding';

/** Types of the given sizes with consecutive rows; quotas are irrelevant to rounding. */
function instanceOf(sizes: number[]): Instance {
  let row = 0;
  const types = sizes.map((n) => ({
    quotaIndex: [],
    members: Array.from({ length: n }, () => row++),
    household: undefined,
  }));
  return {
    panelSize: 0,
    quotas: [],
    categories: [],
    types,
    typeOf: types.flatMap((t, i) => t.members.map(() => i)),
    respondentCount: row,
    households: [],
  };
}

const problemArbitrary = fc
  .record({
    sizes: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 2, maxLength: 5 }),
    weights: fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 8 }),
    panelCount: fc.integer({ min: 1, max: 40 }),
    seed: fc.integer(),
  })
  .map(({ sizes, weights, panelCount, seed }) => {
    const total = weights.reduce((a, b) => a + b, 0);
    let state = seed;
    const next = () => (state = (state * 1103515245 + 12345) & 0x7fffffff);
    const compositions = weights.map(() => sizes.map((n) => next() % (n + 1)));
    const probabilities = weights.map((w) => w / total);
    const typeProbabilities = sizes.map((n, t) =>
      compositions.reduce((sum, counts, i) => sum + (probabilities[i]! * counts[t]!) / n, 0),
    );
    return { sizes, compositions, probabilities, typeProbabilities, panelCount };
  });

const toProblem = (p: {
  sizes: number[];
  compositions: number[][];
  probabilities: number[];
  typeProbabilities: number[];
  panelCount: number;
}): RoundingProblem => ({
  targets: p.probabilities.map((x) => x * p.panelCount),
  compositions: p.compositions,
  typeSizes: p.sizes,
  memberTargets: p.typeProbabilities.map((x) => x * p.panelCount),
  panelCount: p.panelCount,
});

describe('rounding to M panels', () => {
  it('largest remainder gives M slots, each within one of λ·M (property)', () => {
    fc.assert(
      fc.property(problemArbitrary, (p) => {
        const problem = toProblem(p);
        const slots = largestRemainderSlots(problem);
        expect(areValidSlots(problem, slots)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every composition and rotates members within a type (property)', () => {
    fc.assert(
      fc.property(problemArbitrary, (p) => {
        const instance = instanceOf(p.sizes);
        const problem = toProblem(p);
        const slots = largestRemainderSlots(problem);
        const panels = panelsFromSlots(instance, p.compositions, slots);
        expect(panels).toHaveLength(p.panelCount);
        // Panel j has the composition of the slot it came from.
        const expected = p.compositions.flatMap((counts, i) =>
          new Array<number[]>(slots[i]!).fill(counts),
        );
        panels.forEach((panel, j) => {
          const counts = p.sizes.map(() => 0);
          for (const row of panel) counts[instance.typeOf[row]!]!++;
          expect(counts).toEqual(expected[j]);
          expect([...panel].sort((a, b) => a - b)).toEqual(panel);
        });
        // Members of one type appear a number of times differing by at most one.
        instance.types.forEach((type) => {
          const appearances = type.members.map(
            (row) => panels.filter((panel) => panel.includes(row)).length,
          );
          expect(Math.max(...appearances) - Math.min(...appearances)).toBeLessThanOrEqual(1);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('takes a valid ILP answer only when it is no worse, and otherwise keeps largest remainder', () => {
    // One type of one member; compositions seat it or not, at λ = 0.45 / 0.55 over M = 2.
    const instance = instanceOf([1]);
    const distribution = {
      panels: [
        { counts: [1], probability: 0.45 },
        { counts: [0], probability: 0.55 },
      ],
      typeProbabilities: [0.45],
      rounds: 1,
      columns: 2,
      complete: true,
      closedRounds: [],
      bounds: { lower: 0.45, upper: 0.45 },
    };
    const fallback = roundToPanels(instance, distribution, 2, () => [3, -1]);
    expect(fallback.method).toBe('largest-remainder');
    expect(fallback.panels).toEqual([[0], []]);
    const chosen = roundToPanels(instance, distribution, 2, () => [1, 1]);
    expect(chosen.method).toBe('ilp');
    // An answer with a larger deviation than largest remainder is refused.
    const worse = roundToPanels(instance, distribution, 2, () => [0, 2]);
    expect(worse.method).toBe('largest-remainder');
    expect(worse.deviation).toBeCloseTo(
      slotDeviation(
        {
          targets: [0.9, 1.1],
          compositions: [[1], [0]],
          typeSizes: [1],
          memberTargets: [0.9],
          panelCount: 2,
        },
        [1, 1],
      ),
      12,
    );
  });
});
