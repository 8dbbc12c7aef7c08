import { describe, expect, it } from 'vitest';
import { emptyTally, foldFloor, speakingTotals } from './speakingTimes';

const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1, 10, 0, seconds)).toISOString();
const ms = (seconds: number) => Date.parse(at(seconds));

describe('speaking time per seat', () => {
  it('closes a turn when the floor passes, at the new holder’s server time', () => {
    let tally = foldFloor(emptyTally(), { seat: 3, since: at(0) }, ms(1));
    // The same floor seen again (another view) changes nothing.
    expect(foldFloor(tally, { seat: 3, since: at(0) }, ms(5))).toBe(tally);
    tally = foldFloor(tally, { seat: 5, since: at(40) }, ms(41));
    expect(speakingTotals(tally, ms(50))).toEqual([
      { seat: 3, ms: 40_000, turns: 1 },
      { seat: 5, ms: 10_000, turns: 1 },
    ]);
  });

  it('closes a taken-back turn at the time it was seen, and counts a second turn', () => {
    let tally = foldFloor(emptyTally(), { seat: 2, since: at(0) }, ms(0));
    tally = foldFloor(tally, undefined, ms(15));
    expect(speakingTotals(tally, ms(59))).toEqual([{ seat: 2, ms: 15_000, turns: 1 }]);
    tally = foldFloor(tally, { seat: 2, since: at(30) }, ms(30));
    expect(speakingTotals(tally, ms(35))).toEqual([{ seat: 2, ms: 20_000, turns: 2 }]);
  });

  it('counts a new turn when the same seat is given the floor again at a later time', () => {
    let tally = foldFloor(emptyTally(), { seat: 1, since: at(0) }, ms(0));
    tally = foldFloor(tally, { seat: 1, since: at(10) }, ms(10));
    expect(speakingTotals(tally, ms(12))).toEqual([{ seat: 1, ms: 12_000, turns: 2 }]);
  });
});
