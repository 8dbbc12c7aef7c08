import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareCounts, countsOf, majorityGradeOfCounts } from './majorityJudgment';
import { shortlist as shortlistWith, type Candidate } from './shortlist';

const BIEN = 4;
const candidate = (dossierId: string, profile: number[], eligibleJurors = 15): Candidate => ({
  dossierId,
  counts: countsOf(profile),
  eligibleJurors,
});
const majority = { compare: (a: Candidate, b: Candidate) => compareCounts(a.counts, b.counts) };
const shortlist = (
  candidates: Candidate[],
  options: { quorum: number; floor: number; max: number },
) =>
  shortlistWith(candidates, {
    ...options,
    ...majority,
    meetsFloor: (c) => majorityGradeOfCounts(c.counts) >= options.floor,
  });

describe('shortlist', () => {
  it('keeps dossiers at or above the floor, ranked, at most max, and flags quorum failures', () => {
    const result = shortlist(
      [
        candidate('A', [5, 5, 5]),
        candidate('B', [4, 4, 3]),
        candidate('C', [3, 3, 3]),
        candidate('D', [6, 6, 6], 5),
      ],
      { quorum: 8, floor: BIEN, max: 10 },
    );
    expect(result.belowQuorum).toEqual(['D']);
    expect(result.belowFloor).toEqual(['C']);
    expect(result.shortlist).toEqual(['A', 'B']);
    expect(result.ranking.map((r) => [r.dossierId, r.rank])).toEqual([
      ['A', 1],
      ['B', 2],
      ['C', 3],
    ]);
  });

  it('stops before a tie that straddles the cut, and flags it', () => {
    const result = shortlist(
      [
        candidate('A', [6, 6, 6]),
        candidate('B', [5, 5, 5]),
        candidate('C', [5, 5, 5]),
        candidate('D', [4, 4, 4]),
      ],
      { quorum: 1, floor: BIEN, max: 2 },
    );
    expect(result.shortlist).toEqual(['A']);
    expect(result.tieAtCut).toEqual(['B', 'C']);
    expect(result.placesAtCut).toBe(1);
    expect(result.ranking.find((r) => r.dossierId === 'B')!.tiedWith).toEqual(['C']);
  });

  const pool = fc.array(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 6 }),
      grades: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 12 }),
    }),
    { maxLength: 25 },
  );

  it('never exceeds the maximum, never takes a dossier below the floor, and ignores input order (property)', () => {
    fc.assert(
      fc.property(pool, fc.integer({ min: 1, max: 10 }), (entries, max) => {
        const unique = [...new Map(entries.map((e) => [e.id, e])).values()];
        const candidates = unique.map((e) => candidate(e.id, e.grades));
        const result = shortlist(candidates, { quorum: 1, floor: BIEN, max });
        const reversed = shortlist([...candidates].reverse(), { quorum: 1, floor: BIEN, max });
        expect(result.shortlist.length).toBeLessThanOrEqual(max);
        expect(reversed.shortlist).toEqual(result.shortlist);
        expect(reversed.tieAtCut).toEqual(result.tieAtCut);
        for (const id of result.shortlist)
          expect(
            majorityGradeOfCounts(candidates.find((c) => c.dossierId === id)!.counts),
          ).toBeGreaterThanOrEqual(BIEN);
        // A flagged tie is never half-admitted.
        for (const id of result.tieAtCut) expect(result.shortlist).not.toContain(id);
      }),
    );
  });
});
