import { describe, expect, it } from 'vitest';
import { buildBundle } from '../audit/bundle';
import { chainEvent, type ChainedEvent } from '../events/eventChain';
import { verifyBundle } from '../audit/verifyBundle';
import { MAJORITY_GRADES } from '../scoring/gradingScale';
import { decidePublish } from '../scoring/resultCommands';
import { syntheticDeliberation, syntheticDossier } from '../testing/syntheticProcess';
import {
  decideFloor,
  decideHand,
  decideMove,
  decidePhase,
  decideTimer,
  decideTimerChange,
  TimerAction,
} from './roomCommands';
import { RoomEventType } from './roomEvents';
import { timerRemainingMs } from './roomState';

const grade = (dossier: number, seat: number, criterion: string) =>
  MAJORITY_GRADES[(dossier + seat + criterion.length) % 7]!;

/** Four seated jurors, the second dossier in discussion (the first one graded and revealed). */
function inDiscussion() {
  const { builder } = syntheticDeliberation({ seats: 4, dossiers: 2, graded: 1, grade });
  const dossierId = syntheticDossier(2).id;
  builder
    .then((s) => decideMove(s, dossierId))
    .then((s) => decidePhase(s, 'presentation', () => []))
    .then((s) => decidePhase(s, 'discussion', () => []));
  return { builder, dossierId };
}

const room = (builder: ReturnType<typeof inDiscussion>['builder']) => builder.current.room!;

describe('the floor', () => {
  it('is given to a seat, lowering its raised hand, and passes from seat to seat', () => {
    const { builder } = inDiscussion();
    builder.then((s) => decideHand(s, 3, true)).then((s) => decideHand(s, 2, true));
    expect(room(builder).hands).toEqual([3, 2]);
    builder.then((s) => decideFloor(s, 3, true));
    const given = builder.log[builder.log.length - 1]!;
    expect(given.type).toBe(RoomEventType.FloorGiven);
    expect(room(builder).floor).toEqual({ seat: 3, since: given.at });
    expect(room(builder).hands).toEqual([2]);
    builder.then((s) => decideFloor(s, 2, true));
    expect(room(builder).floor?.seat).toBe(2);
    expect(room(builder).hands).toEqual([]);
    // Giving it again to the seat that has it changes nothing.
    expect(decideFloor(builder.current, 2, true).events).toEqual([]);
  });

  it('is taken back, and ends with the phase', () => {
    const { builder } = inDiscussion();
    builder.then((s) => decideFloor(s, 1, true));
    expect(decideFloor(builder.current, 4, false).events).toEqual([]);
    builder.then((s) => decideFloor(s, 1, false));
    expect(room(builder).floor).toBeUndefined();
    builder.then((s) => decideFloor(s, 4, true));
    builder.then((s) => decidePhase(s, 'scoring', () => []));
    expect(room(builder).floor).toBeUndefined();
    expect(() => decideFloor(builder.current, 4, true)).toThrow(/during discussion/);
  });

  it('refuses a log that gives the floor to an unseated seat or releases a floor nobody has', () => {
    const { builder } = inDiscussion();
    expect(() => decideFloor(builder.current, 9, true)).toThrow(/not in the room/);
    expect(() =>
      builder.apply({ events: [{ type: RoomEventType.FloorGiven, payload: { seat: 9 } }] }),
    ).toThrow(/seat 9 is not seated/);
    expect(() =>
      builder.apply({ events: [{ type: RoomEventType.FloorReleased, payload: { seat: 1 } }] }),
    ).toThrow(/does not have the floor/);
  });
});

