import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ballotSchema, checkRevealedBallots, sealBallot, type BallotContent } from './ballot';
import { DEFAULT_SCALE, MAJORITY_GRADES } from '../scoring/gradingScale';

const criteria = ['general-interest', 'impact', 'quality', 'openness', 'support-value'];
const ballotArb = fc.record({
  dossierId: fc.constantFrom('AIC-2026-001', 'AIC-2026-002'),
  round: fc.constantFrom(1, 2),
  grades: fc
    .tuple(...criteria.map(() => fc.constantFrom(...MAJORITY_GRADES, 'abstain')))
    .map((grades) => Object.fromEntries(criteria.map((id, i) => [id, grades[i] as string]))),
  nonce: fc
    .uint8Array({ minLength: 16, maxLength: 16 })
    .map((bytes) => Buffer.from(bytes).toString('hex')),
});

describe('sealed ballots', () => {
  it('accepts revealed ballots that match their seals, in any order (property)', () => {
    fc.assert(
      fc.property(fc.array(ballotArb, { minLength: 1, maxLength: 15 }), (ballots) => {
        const seals = ballots.map(sealBallot).sort();
        expect(checkRevealedBallots(seals, [...ballots].reverse())).toEqual([]);
      }),
    );
  });

  it('catches any changed grade, a dropped ballot or an extra one (property)', () => {
    fc.assert(
      fc.property(
        fc.array(ballotArb, { minLength: 2, maxLength: 15 }),
        fc.nat(),
        (ballots, pick) => {
          const seals = ballots.map(sealBallot);
          const i = pick % ballots.length;
          const target = ballots[i] as BallotContent;
          const criterion = criteria[pick % criteria.length] as string;
          const changedGrade = target.grades[criterion] === 'excellent' ? 'bien' : 'excellent';
          const altered = ballots.map((ballot, j) =>
            j === i
              ? { ...ballot, grades: { ...ballot.grades, [criterion]: changedGrade } }
              : ballot,
          );
          expect(checkRevealedBallots(seals, altered)).not.toEqual([]);
          expect(checkRevealedBallots(seals, ballots.slice(1))).not.toEqual([]);
          expect(checkRevealedBallots(seals, [...ballots, target])).not.toEqual([]);
        },
      ),
    );
  });

  it('validates ballots against the scale and the criteria', () => {
    const schema = ballotSchema(DEFAULT_SCALE, criteria);
    const good = {
      dossierId: 'AIC-2026-001',
      round: 1,
      grades: Object.fromEntries(criteria.map((id) => [id, 'bien'])),
      nonce: 'ab'.repeat(16),
    };
    expect(schema.safeParse(good).success).toBe(true);
    expect(
      schema.safeParse({ ...good, grades: { ...good.grades, quality: 'génial' } }).success,
    ).toBe(false);
    expect(schema.safeParse({ ...good, grades: { ...good.grades, extra: 'bien' } }).success).toBe(
      false,
    );
    const { quality: _dropped, ...missing } = good.grades;
    expect(schema.safeParse({ ...good, grades: missing }).success).toBe(false);
    expect(schema.safeParse({ ...good, nonce: 'short' }).success).toBe(false);
    expect(schema.safeParse({ ...good, round: 3 }).success).toBe(false);
    expect(
      schema.safeParse({ ...good, grades: { ...good.grades, quality: 'abstain' } }).success,
    ).toBe(true);
  });
});
