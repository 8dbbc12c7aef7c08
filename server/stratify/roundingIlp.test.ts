import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Instance } from '../../shared/stratify/instance';
import {
  areValidSlots,
  floorSlots,
  largestRemainderSlots,
  slotDeviation,
  type RoundingProblem,
} from '../../shared/stratify/rounding';
import { createHighsBackend } from './highsBackend';

// The ILP's answer is compared with the best of every valid choice of slots, found by enumeration.
function bestByEnumeration(problem: RoundingProblem): number {
  const floors = floorSlots(problem);
  const fractional = problem.targets.flatMap((x, i) => (x - floors[i]! > 1e-9 ? [i] : []));
  let best = Infinity;
  for (let mask = 0; mask < 1 << fractional.length; mask++) {
    const slots = [...floors];
    fractional.forEach((i, bit) => {
      if (mask & (1 << bit)) slots[i]!++;
    });
    if (areValidSlots(problem, slots)) best = Math.min(best, slotDeviation(problem, slots));
  }
  return best;
}

/** Rounding does not look at the quotas: an instance without types is enough to load the backend. */
const emptyInstance: Instance = {
  panelSize: 1,
  quotas: [],
  categories: [],
  types: [],
  typeOf: [],
  respondentCount: 0,
  households: [],
};

describe('ILP rounding on HiGHS', () => {
  it('finds the rounding of least deviation, never worse than largest remainder (property)', async () => {
    const backend = await createHighsBackend(emptyInstance, { roundingTimeLimitSeconds: 10 });
    let strictlyBetter = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 2, maxLength: 5 }),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 3, maxLength: 10 }),
        fc.integer({ min: 3, max: 30 }),
        fc.array(fc.nat(), { minLength: 50, maxLength: 50 }),
        async (sizes, weights, panelCount, noise) => {
          const total = weights.reduce((a, b) => a + b, 0);
          const compositions = weights.map((_, i) =>
            sizes.map((n, t) => noise[(i * 7 + t) % noise.length]! % (n + 1)),
          );
          const targets = weights.map((w) => (w / total) * panelCount);
          const problem: RoundingProblem = {
            targets,
            compositions,
            typeSizes: sizes,
            memberTargets: sizes.map((n, t) =>
              compositions.reduce((sum, counts, i) => sum + (targets[i]! * counts[t]!) / n, 0),
            ),
            panelCount,
          };
          const start = largestRemainderSlots(problem);
          const slots = backend.roundSlots(problem, start);
          const optimum = bestByEnumeration(problem);
          if (slots === undefined) {
            // Nothing to choose: every target is whole, or all fractional ones go the same way.
            expect(slotDeviation(problem, start)).toBeCloseTo(optimum, 9);
            return;
          }
          expect(areValidSlots(problem, slots)).toBe(true);
          expect(slotDeviation(problem, slots)).toBeCloseTo(optimum, 6);
          expect(slotDeviation(problem, slots)).toBeLessThanOrEqual(
            slotDeviation(problem, start) + 1e-9,
          );
          if (slotDeviation(problem, slots) < slotDeviation(problem, start) - 1e-9)
            strictlyBetter++;
        },
      ),
      { numRuns: 60, seed: 20261123 },
    );
    // Largest remainder is not always optimal, so some cases must show the ILP doing better.
    expect(strictlyBetter).toBeGreaterThan(0);
  });
});
