import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  compareCounts,
  compareMajority,
  majorityGauge,
  majorityGrade,
  pooledProfile,
  weightedMean,
} from './majorityJudgment';

// Ranks on the 7-grade scale: 0 À rejeter, 1 Insuffisant, 2 Passable, 3 Assez bien, 4 Bien, 5 Très bien, 6 Excellent.
const [, INSUFFISANT, PASSABLE, ASSEZ_BIEN, BIEN, TRES_BIEN, EXCELLENT] = [
  0, 1, 2, 3, 4, 5, 6,
] as const;

describe('majority judgment', () => {
  it('takes the lower median', () => {
    expect(majorityGrade([BIEN, BIEN, PASSABLE, INSUFFISANT])).toBe(PASSABLE);
    expect(majorityGrade([EXCELLENT, PASSABLE, PASSABLE, PASSABLE])).toBe(PASSABLE);
    expect(majorityGrade([TRES_BIEN, BIEN, ASSEZ_BIEN])).toBe(BIEN);
    expect(() => majorityGrade([])).toThrow(RangeError);
  });

  it('(Bien, Bien, Passable, Insuffisant) beats (Excellent, Passable, Passable, Passable)', () => {
    // Both have majority grade Passable; removing one Passable leaves Bien against Passable.
    expect(
      compareMajority(
        [BIEN, BIEN, PASSABLE, INSUFFISANT],
        [EXCELLENT, PASSABLE, PASSABLE, PASSABLE],
      ),
    ).toBeGreaterThan(0);
    expect(
      compareMajority(
        [EXCELLENT, PASSABLE, PASSABLE, PASSABLE],
        [BIEN, BIEN, PASSABLE, INSUFFISANT],
      ),
    ).toBeLessThan(0);
  });

  it('breaks ties that need several rounds of removal', () => {
    // Medians agree three times (Bien each time) before Passable meets Assez bien on the fourth comparison.
    const a = [BIEN, BIEN, BIEN, TRES_BIEN, PASSABLE, EXCELLENT, INSUFFISANT];
    const b = [BIEN, BIEN, BIEN, ASSEZ_BIEN, TRES_BIEN, EXCELLENT, INSUFFISANT];
    expect(majorityGrade(a)).toBe(majorityGrade(b));
    expect(compareMajority(a, b)).toBeLessThan(0);
    expect(Math.sign(compareMajority(a, b))).toBe(-Math.sign(compareMajority(b, a)));
    expect(compareMajority([BIEN, BIEN, PASSABLE], [PASSABLE, BIEN, BIEN])).toBe(0);
  });

  it('explains a rank with the majority gauge', () => {
    expect(majorityGauge([BIEN, BIEN, PASSABLE, INSUFFISANT])).toEqual({
      alpha: PASSABLE,
      p: 0.5,
      q: 0.25,
      sign: '+',
    });
    expect(majorityGauge([EXCELLENT, PASSABLE, PASSABLE, PASSABLE])).toEqual({
      alpha: PASSABLE,
      p: 0.25,
      q: 0,
      sign: '+',
    });
  });

  it('pools criteria with integer weights, and computes the weighted mean with its spread', () => {
    expect(
      pooledProfile({ impact: [1, 2], quality: [3] }, { impact: 2, quality: 1 }).sort(),
    ).toEqual([1, 1, 2, 2, 3]);
    expect(() => pooledProfile({ impact: [1] }, { impact: 1.5 })).toThrow(RangeError);
    expect(weightedMean([2, 4])).toEqual({ mean: 3, spread: 1 });
  });

  const profile = fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 30 });

  it('does not depend on the order of the grades (property)', () => {
    fc.assert(
      fc.property(profile, profile, fc.nat(), (a, b, shift) => {
        const rotated = [...a.slice(shift % a.length), ...a.slice(0, shift % a.length)];
        expect(Math.sign(compareMajority(rotated, b))).toBe(Math.sign(compareMajority(a, b)));
        expect(majorityGrade(rotated)).toBe(majorityGrade(a));
      }),
    );
  });

  it('is antisymmetric and an identical profile ties (property)', () => {
    fc.assert(
      fc.property(profile, profile, (a, b) => {
        expect(Math.sign(compareMajority(a, b))).toBe(-Math.sign(compareMajority(b, a)) || 0);
        expect(compareMajority(a, [...a])).toBe(0);
      }),
    );
  });

  it('is transitive, profiles of different sizes included (property)', () => {
    fc.assert(
      fc.property(profile, profile, profile, (a, b, c) => {
        if (compareMajority(a, b) >= 0 && compareMajority(b, c) >= 0)
          expect(compareMajority(a, c)).toBeGreaterThanOrEqual(0);
        if (compareMajority(a, b) === 0 && compareMajority(b, c) === 0)
          expect(compareMajority(a, c)).toBe(0);
      }),
      { numRuns: 3000 },
    );
  });

  it('depends only on the shares of each grade: a repeated profile ties with the original (property)', () => {
    fc.assert(
      fc.property(profile, fc.integer({ min: 2, max: 4 }), (a, times) => {
        expect(compareMajority(a, Array.from({ length: times }, () => a).flat())).toBe(0);
      }),
    );
  });

  it('raising one grade that is at or below the majority grade never lowers a dossier (property)', () => {
    fc.assert(
      fc.property(profile, profile, fc.nat(), (a, b, pick) => {
        const i = pick % a.length;
        if ((a[i] as number) >= 6) return;
        const raised = a.map((grade, j) => (j === i ? grade + 1 : grade));
        expect(Math.sign(compareMajority(raised, b))).toBeGreaterThanOrEqual(
          Math.sign(compareMajority(a, b)),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('jumping over runs of equal medians gives the one-copy-at-a-time answer, weighted profiles included (property)', () => {
    // The reference removes one copy at a time from profiles scaled to a common size, as the rule reads.
    const reference = (a: number[], b: number[]): number => {
      const ta = a.reduce((s, c) => s + c, 0);
      const tb = b.reduce((s, c) => s + c, 0);
      const common = ta * tb;
      const x = a.map((c) => c * tb);
      const y = b.map((c) => c * ta);
      const at = (counts: number[], k: number) => {
        let seen = 0;
        for (let r = 0; r < counts.length; r++) if (k < (seen += counts[r]!)) return r;
        return -1;
      };
      for (let total = common; total > 0; total--) {
        const k = Math.floor((total - 1) / 2);
        const [mx, my] = [at(x, k), at(y, k)];
        if (mx !== my) return mx - my;
        x[mx]!--;
        y[my]!--;
      }
      return 0;
    };
    const counts = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 7, maxLength: 7 });
    fc.assert(
      fc.property(counts, counts, (a, b) => {
        if (a.every((c) => c === 0) || b.every((c) => c === 0)) return;
        expect(Math.sign(compareCounts(a, b))).toBe(Math.sign(reference(a, b)));
      }),
      { numRuns: 3000 },
    );
  });
});
