import { describe, expect, it } from 'vitest';
import { formatServiceSession, parisWallClockToIso } from './formatServiceDate';

describe('session dates in Paris time', () => {
  it('reads a Paris wall-clock time with the offset of its season', () => {
    expect(parisWallClockToIso('2026-10-07 09:00')).toBe('2026-10-07T09:00:00+02:00');
    expect(parisWallClockToIso('2026-01-07 9h30')).toBe('2026-01-07T09:30:00+01:00');
    expect(parisWallClockToIso('2026-13-07 09:00')).toBeUndefined();
    expect(parisWallClockToIso('7 octobre')).toBeUndefined();
  });

  it('writes a session with its zone, naming the day once when it ends the same day', () => {
    expect(
      formatServiceSession(
        { startsAt: '2026-10-07T09:00:00+02:00', endsAt: '2026-10-07T17:00:00+02:00' },
        'fr',
      ),
    ).toBe('mercredi 7 octobre 2026, 09:00 – 17:00, heure de Paris');
    // Whatever the offset it was written with, it is shown in Paris time.
    expect(formatServiceSession({ startsAt: '2026-10-07T07:00:00Z' }, 'en')).toBe(
      'Wednesday, 7 October 2026, 09:00, Paris time',
    );
  });
});
