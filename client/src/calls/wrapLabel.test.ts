import { describe, expect, it } from 'vitest';
import { REASONS } from '../../../shared/calls/callEvents';
import { REASON_LABELS } from '../../../shared/calls/refusalReasons';
import { labelChars, wrapLabel } from './wrapLabel';

describe('wrapLabel', () => {
  it('keeps every word, in order, on lines no longer than asked (unless one word is longer)', () => {
    for (const reason of REASONS)
      for (const max of [8, 12, 20, 60]) {
        const label = REASON_LABELS.fr[reason];
        const lines = wrapLabel(label, max);
        expect(lines.join(' ')).toBe(label);
        for (const line of lines)
          if (line.includes(' ')) expect(line.length).toBeLessThanOrEqual(max);
      }
    expect(wrapLabel('Hors du périmètre de l’appel', 12)).toEqual([
      'Hors du',
      'périmètre de',
      'l’appel',
    ]);
  });

  it('gives a phone-width chart short lines and a desktop one whole labels', () => {
    expect(labelChars(358)).toBeLessThan(24);
    expect(labelChars(768)).toBeGreaterThanOrEqual(REASON_LABELS.fr.unrealistic.length - 10);
  });
});
