import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import example from '../../fixtures/vectors/rfc3797-example.json';
import { ErrorCode } from '../errors';
import { parseRfc3797Source, rfc3797Key, rfc3797Select } from './rfc3797';

describe('RFC 3797', () => {
  const sources = example.sources.map((values) => ({ values: values.map(String), isFloat: false }));

  it('builds the worked example key string', () => {
    expect(rfc3797Key(sources)).toBe(example.key);
  });

  it('reproduces all 16 rows of the worked example', () => {
    const picks = rfc3797Select(example.key, example.pool.length, example.select);
    expect(picks).toHaveLength(16);
    picks.forEach((pick, i) => {
      const row = example.rows[i]!;
      expect(pick).toEqual({
        draw: row.draw,
        md5: row.md5,
        remaining: row.remaining,
        position: row.position,
      });
      expect(example.pool[pick.position - 1]).toBe(row.name);
    });
  });

  it('parses command-line sources, including the float form', () => {
    expect(parseRfc3797Source('2 5 12 8 10')).toEqual({
      values: ['2', '5', '12', '8', '10'],
      isFloat: false,
    });
    const float = parseRfc3797Source('float 3.14 2.5');
    expect(float.isFloat).toBe(true);
    expect(rfc3797Key([float])).toBe('2.53.14/');
  });

  it('writes non-integers without leading or trailing zeros and integers with a closing period, as the RFC does', () => {
    expect(rfc3797Key([parseRfc3797Source('float 1.50 007 0.250 2.0')])).toBe('0.251.52.7./');
    expect(rfc3797Key([parseRfc3797Source('007 10 0')])).toBe('0.7.10./');
  });

  it('rejects negative numbers, signs and junk with a typed error', () => {
    for (const bad of ['-3', '2 -5', '+4', '1e3', 'abc', 'float -0.5', 'float 1.', '', 'float']) {
      expect(() => parseRfc3797Source(bad, '--source 2')).toThrowError(
        expect.objectContaining({ code: ErrorCode.InvalidNumber }),
      );
    }
  });

  it('picks distinct positions within the pool (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 300 }), fc.nat(), (key, pool, k) => {
        const count = 1 + (k % pool);
        const picks = rfc3797Select(key, pool, count);
        const positions = picks.map((p) => p.position);
        expect(new Set(positions).size).toBe(count);
        for (const p of positions) expect(p >= 1 && p <= pool).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses to select more than the pool', () => {
    expect(() => rfc3797Select('1./', 3, 4)).toThrowError(
      expect.objectContaining({ code: ErrorCode.SeatsExceedPool }),
    );
  });
});
