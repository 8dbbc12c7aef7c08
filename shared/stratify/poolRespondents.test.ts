import { describe, expect, it } from 'vitest';
import { KleroterionError } from '../errors';
import { poolRespondents, type PoolVolunteer } from './poolRespondents';
import type { Quota } from './quotas';

const quotas: Quota[] = [
  { category: 'genre', feature: 'f', min: 1, max: 2 },
  { category: 'genre', feature: 'm', min: 1, max: 2 },
  { category: 'age', feature: 'jeune', min: 0, max: 2 },
  { category: 'age', feature: 'senior', min: 0, max: 3 },
];
const lines = [2, 3, 4, 5];
const volunteers: PoolVolunteer[] = [
  { id: 'ZZZZZZZZZ1', line: 2, attributes: { Genre: 'f', age: 'jeune', region: 'x' } },
  { id: 'AAAAAAAAA1', line: 3, attributes: { Genre: 'm', age: 'senior', region: 'y' } },
];

function failure(run: () => unknown): KleroterionError {
  try {
    run();
  } catch (error) {
    if (error instanceof KleroterionError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('poolRespondents', () => {
  it('keeps the quota categories only, keyed by category, in UTF-8 id order', () => {
    const respondents = poolRespondents(
      quotas,
      lines,
      'q.csv',
      ['Genre', 'age', 'region'],
      volunteers,
    );
    expect(respondents).toEqual([
      { row: 0, id: 'AAAAAAAAA1', features: { genre: 'm', age: 'senior' }, household: undefined },
      { row: 1, id: 'ZZZZZZZZZ1', features: { genre: 'f', age: 'jeune' }, household: undefined },
    ]);
  });

  it('names the quotas line and category missing from the pool', () => {
    const error = failure(() => poolRespondents(quotas, lines, 'q.csv', ['Genre'], volunteers));
    expect(error.code).toBe('CSV_INVALID');
    expect(error.details).toMatchObject({ file: 'q.csv', line: 4, field: 'age' });
    expect(error.details.problems?.[0]?.code).toBe('UNKNOWN_CATEGORY');
  });

  it('names a pool value that no quota lists, with how many volunteers have it', () => {
    const error = failure(() =>
      poolRespondents(quotas.slice(0, 3), lines, 'q.csv', ['Genre', 'age'], volunteers),
    );
    expect(error.details).toMatchObject({ file: 'q.csv', line: 4, field: 'age' });
    expect(error.details.problems?.[0]?.code).toBe('FEATURE_NOT_IN_QUOTAS');
    expect(error.message).toContain('"senior"');
    expect(error.message).toContain('line 3 of the volunteers file');
  });
});
