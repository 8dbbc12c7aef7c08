import { describe, expect, it } from 'vitest';
import { conflictedRoom, syntheticDossier } from '../testing/syntheticProcess';
import { decidePhase, decideWithdrawConflict } from './roomCommands';
import { RoomEventType } from './roomEvents';

/** A room with 4 seats, seat 2 conflicted on the first dossier, the dossier in session (not scoring). */
const presenting = () => conflictedRoom(2, 'presentation');

const withdrawal = (seat: number, dossierId: string) => ({
  events: [{ type: RoomEventType.ConflictWithdrawn, payload: { seat, dossierId } }],
});

describe('conflict.withdrawn', () => {
  it('removes the declaration before scoring, and the closing counts follow', () => {
    const { builder, dossierId } = presenting();
    builder.then((s) => decideWithdrawConflict(s, 2, dossierId));
    expect(builder.current.room?.conflicts['2']).toBeUndefined();
    builder.then((s) => decidePhase(s, 'scoring', () => []));
    builder.then((s) => decidePhase(s, 'reveal', () => []));
    const closed = builder.current.room?.closed.at(-1);
    expect(closed).toMatchObject({ eligible: 4, conflictedSeats: [] });
  });

  it('is refused by the reducer without a declaration, or once scoring of that dossier began', () => {
    const { builder, dossierId } = presenting();
    expect(() => builder.apply(withdrawal(3, dossierId))).toThrow(/no conflict declared/);
    builder.then((s) => decidePhase(s, 'scoring', () => []));
    expect(() => builder.apply(withdrawal(2, dossierId))).toThrow(/before scoring starts/);
    // The decision refuses it too, and the state keeps the declaration.
    expect(() => decideWithdrawConflict(builder.current, 2, dossierId)).toThrow(
      /only before scoring starts/,
    );
    expect(builder.current.room?.conflicts['2']).toEqual([dossierId]);
  });

  it('withdrawing a conflict one never declared decides nothing', () => {
    const { builder } = presenting();
    expect(decideWithdrawConflict(builder.current, 1, syntheticDossier(2).id).events).toEqual([]);
  });
});
