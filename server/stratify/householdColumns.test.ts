// The households rule over several address columns, on small random instances against brute force: the
// homes are drawn first, then written out with random case and spacing over two columns (street and
// postcode, where homes may share a street or a postcode but not both). No panel of the lottery, LEXIMIN
// or the naive draw, seats two people of one home; the MAXIMIN value equals the brute-force one over
// every panel of people from distinct homes; and the --check verifier refuses a panel seating two.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkPanelsAgainstRespondents } from '../../shared/stratify/checkPanels';
import { parseQuotaRows } from '../../shared/stratify/quotas';
import { parseRespondentRows } from '../../shared/stratify/respondents';
import { highsInstance } from './highsBackend';
import { stratify } from './stratify';

const STREETS = ['1 rue des Lilas', '2 Allée Verte'];
const POSTCODES = ['75 001', '69002', '13008'];
const QUOTA_FEATURES: [string, string][] = [
  ['a', 'x'],
  ['a', 'y'],
  ['b', 'p'],
  ['b', 'q'],
];

const spelled = (text: string, flips: readonly boolean[], spaces: number) =>
  `${' '.repeat(spaces % 2)}${[...text].map((c, i) => (flips[i % flips.length] ? c.toUpperCase() : c.toLowerCase())).join('')}${spaces > 1 ? ' ' : ''}`.replace(
    / /g,
    spaces === 3 ? '  ' : ' ',
  );

const caseArbitrary = fc
  .record({
    people: fc.array(
      fc.record({
        a: fc.constantFrom('x', 'y'),
        b: fc.constantFrom('p', 'q'),
        home: fc.integer({ min: 0, max: STREETS.length * POSTCODES.length - 1 }),
        flips: fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }),
        spaces: fc.integer({ min: 0, max: 3 }),
      }),
      { minLength: 3, maxLength: 9 },
    ),
    k: fc.integer({ min: 1, max: 4 }),
    slack: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 4, maxLength: 4 }),
  })
  .map(({ people, k: wanted, slack }) => {
    // Quotas around a panel from distinct homes, so that one exists.
    const panel: number[] = [];
    const homes = new Set<number>();
    for (let i = 0; i < people.length && panel.length < wanted; i++)
      if (!homes.has(people[i]!.home)) {
        panel.push(i);
        homes.add(people[i]!.home);
      }
    const bounds = QUOTA_FEATURES.map(([c, f], q) => {
      const count = panel.filter((i) => people[i]![c as 'a' | 'b'] === f).length;
      return [Math.max(0, count - slack[q]!), count + slack[q]!];
    });
    return {
      people,
      k: panel.length,
      quotas: `category,feature,min,max\n${QUOTA_FEATURES.map(([c, f], q) => `${c},${f},${bounds[q]![0]},${bounds[q]![1]}`).join('\n')}\n`,
      respondents: `id,a,b,street,postcode\n${people
        .map(
          (p, i) =>
            `P${i},${p.a},${p.b},${spelled(STREETS[p.home % STREETS.length]!, p.flips, p.spaces)},${spelled(POSTCODES[Math.floor(p.home / STREETS.length)]!, p.flips, p.spaces + 1)}`,
        )
        .join('\n')}\n`,
    };
  });

type Case = typeof caseArbitrary extends fc.Arbitrary<infer C> ? C : never;

/** Every panel of k people from distinct homes meeting the quotas, by enumeration. */
function allPanels(c: Case): number[][] {
  const quotas = parseQuotaRows(
    c.quotas
      .trim()
      .split('\n')
      .map((l) => l.split(',')),
    'q',
  );
  const n = c.people.length;
  const panels: number[][] = [];
  for (let mask = 0; mask < 1 << n; mask++) {
    const rows = c.people.flatMap((_, i) => ((mask >> i) & 1 ? [i] : []));
    if (rows.length !== c.k) continue;
    if (new Set(rows.map((i) => c.people[i]!.home)).size !== rows.length) continue;
    const meets = quotas.every((q) => {
      const count = rows.filter((i) => c.people[i]![q.category as 'a' | 'b'] === q.feature).length;
      return count >= q.min && count <= q.max;
    });
    if (meets) panels.push(rows);
  }
  return panels;
}