describe('the discussion timer on the server clock', () => {
  it('pauses with the time left at the pause, resumes from it, and extends', () => {
    const { builder, dossierId } = inDiscussion();
    builder.then((s) => decideTimer(s, 120));
    const started = Date.parse(builder.log[builder.log.length - 1]!.at);
    expect(room(builder).timer).toEqual({
      endsAt: new Date(started + 120_000).toISOString(),
      seconds: 120,
    });
    // The log builder stamps each event one second after the previous one.
    builder.then((s) => decideTimerChange(s, TimerAction.Pause));
    expect(room(builder).timer?.pausedRemainingMs).toBe(119_000);
    expect(timerRemainingMs(room(builder).timer!, started + 999_999)).toBe(119_000);
    expect(decideTimerChange(builder.current, TimerAction.Pause).events).toEqual([]);
    builder.then((s) => decideTimerChange(s, TimerAction.Extend, 60));
    expect(room(builder).timer).toMatchObject({ pausedRemainingMs: 179_000, seconds: 180 });
    builder.then((s) => decideTimerChange(s, TimerAction.Resume));
    const resumed = Date.parse(builder.log[builder.log.length - 1]!.at);
    expect(room(builder).timer).toEqual({
      endsAt: new Date(resumed + 179_000).toISOString(),
      seconds: 180,
    });
    expect(timerRemainingMs(room(builder).timer!, resumed + 9_000)).toBe(170_000);
    expect(decideTimerChange(builder.current, TimerAction.Resume).events).toEqual([]);
    expect(builder.log.slice(-3).map((e) => e.payload)).toEqual([
      { dossierId },
      { dossierId, seconds: 60 },
      { dossierId },
    ]);
  });

  it('extends a timer that already ran out from now, not from when it ended', () => {
    const { builder } = inDiscussion();
    builder.then((s) => decideTimer(s, 10));
    // Fifteen events later the timer has been at zero for five seconds.
    for (let i = 0; i < 15; i++) builder.then((s) => decideHand(s, 1, i % 2 === 0));
    const before = builder.log[builder.log.length - 1]!.at;
    expect(timerRemainingMs(room(builder).timer!, Date.parse(before))).toBe(0);
    builder.then((s) => decideTimerChange(s, TimerAction.Extend, 60));
    const at = Date.parse(builder.log[builder.log.length - 1]!.at);
    expect(timerRemainingMs(room(builder).timer!, at)).toBe(60_000);
  });

  it('refuses to pause without a timer, or outside discussion', () => {
    const { builder, dossierId } = inDiscussion();
    expect(() => decideTimerChange(builder.current, TimerAction.Pause)).toThrow(/start the timer/);
    expect(() =>
      builder.apply({ events: [{ type: RoomEventType.TimerPaused, payload: { dossierId } }] }),
    ).toThrow(/no timer was started/);
    builder.then((s) => decideTimer(s, 60)).then((s) => decidePhase(s, 'scoring', () => []));
    expect(room(builder).timer).toBeUndefined();
    expect(() => decideTimerChange(builder.current, TimerAction.Extend, 60)).toThrow(
      /during discussion/,
    );
  });
});

describe('the audit verifier replays the floor and the timer', () => {
  it('verifies a published deliberation whose log holds every new event, and names a forged one', () => {
    const { builder } = inDiscussion();
    builder
      .then((s) => decideTimer(s, 300))
      .then((s) => decideHand(s, 2, true))
      .then((s) => decideFloor(s, 2, true))
      .then((s) => decideTimerChange(s, TimerAction.Pause))
      .then((s) => decideTimerChange(s, TimerAction.Extend, 120))
      .then((s) => decideTimerChange(s, TimerAction.Resume))
      .then((s) => decideFloor(s, 2, false))
      .then((s) => decidePhase(s, 'scoring', () => []))
      .then((s) => decidePhase(s, 'reveal', () => []))
      .then(decidePublish);
    const types = new Set(builder.log.map((e) => e.type));
    for (const type of [
      'floor.given',
      'floor.released',
      'timer.paused',
      'timer.resumed',
      'timer.extended',
    ])
      expect(types).toContain(type);
    const bundle = buildBundle(builder.current, builder.log, null);
    const report = verifyBundle(bundle);
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    expect(report.ok).toBe(true);

    // Someone moves the floor's release to another seat and rebuilds every hash after it.
    const forged: ChainedEvent[] = [];
    for (const event of builder.log) {
      const payload =
        event.type === RoomEventType.FloorReleased ? { seat: 3 } : (event.payload as object);
      forged.push(chainEvent(forged[forged.length - 1], event.type, event.at, payload));
    }
    const failed = verifyBundle({ ...bundle, log: forged }).checks.find((c) => !c.ok);
    expect(failed?.name).toBe('log-transitions');
    expect(failed?.detail).toMatch(/seat 3 does not have the floor/);
  });
});
