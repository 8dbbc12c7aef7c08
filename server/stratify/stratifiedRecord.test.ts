import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalize } from '../../shared/crypto/jcs';
import { verifyStratified } from '../../shared/stratify/verifyStratified';
import { recordOfLottery } from '../testing/recordOfLottery';
import { stratify } from './stratify';

const bytes = (text: string) => new TextEncoder().encode(text);
const quotas = 'category,feature,min,max\ngender,f,2,3\ngender,m,2,3\nage,young,1,3\nage,old,1,3\n';
const people = [
  'f,young',
  'f,young',
  'f,old',
  'f,old',
  'm,young',
  'm,old',
  'm,old',
  'm,young',
  'f,old',
  'm,old',
];
const respondentsCsv = `id,gender,age\n${people.map((p, i) => `P${String(i).padStart(2, '0')},${p}`).join('\n')}\n`;

async function genuine() {
  const lottery = await stratify({
    quotas: { bytes: bytes(quotas), file: 'q.csv' },
    respondents: { bytes: bytes(respondentsCsv), file: 'r.csv' },
    panelSize: 4,
    panelCount: 40,
    algorithm: 'leximin',
    seed: 's',
    naiveRuns: 0,
  });
  return recordOfLottery({
    lottery,
    featuresOf: (_id, row) => {
      const [gender, age] = people[row]!.split(',');
      return { gender: gender!, age: age! };
    },
    panelSize: 4,
    publicValue: { label: 'loto 2026-11-22', value: '7 12 23 31 44' },
  });
}

describe('kleroterion-stratified/1', () => {
  it('draws a committed panel that verifies, with alternates of the same type', async () => {
    const { record, table, panels } = await genuine();
    const report = verifyStratified(JSON.parse(canonicalize(record)), { table });
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    expect(report.checks.map((c) => c.name)).toEqual(
      expect.arrayContaining([
        'commitment-hash',
        'seed',
        'panel-index',
        'panel-proof',
        'member-features',
        'panel-quotas',
        'alternates',
        'alternates-draw',
      ]),
    );
    expect(record.members.map((m) => m.id)).toEqual([...panels[record.panelIndex]!].sort());
    for (const [s, entry] of record.alternates.entries())
      for (const r of entry.replacements) expect(r.features).toEqual(record.members[s]!.features);
  });

  it('fails on any tampering of any field (property)', async () => {
    const { record, table } = await genuine();
    const leaves: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]) => {
      if (value === null || typeof value !== 'object') leaves.push(path);
      else
        for (const [k, v] of Array.isArray(value) ? value.entries() : Object.entries(value))
          walk(v, [...path, k]);
    };
    walk(record, []);
    fc.assert(
      fc.property(fc.nat({ max: leaves.length - 1 }), (i) => {
        const copy = structuredClone(record) as unknown as Record<string | number, unknown>;
        let parent = copy;
        const path = leaves[i]!;
        for (const key of path.slice(0, -1))
          parent = parent[key] as Record<string | number, unknown>;
        const last = path[path.length - 1]!;
        const value = parent[last];
        parent[last] =
          typeof value === 'number'
            ? value + 1
            : typeof value === 'string'
              ? `${value}x`
              : typeof value === 'boolean'
                ? !value
                : 'x';
        expect(verifyStratified(copy, { table }).ok, path.join('.')).toBe(false);
      }),
      { numRuns: 300, seed: 5 },
    );
  });
});
