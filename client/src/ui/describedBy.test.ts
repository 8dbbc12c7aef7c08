import { describe, expect, it } from 'vitest';
import { describedBy } from './describedBy';

describe('describedBy', () => {
  it('joins the ids present and leaves out false, empty and missing ones', () => {
    expect(describedBy('a-hint', false, undefined, '', 'a-count')).toBe('a-hint a-count');
  });
  it('is undefined when no id is present, so that no empty attribute is written', () => {
    expect(describedBy(false, undefined, '')).toBeUndefined();
  });
});
