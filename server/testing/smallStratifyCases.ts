// Small random stratification cases for the brute-force tests of LEXIMIN and Nash welfare: people with
// two attributes and optional homes, quotas around a panel that exists (or shifted from it, for the
// infeasible cases), every valid panel enumerated, and the solver run on a case.

import fc from 'fast-check';
import { parseQuotaRows, type Quota } from '../../shared/stratify/quotas';
import { parseRespondentRows, type Respondent } from '../../shared/stratify/respondents';
import { stratify } from '../stratify/stratify';

export interface Case {
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

export function parse(c: Case): { quotas: Quota[]; respondents: Respondent[] } {
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
export function allPanels(quotas: Quota[], respondents: Respondent[], k: number): number[][] {
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

/** People with two attributes and optional homes; quotas around a real panel, or shifted from it. */
export const caseArbitrary = (feasible: boolean, maxPeople: number) =>
  fc
    .record({
      people: fc.array(
        fc.record({
          a: fc.constantFrom('x', 'y', 'z'),
          b: fc.constantFrom('p', 'q'),
          home: fc.integer({ min: 0, max: maxPeople - 3 }),
        }),
        { minLength: 3, maxLength: maxPeople },
      ),
      k: fc.integer({ min: 1, max: maxPeople - 1 }),
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

/** The solver on a case: M = 20 panels, seed "brute", no naive simulation. */
export const solveCase = (c: Case, algorithm: 'leximin' | 'maximin' | 'nash') =>
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
