import { describe, expect, it } from 'vitest';
import { sealBallot } from './ballot';
import { RoomEventType } from './roomEvents';
import { conflictedRoom, syntheticDossier } from '../testing/syntheticProcess';
import { DEFAULT_CRITERIA } from '../process/processEvents';
import { decideDossiers } from '../process/processCommands';

/** A room with 4 seats, seat 2 conflicted on the first dossier, scoring open on it. */
const scoringOpen = () => conflictedRoom(1, 'scoring');

const ballot = (dossierId: string, grade: string) => ({
  dossierId,
  round: 1,
  grades: Object.fromEntries(DEFAULT_CRITERIA.map((c) => [c.id, grade])),
  nonce: 'cd'.repeat(16),
});

describe('room state: what a log may state', () => {
  it('refuses a scoring.closed whose eligible count or conflicted seats the log does not imply', () => {
    const { builder, dossierId } = scoringOpen();
    const closed = (eligible: number, conflictedSeats: number[]) => ({
      events: [
        {
          type: RoomEventType.ScoringClosed,
          payload: { dossierId, round: 1, seals: [], eligible, conflictedSeats },
        },
      ],
    });
    expect(() => builder.apply(closed(4, []))).toThrow(/3 seated jurors without a conflict/);
    expect(() => builder.apply(closed(3, [3]))).toThrow(/conflicted seats are 2/);
    expect(() => builder.apply(closed(3, [2]))).not.toThrow();
  });

  it('refuses revealed ballots for another dossier or with grades outside the scale', () => {
    for (const [forged, why] of [
      [ballot('AIC-2026-999', 'bien'), /not for/],
      [ballot(syntheticDossier(1).id, 'superbe'), /outside the scale/],
    ] as const) {
      const { builder, dossierId } = scoringOpen();
      expect(() =>
        builder.apply({
          events: [
            {
              type: RoomEventType.ScoringClosed,
              payload: {
                dossierId,
                round: 1,
                seals: [sealBallot(forged)],
                eligible: 3,
                conflictedSeats: [2],
              },
            },
            { type: RoomEventType.PhaseStarted, payload: { dossierId, phase: 'reveal', round: 1 } },
            {
              type: RoomEventType.BallotsRevealed,
              payload: { dossierId, round: 1, ballots: [forged] },
            },
          ],
        }),
      ).toThrow(why);
    }
  });

  it('refuses new dossiers once the room is open (the decision, not only the reducer)', () => {
    const { builder } = scoringOpen();
    expect(() =>
      decideDossiers(builder.current, { cohort: 'Autre', dossiers: [syntheticDossier(9)] }),
    ).toThrow(/room is open/);
  });
});
