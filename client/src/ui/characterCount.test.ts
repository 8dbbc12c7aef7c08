import { describe, expect, it } from 'vitest';
import { characterCountState } from './characterCount';

describe('characterCountState', () => {
  it('is short below the minimum, ok within the limits and over past the maximum', () => {
    expect(characterCountState(2, [3, 10])).toEqual({
      state: 'short',
      values: { count: 2, min: 3, max: 10 },
    });
    expect(characterCountState(3, [3, 10]).state).toBe('ok');
    expect(characterCountState(10, [3, 10]).state).toBe('ok');
    expect(characterCountState(13, [3, 10])).toEqual({
      state: 'over',
      values: { count: 13, max: 10, excess: 3 },
    });
  });
});
