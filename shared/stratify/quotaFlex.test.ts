import { describe, expect, it } from 'vitest';
import { ErrorCode, type KleroterionError } from '../errors';
import { FlexProblem, parseQuotaFlex } from './quotaFlex';
import { parseQuotaRows } from './quotas';

const split = (text: string) => text.split('\n').map((line) => line.split(','));
const parse = (text: string) => {
  const rows = split(text);
  return parseQuotaFlex(rows, parseQuotaRows(rows, 'q.csv'), 'q.csv');
};
const failure = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error as KleroterionError;
  }
  throw new Error('expected a failure');
};

describe('flexible bounds (min_flex, max_flex)', () => {
  it('are absent from a file without their columns', () => {
    expect(parse('category,feature,min,max\ng,f,1,2')).toBeUndefined();
  });

  it('are read one per quota, an empty cell meaning no limit, blank rows skipped', () => {
    expect(
      parse('feature,value,min,max,min_flex,max_flex\ng,f,2,3,1,5\n\ng,m,1,2,,\ng,x,0,1,0,'),
    ).toEqual([
      { minFlex: 1, maxFlex: 5 },
      { minFlex: 0, maxFlex: undefined },
      { minFlex: 0, maxFlex: undefined },
    ]);
    // Either column alone, in any position, in any case.
    expect(parse('category,feature,min,max,MAX_FLEX\ng,f,2,3,4')).toEqual([
      { minFlex: 0, maxFlex: 4 },
    ]);
  });

  it('refuse a flex outside sense, naming file, line, column and a stable code, every problem listed', () => {
    const error = failure(() =>
      parse('feature,value,min,max,min_flex,max_flex\ng,f,2,3,1,5\ng,m,1,2,2,1\ng,x,0,1,a,'),
    );
    expect(error.code).toBe(ErrorCode.CsvInvalid);
    expect(error.details).toMatchObject({ file: 'q.csv', line: 3, column: 5, field: 'min_flex' });
    expect(error.message).toMatch(/q\.csv, line 3, column 5 \(min_flex\).*MIN_FLEX_ABOVE_MIN/);
    expect(error.details.problems).toEqual([
      expect.objectContaining({ line: 3, column: 5, code: FlexProblem.MinFlexAboveMin }),
      expect.objectContaining({ line: 3, column: 6, code: FlexProblem.MaxFlexBelowMax }),
      expect.objectContaining({ line: 4, column: 5, code: FlexProblem.NotWhole }),
    ]);
    expect(error.details.total).toBe(3);
    expect(
      failure(() => parse('feature,value,min,max,min_flex,max_flex\ng,f,2,3,-1,5')).details,
    ).toMatchObject({ line: 2, field: 'min_flex', problems: [{ code: 'FLEX_NOT_WHOLE' }] });
  });
});
