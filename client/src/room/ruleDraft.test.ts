import { describe, expect, it } from 'vitest';
import { DEFAULT_CRITERIA } from '../../../shared/process/processEvents';
import { defaultRuleDraft, proposedQuorum } from './ruleDraft';

describe('the quorum the room-opening form proposes', () => {
  it('is a majority of the jury: 8 of 15, as the shared default, and reachable by a small jury', () => {
    expect(proposedQuorum(15)).toBe(8);
    expect(proposedQuorum(3)).toBe(2);
    expect(proposedQuorum(1)).toBe(1);
    for (let seats = 1; seats <= 200; seats++) {
      const quorum = proposedQuorum(seats)!;
      expect(quorum).toBeLessThanOrEqual(seats);
      expect(quorum * 2).toBeGreaterThan(seats);
    }
  });

  it('fills the form with it, and keeps the shared default when the jury size is unknown', () => {
    const scale = { kind: 'majority-7' } as const;
    expect(defaultRuleDraft(scale, DEFAULT_CRITERIA, 5).quorum).toBe('3');
    expect(defaultRuleDraft(scale, DEFAULT_CRITERIA, 15).quorum).toBe('8');
    expect(defaultRuleDraft(scale, DEFAULT_CRITERIA).quorum).toBe('8');
  });
});
