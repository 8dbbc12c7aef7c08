import { describe, expect, it } from 'vitest';
import { canonicalize, isCanonicalText } from './jcs';

describe('isCanonicalText', () => {
  const value = { b: [1, 2], a: 'é' };
  const canonical = canonicalize(value);

  it('accepts the canonical form, with or without one final LF', () => {
    expect(canonical).toBe('{"a":"é","b":[1,2]}');
    expect(isCanonicalText(canonical, value)).toBe(true);
    expect(isCanonicalText(`${canonical}\n`, value)).toBe(true);
  });

  it('refuses any other bytes of the same value', () => {
    expect(isCanonicalText(`${canonical}\n\n`, value)).toBe(false);
    expect(isCanonicalText(`${canonical}\r\n`, value)).toBe(false);
    expect(isCanonicalText(JSON.stringify(value), value)).toBe(false);
    expect(isCanonicalText(JSON.stringify(value, null, 2), value)).toBe(false);
  });

  it('refuses a value with no JSON form instead of throwing', () => {
    expect(isCanonicalText('', undefined)).toBe(false);
  });
});
