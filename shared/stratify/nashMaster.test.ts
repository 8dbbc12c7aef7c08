import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { solveNashMaster } from './nashMaster';

describe('solveNashMaster', () => {
  it('finds the closed-form optimum: weights n_t on disjoint panels give λ_t = n_t / N', () => {
    const { lambda, objective } = solveNashMaster({
      typeWeights: [1, 3],
      columns: [[{ type: 0, value: 1 }], [{ type: 1, value: 1 }]],
      accuracy: 1e-12,
    });
    expect(lambda[0]).toBeCloseTo(0.25, 9);
    expect(lambda[1]).toBeCloseTo(0.75, 9);
    expect(objective).toBeCloseTo(Math.log(0.25) + 3 * Math.log(0.75), 9);
  });

  it('meets the optimality condition: no column’s gradient Σ n_t a_t / π_t exceeds N (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((T) =>
          fc.record({
            weights: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: T, maxLength: T }),
            columns: fc.array(
              fc.array(fc.integer({ min: 0, max: 3 }), { minLength: T, maxLength: T }),
              { minLength: 1, maxLength: 8 },
            ),
          }),
        ),
        ({ weights, columns }) => {
          const T = weights.length;
          // Every type on some panel: add one panel holding them all.
          const all = [...columns, new Array<number>(T).fill(1)];
          const entries = all.map((counts) =>
            counts.flatMap((c, t) => (c > 0 ? [{ type: t, value: c / 4 }] : [])),
          );
          const N = weights.reduce((sum, w) => sum + w, 0);
          const solved = solveNashMaster({
            typeWeights: weights,
            columns: entries,
            accuracy: 1e-10 * N,
          });
          expect(solved.lambda.reduce((sum, l) => sum + l, 0)).toBeCloseTo(1, 12);
          for (const l of solved.lambda) expect(l).toBeGreaterThanOrEqual(0);
          const gradients = entries.map((column) =>
            column.reduce(
              (sum, e) => sum + (weights[e.type]! * e.value) / solved.probabilities[e.type]!,
              0,
            ),
          );
          expect(Math.max(...gradients)).toBeLessThanOrEqual(N * (1 + 1e-6));
        },
      ),
      { numRuns: 200, seed: 5 },
    );
  });

  it('refuses a type of positive weight that no panel holds, and an empty master', () => {
    expect(() =>
      solveNashMaster({ typeWeights: [1, 1], columns: [[{ type: 0, value: 1 }]], accuracy: 1e-9 }),
    ).toThrow(/type 1 has weight but sits on no panel/);
    expect(() => solveNashMaster({ typeWeights: [1], columns: [], accuracy: 1e-9 })).toThrow(
      RangeError,
    );
  });
});
