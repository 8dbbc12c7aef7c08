import { describe, expect, it } from 'vitest';
import { describeSource } from '../lottery/describeSource';
import {
  formatCountdown,
  formatDateTime,
  formatDay,
  formatTime,
  parisDayKey,
} from './formatDateTime';
import { formatNumber } from './formatNumber';

// 17:00 UTC on 4 December 2026 is 18:00 in Paris (winter time, UTC+1); 16:00 UTC in July is 18:00 (UTC+2).
const winter = '2026-12-04T17:00:00Z';
const summer = '2026-07-14T16:00:05Z';

describe('dates carry their zone', () => {
  it('writes a date and time in Paris time, saying so, in French and English', () => {
    expect(formatDateTime(winter, 'fr')).toBe('4 décembre 2026 à 18:00, heure de Paris');
    expect(formatDateTime(winter, 'en')).toBe('4 December 2026 at 18:00, Paris time');
    expect(formatDateTime(summer, 'fr')).toBe('14 juillet 2026 à 18:00, heure de Paris');
    expect(formatDateTime(summer, 'fr', { seconds: true })).toBe(
      '14 juillet 2026 à 18:00:05, heure de Paris',
    );
  });
  it('writes a day and a time of day on their own', () => {
    expect(formatDay(winter, 'fr')).toBe('4 décembre 2026');
    expect(formatDay(winter, 'en')).toBe('4 December 2026');
    expect(formatTime(winter, 'fr')).toBe('18:00, heure de Paris');
    expect(formatTime(winter, 'en')).toBe('18:00, Paris time');
  });
  it('groups instants by their Paris day, not their UTC day', () => {
    // 23:30 UTC on 4 December is already 5 December in Paris.
    expect(parisDayKey('2026-12-04T23:30:00Z')).toBe('2026-12-05');
    expect(parisDayKey(winter)).toBe('2026-12-04');
  });
  it('refuses what is not a date', () => {
    expect(() => formatDateTime('tomorrow', 'fr')).toThrow(RangeError);
  });
  it('counts down to the second, never below zero', () => {
    expect(formatCountdown(252_000)).toBe('4\u00a0min 12\u00a0s');
    expect(formatCountdown(3 * 3600_000 + 5 * 60_000 + 9_000)).toBe(
      '3\u00a0h 05\u00a0min 09\u00a0s',
    );
    expect(formatCountdown(11_200)).toBe('12\u00a0s');
    expect(formatCountdown(-5_000)).toBe('0\u00a0s');
  });
});

describe('numbers the French way', () => {
  it('groups thousands with a narrow no-break space in French, a comma in English', () => {
    expect(formatNumber(2000, 'fr')).toBe('2\u202f000');
    expect(formatNumber(34533539, 'fr')).toBe('34\u202f533\u202f539');
    expect(formatNumber(2000, 'en')).toBe('2,000');
    expect(formatNumber(0.5, 'fr')).toBe('0,5');
  });
});

describe('source labels are translated at display time', () => {
  const hash = 'a'.repeat(64);
  it('names the organiser’s secret, a witness and a drand round in French', () => {
    expect(describeSource({ label: 'organiser secret', commitment: hash }, 'fr')).toBe(
      'secret de l’organisateur',
    );
    expect(
      describeSource({ label: 'witness: Camille Martin (mairie)', commitment: hash }, 'fr'),
    ).toBe('témoin : Camille Martin (mairie)');
    expect(
      describeSource(
        {
          label: 'drand quicknet round 34533539',
          beacon: { network: 'drand-quicknet', round: 34533539 },
        },
        'fr',
      ),
    ).toBe('tour drand quicknet n° 34\u202f533\u202f539');
  });
  it('names them in English too', () => {
    expect(describeSource({ label: 'organiser secret', commitment: hash }, 'en')).toBe(
      'organiser’s secret',
    );
    expect(describeSource({ label: 'witness: Malik', commitment: hash }, 'en')).toBe(
      'witness: Malik',
    );
    expect(
      describeSource(
        { label: 'drand quicknet round 1000', beacon: { network: 'drand-quicknet', round: 1000 } },
        'en',
      ),
    ).toBe('drand quicknet round 1,000');
  });
  it('keeps a label it did not write (a public value from the command line) as it is', () => {
    expect(describeSource({ label: 'EuroMillions 2026-12-04' }, 'fr')).toBe(
      'EuroMillions 2026-12-04',
    );
    // A public value merely named like a witness is not a committed witness.
    expect(describeSource({ label: 'witness: no commitment' }, 'fr')).toBe(
      'witness: no commitment',
    );
  });
});
