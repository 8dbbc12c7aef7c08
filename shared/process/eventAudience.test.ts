import { describe, expect, it } from 'vitest';
import { RoomEventType } from '../deliberation/roomEvents';
import { ResultEventType } from '../scoring/resultEvents';
import { Audience, EVENT_AUDIENCE, audienceOf, refreshesRoomViews } from './eventAudience';
import { EventType, ProcessEvent } from './processEvents';

/** The choice the room made before the table, copied literally: the known answer for every event type. */
const OLD_ROOM_REGEX =
  /^(deliberation|juror|conflict|agenda|phase|scoring|ballots|timer|hand|floor|tie|results)\./;

/** Every event type of the chain's union, read from its schema rather than from the table under test. */
const unionTypes = ProcessEvent.options.map((option) => option.shape.type.value as string);

describe('the audience of each event type', () => {
  it('covers exactly the event types of the process, room and result unions', () => {
    const declared = [
      ...Object.values(EventType),
      ...Object.values(RoomEventType),
      ...Object.values(ResultEventType),
    ];
    expect(new Set(unionTypes).size).toBe(unionTypes.length);
    expect([...unionTypes].sort()).toEqual([...declared].sort());
    expect(Object.keys(EVENT_AUDIENCE).sort()).toEqual([...unionTypes].sort());
  });

  it.each(unionTypes)('%s reaches the room exactly when the old prefix test said so', (type) => {
    const expected = OLD_ROOM_REGEX.test(type) ? Audience.Room : Audience.LogWatchers;
    expect(audienceOf(type)).toBe(expected);
    expect(refreshesRoomViews([{ type }])).toBe(expected === Audience.Room);
  });

  it('refreshes the room views when any one event of a commit is for the room', () => {
    expect(refreshesRoomViews([])).toBe(false);
    expect(refreshesRoomViews([{ type: 'invitation.sent' }, { type: 'seat.vacant' }])).toBe(false);
    expect(refreshesRoomViews([{ type: 'seat.vacant' }, { type: 'hand.raised' }])).toBe(true);
  });

  it('gives a type outside the union, or a name of the object prototype, to the log watchers only', () => {
    expect(audienceOf('timer.unknown')).toBe(Audience.LogWatchers);
    expect(audienceOf('constructor')).toBe(Audience.LogWatchers);
    expect(audienceOf('toString')).toBe(Audience.LogWatchers);
  });
});