/** max z such that some distribution over the panels gives everyone at least z. */
async function bruteForceMaximin(panels: number[][], n: number): Promise<number> {
  const highs = await highsInstance();
  const share = (i: number) => {
    const terms = panels.flatMap((panel, p) => (panel.includes(i) ? [`l${p}`] : []));
    return terms.length === 0 ? '0 l0' : terms.join(' + ');
  };
  const text = [
    'Maximize',
    ' obj: z',
    'Subject To',
    ...Array.from({ length: n }, (_, i) => ` r${i}: ${share(i)} - z >= 0`),
    ` sum: ${panels.map((_, p) => `l${p}`).join(' + ')} = 1`,
    'End',
  ].join('\n');
  const solution = highs.solve(text, {});
  if (solution.Status !== 'Optimal') throw new Error(`brute force LP: ${solution.Status}`);
  return solution.ObjectiveValue;
}

const bytes = (text: string) => new TextEncoder().encode(text);
const solve = (c: Case, algorithm: 'leximin' | 'uniform') =>
  stratify({
    quotas: { bytes: bytes(c.quotas), file: 'q.csv' },
    respondents: { bytes: bytes(c.respondents), file: 'r.csv' },
    panelSize: c.k,
    panelCount: 20,
    algorithm,
    seed: 'households',
    naiveRuns: 0,
    householdColumns: ['street', 'postcode'],
  });

describe('households over several address columns (n ≤ 9, against brute force)', () => {
  it('no panel seats two people of one home, and the MAXIMIN value is the brute-force one (property)', async () => {
    await fc.assert(
      fc.asyncProperty(caseArbitrary, async (c) => {
        const panels = allPanels(c);
        expect(panels.length).toBeGreaterThan(0);
        const lottery = await solve(c, 'leximin');
        const naive = await solve(c, 'uniform');
        for (const panel of [...lottery.panels, ...naive.panels]) {
          const homes = panel.map((row) => c.people[row]!.home);
          expect(new Set(homes).size).toBe(homes.length);
        }
        expect(lottery.householdColumns).toEqual(['street', 'postcode']);
        expect(
          Math.abs(lottery.minProbability - (await bruteForceMaximin(panels, c.people.length))),
        ).toBeLessThanOrEqual(1e-6);
      }),
      { numRuns: 40, seed: 1717 },
    );
  });

  it('the verifier refuses a panel seating two people of one home (property)', async () => {
    await fc.assert(
      fc.asyncProperty(caseArbitrary, async (c) => {
        const lottery = await solve(c, 'leximin');
        const quotas = parseQuotaRows(
          c.quotas
            .trim()
            .split('\n')
            .map((l) => l.split(',')),
          'q',
        );
        const respondents = parseRespondentRows(
          c.respondents
            .trim()
            .split('\n')
            .map((l) => l.split(',')),
          quotas,
          'r',
          { householdColumns: ['street', 'postcode'] },
        );
        const columns = ['street', 'postcode'];
        const honest = checkPanelsAgainstRespondents(lottery.panels, quotas, respondents, columns);
        expect(honest.filter((check) => !check.ok)).toEqual([]);
        // Swap a member for a housemate off the panel, when there is one.
        const panel = lottery.panels[0]!;
        const swap = panel
          .flatMap((row) =>
            c.people.flatMap((p, other) =>
              p.home === c.people[row]!.home && other !== row && !panel.includes(other)
                ? [{ row, other }]
                : [],
            ),
          )
          .at(0);
        fc.pre(swap !== undefined && panel.length > 1);
        const tampered = [
          [...panel.filter((row) => row !== panel.find((r) => r !== swap!.row)), swap!.other].sort(
            (a, b) => a - b,
          ),
        ];
        const checks = checkPanelsAgainstRespondents(tampered, quotas, respondents, columns);
        expect(checks.find((check) => check.name === 'lottery-panel-households')?.ok).toBe(false);
      }),
      { numRuns: 40, seed: 1718 },
    );
  });
});
