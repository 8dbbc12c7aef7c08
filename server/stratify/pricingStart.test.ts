// The pricing MIP with a first incumbent (the best panel the local search met): the incumbent may only
// change the time taken, never the optimum, since every round's closing proof rests on that optimum.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildInstance, isValidComposition } from '../../shared/stratify/instance';
import { parseQuotaRows } from '../../shared/stratify/quotas';
import { parseRespondentRows } from '../../shared/stratify/respondents';
import { improveBySwaps } from '../../shared/stratify/swapSearch';
import { createHighsBackend } from './highsBackend';

const french = fileURLToPath(new URL('../../fixtures/stratify/french-1500/', import.meta.url));
const rows = (file: string) =>
  parse(readFileSync(file), { bom: true, skip_empty_lines: true }) as string[][];

describe('pricing MIP with a first incumbent', () => {
  it('finds the same optimum with or without the local search’s panel, never below it (property)', async () => {
    const quotas = parseQuotaRows(rows(`${french}quotas-15.csv`), 'quotas-15.csv');
    const respondents = parseRespondentRows(
      rows(`${french}respondents.csv`),
      quotas,
      'respondents.csv',
    );
    const instance = buildInstance(quotas, respondents, 15);
    const T = instance.types.length;
    const backend = await createHighsBackend(instance);
    const withStart = backend.pricing();
    const without = backend.pricing();
    const first = without.best(new Array<number>(T).fill(0))!;
    // Sparse weights, as the master's duals are: most types at zero, a few positive.
    const weights = fc
      .array(fc.tuple(fc.nat(T - 1), fc.double({ min: 1e-4, max: 1, noNaN: true })), {
        minLength: 1,
        maxLength: 60,
      })
      .map((entries) => {
        const w = new Array<number>(T).fill(0);
        for (const [t, value] of entries) w[t] = value;
        return w;
      });
    fc.assert(
      fc.property(weights, (w) => {
        const start = improveBySwaps(instance, w, first.counts);
        const hinted = withStart.best(w, start.counts)!;
        const plain = without.best(w)!;
        expect(isValidComposition(instance, hinted.counts)).toBe(true);
        expect(hinted.value).toBeGreaterThanOrEqual(start.value - 1e-12);
        expect(Math.abs(hinted.value - plain.value)).toBeLessThanOrEqual(
          1e-9 * Math.max(1, plain.value),
        );
      }),
      { numRuns: 15, seed: 17 },
    );
  });
});
