import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../errors';
import { buildInstance } from './instance';
import { parseQuotaRows } from './quotas';
import { parseRespondentRows } from './respondents';

const split = (text: string) =>
  text
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split(','));
const failure = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
};

describe('quotas and respondents', () => {
  it('reads both quota layouts, the Sortition Foundation one with its flexible bounds', () => {
    const replication = parseQuotaRows(split('category,feature,min,max\ngender,f,1,2'), 'q.csv');
    const foundation = parseQuotaRows(
      split('feature,value,min,max,min_flex,max_flex\ngender,f,1,2,0,3'),
      'q.csv',
    );
    expect(foundation).toEqual(replication);
  });

  it('names the file, line and field of a bad quota', () => {
    expect(failure(() => parseQuotaRows(split('a,b,c\n'), 'q.csv'))).toMatchObject({
      code: ErrorCode.CsvInvalid,
      details: { line: 1 },
    });
    expect(
      failure(() => parseQuotaRows(split('category,feature,min,max\ngender,f,3,2'), 'q.csv')),
    ).toMatchObject({
      details: { file: 'q.csv', line: 2, field: 'min' },
    });
    expect(
      failure(() => parseQuotaRows(split('category,feature,min,max\ngender,f,x,2'), 'q.csv')),
    ).toMatchObject({ details: { field: 'min' } });
    expect(
      failure(() =>
        parseQuotaRows(split('category,feature,min,max\ngender,f,1,2\ngender,f,0,1'), 'q.csv'),
      ),
    ).toMatchObject({
      details: { line: 3 },
    });
  });

  it('names respondents whose features the quotas do not know, duplicates and missing columns', () => {
    const quotas = parseQuotaRows(
      split('category,feature,min,max\ngender,f,0,1\ngender,m,0,1'),
      'q.csv',
    );
    expect(
      failure(() => parseRespondentRows(split('id,gender\nA,f\nB,x'), quotas, 'r.csv')),
    ).toMatchObject({
      details: { file: 'r.csv', line: 3, field: 'gender' },
    });
    expect(
      failure(() => parseRespondentRows(split('id,gender\nA,f\nA,m'), quotas, 'r.csv')),
    ).toMatchObject({
      details: { line: 3, otherLines: [2] },
    });
    expect(failure(() => parseRespondentRows(split('id,age\nA,f'), quotas, 'r.csv'))).toMatchObject(
      { details: { field: 'gender' } },
    );
  });

  it('groups interchangeable respondents into types', () => {
    const quotas = parseQuotaRows(
      split('category,feature,min,max\ng,f,0,2\ng,m,0,2\na,y,0,2\na,o,0,2'),
      'q.csv',
    );
    const respondents = parseRespondentRows(split('g,a\nf,y\nm,o\nf,y\nm,y'), quotas, 'r.csv');
    const instance = buildInstance(quotas, respondents, 2);
    expect(instance.types.map((t) => t.members)).toEqual([[0, 2], [1], [3]]);
    expect(() => buildInstance(quotas, respondents, 5)).toThrow(/panel size/);
  });
});
