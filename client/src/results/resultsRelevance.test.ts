import { describe, expect, it } from 'vitest';
import { changesResults } from './resultsRelevance';

describe('which pushes make the results page fetch again', () => {
  it('ignores the floor, the timer and moves between phases', () => {
    expect(
      changesResults([
        { type: 'hand.raised' },
        { type: 'timer.started' },
        { type: 'agenda.moved' },
      ]),
    ).toBe(false);
    expect(changesResults([{ type: 'phase.started' }, { type: 'hand.lowered' }])).toBe(false);
  });

  it('fetches after a reveal, a settlement, a publication, a held-back or an unknown entry', () => {
    expect(changesResults([{ type: 'phase.started' }, { type: 'ballots.revealed' }])).toBe(true);
    expect(changesResults([{ type: 'tie.voteRecorded' }])).toBe(true);
    expect(changesResults([{ type: 'results.published' }])).toBe(true);
    expect(changesResults([{ seq: 40, hash: 'a'.repeat(64), withheld: true }])).toBe(true);
    expect(changesResults([{ type: 'floor.given' }])).toBe(true);
  });
});
