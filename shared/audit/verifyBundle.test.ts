import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalize } from '../crypto/jcs';
import { utf8ToBytes } from '../crypto/bytes';
import { MAJORITY_GRADES } from '../scoring/gradingScale';
import { syntheticDeliberation } from '../testing/syntheticProcess';
import { buildBundle, type AuditBundle } from './bundle';
import { verifyBundle, verifyBundleBytes } from './verifyBundle';
import { decidePublish } from '../scoring/resultCommands';

/** Dossier d gets grade index (base + seat + criterion) mod spread, shifted by the dossier's strength. */
const scripted = (dossier: number, seat: number, criterion: string) =>
  MAJORITY_GRADES[Math.min(6, Math.max(0, 6 - dossier + ((seat + criterion.length) % 3) - 1))]!;

function genuine(options: Partial<Parameters<typeof syntheticDeliberation>[0]> = {}) {
  const { builder, seatSeals } = syntheticDeliberation({
    dossiers: 4,
    graded: 3,
    grade: scripted,
    ...options,
  });
  builder.then(decidePublish);
  const publish = builder.current.room?.rule.publishSeatGrades === true;
  return buildBundle(builder.current, builder.log, publish ? seatSeals : null);
}

describe('audit bundle verifier', () => {
  it('accepts a genuine bundle, every numbered check passing, from its canonical bytes', () => {
    const bundle = genuine({
      conflicts: [{ seat: 3, dossier: 1 }],
      absences: [{ seat: 5, dossier: 2 }],
    });
    const report = verifyBundleBytes(utf8ToBytes(canonicalize(bundle)));
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    const names = report.checks.map((c) => c.name);
    for (const name of [
      'bundle-file',
      'log-chain',
      'log-transitions',
      'grades',
      'results',
      'shortlist',
      'results-hash',
    ])
      expect(names).toContain(name);
    expect(report.checks.map((c) => c.number)).toEqual(report.checks.map((_, i) => i + 1));
    const results = bundle.results as { shortlist: string[]; notGraded: string[] };
    expect(results.notGraded).toEqual(['AIC-2026-004']);
    expect(bundle.participation[1]!.conflictedSeats).toEqual([3]);
    expect(bundle.participation[2]!.absent).toBe(1);
  });

  it('publishes seat links and z-scores only when the rule said so, and checks them', () => {
    const bundle = genuine({ rule: { publishSeatGrades: true } });
    expect(bundle.seatSeals).not.toBeNull();
    expect(bundle.zScore).not.toBeNull();
    expect(verifyBundle(bundle).ok).toBe(true);
    const swapped = structuredClone(bundle);
    const links = swapped.seatSeals![0]!.seals;
    links[0]!.seal = links[1]!.seal;
    const report = verifyBundle(swapped);
    expect(report.ok).toBe(false);
    expect(report.checks.find((c) => !c.ok)!.name).toBe('seat-links');
    // A repeated round standing in for a missing one is caught too.
    const repeated = structuredClone(bundle);
    repeated.seatSeals![1] = structuredClone(repeated.seatSeals![0]!);
    expect(verifyBundle(repeated).checks.find((c) => !c.ok)!.name).toBe('seat-links');
    const stripped = { ...bundle, seatSeals: null, zScore: null };
    expect(verifyBundle(stripped).checks.find((c) => !c.ok)!.name).toBe('seat-links');
  });

  it('rejects a pretty-printed or re-serialised file: every byte counts', () => {
    const bundle = genuine();
    const report = verifyBundleBytes(utf8ToBytes(JSON.stringify(bundle, null, 2)));
    expect(report.ok).toBe(false);
    expect(report.checks[0]!.name).toBe('bundle-file');
  });

  /** Every leaf of a JSON value, as a path of keys. */
  function leaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
    if (value === null || typeof value !== 'object') return [path];
    const entries = Array.isArray(value)
      ? value.map((v, i) => [i, v] as const)
      : Object.entries(value);
    return entries.flatMap(([key, child]) => leaves(child, [...path, key]));
  }
  function mutate(bundle: AuditBundle, path: (string | number)[]): AuditBundle {
    const copy = structuredClone(bundle) as unknown as Record<string | number, unknown>;
    let parent = copy;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    const last = path[path.length - 1]!;
    const value = parent[last];
    parent[last] =
      typeof value === 'number'
        ? value + 1
        : typeof value === 'boolean'
          ? !value
          : typeof value === 'string'
            ? value.length > 0
              ? (value[0] === 'a' ? 'b' : 'a') + value.slice(1)
              : 'x'
            : 0;
    return copy as unknown as AuditBundle;
  }

  const bundle = genuine({ conflicts: [{ seat: 2, dossier: 0 }] });
  const paths = leaves(bundle);

  it('rejects any single changed grade, event, hash or result field (property over every leaf)', () => {
    expect(paths.length).toBeGreaterThan(1000);
    fc.assert(
      fc.property(fc.nat({ max: paths.length - 1 }), (index) => {
        const report = verifyBundle(mutate(bundle, paths[index]!));
        expect(report.ok, paths[index]!.join('.')).toBe(false);
        expect(report.checks.some((c) => !c.ok)).toBe(true);
      }),
      { numRuns: 400, seed: 20261122 },
    );
  });

  it('rejects a changed grade count, result rank or shortlist, naming the section', () => {
    const grades = structuredClone(bundle);
    const counts = grades.grades[0]!.counts['impact']!;
    counts['bien'] = (counts['bien'] ?? 0) + 1;
    expect(verifyBundle(grades).checks.find((c) => !c.ok)!.name).toBe('grades');
    const ranked = structuredClone(bundle);
    (ranked.results as { dossiers: { rank: number }[] }).dossiers[0]!.rank = 2;
    const failed = verifyBundle(ranked).checks.find((c) => !c.ok)!;
    expect(failed.name).toBe('results');
    expect(failed.detail).toContain('results.dossiers[0].rank');
  });

  it('accepts every genuine bundle (property over random grades, conflicts and absences)', () => {
    const grade = fc.constantFrom(...MAJORITY_GRADES, 'abstain');
    fc.assert(
      fc.property(
        fc.array(grade, { minLength: 8 * 3 * 5, maxLength: 8 * 3 * 5 }),
        fc.array(
          fc.record({
            seat: fc.integer({ min: 1, max: 8 }),
            dossier: fc.integer({ min: 0, max: 2 }),
          }),
          { maxLength: 3 },
        ),
        fc.boolean(),
        (grades, absences, publishSeatGrades) => {
          const criteria = ['general-interest', 'impact', 'quality', 'openness', 'support-value'];
          const { builder, seatSeals } = syntheticDeliberation({
            seats: 8,
            dossiers: 3,
            rule: { quorum: 3, publishSeatGrades },
            absences,
            grade: (d, seat, c) => grades[(d * 8 + seat - 1) * 5 + criteria.indexOf(c)]!,
          });
          const bundle = buildBundle(
            builder.current,
            builder.log,
            publishSeatGrades ? seatSeals : null,
          );
          const report = verifyBundle(bundle);
          expect(report.checks.filter((c) => !c.ok)).toEqual([]);
        },
      ),
      { numRuns: 25, seed: 7 },
    );
  });
});
